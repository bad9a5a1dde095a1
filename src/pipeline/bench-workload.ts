/**
 * The pipeline bench's items, deterministic for a seed. Posts (60–200 characters) are crowd posts of the demo
 * scenario (reposts with their parent, comments, copies, rumours) mixed with posts about the brands of the
 * 1,000-topic match workload, a quarter of them edited reposts of earlier ones; articles (1,500–3,000 characters)
 * are news about those brands, some reprinted by another site. The template flood is one report template with
 * another number each time (`第N条报道`): every item an original sharing every bucket with the others.
 */
import { generateScenario } from '../demo/generate.js';
import type { IncomingItem } from '../domain/incoming-item.js';
import { seededRandom } from '../domain/random.js';
import type { MatchDocument as Doc } from '../match/document.js';
import { makeWorkload } from '../match/workload.js';
import { generateReposts } from '../nlp/duplicates/reposts.js';

export const BENCH_TOPICS = 1000;
const SEED = 20260101;
const START = 1_763_596_800_000;

export interface BenchWorkload {
  topics: { id: number; query: string }[];
  posts: IncomingItem[];
  articles: IncomingItem[];
}

export function benchWorkload(opts: { posts: number; articles: number }): BenchWorkload {
  // The match workload draws the topics and then the documents from one generator: its documents mention its brands.
  const perArticle = 14;
  const { topics, docs } = makeWorkload({ topics: BENCH_TOPICS, items: opts.posts + opts.articles * perArticle, seed: SEED });
  const rnd = seededRandom(SEED).next;
  const posts = mixPosts(opts.posts, docs.slice(0, opts.posts), rnd);
  const articles = makeArticles(opts.articles, docs.slice(opts.posts), rnd);
  return { topics, posts, articles };
}

function cut(text: string, rnd: () => number, min: number, max: number): string {
  const chars = [...text.trim()];
  const want = min + Math.floor(rnd() * (max - min));
  return chars.slice(0, want).join('');
}

function mixPosts(n: number, pool: Doc[], rnd: () => number): IncomingItem[] {
  const demoShare = Math.round(n * 0.4);
  const demo: IncomingItem[] = [];
  for (let seed = 1; demo.length < demoShare; seed++) {
    for (const { offsetMs, item } of generateScenario(seed)) {
      if (demo.length >= demoShare) break;
      const prefix = `d${seed}-`;
      demo.push({
        ...item,
        externalId: `${prefix}${item.externalId}`,
        ...(item.parent ? { parent: `${prefix}${item.parent}` } : {}),
        publishedAt: START + offsetMs,
      });
    }
  }
  const own = n - demo.length;
  const originalCount = Math.ceil(own * 0.75);
  const originals = pool.slice(0, originalCount).map((d) => cut(d.text ?? '', rnd, 60, 200));
  const reposts = generateReposts(originals, { seed: 3, perOriginal: 1 });
  const brand: IncomingItem[] = originals.map((text, i) => ({
    source: 'weibo',
    externalId: `p${i}`,
    text,
    author: `网友${i % 997}`,
    publishedAt: START + i * 700,
    engagement: { reposts: i % 50, replies: i % 7, likes: i % 300 },
  }));
  for (let i = 0; brand.length < own && i < reposts.length; i++) {
    const r = reposts[Math.floor((i * 7919) % reposts.length)];
    if (!r) continue;
    brand.push({
      source: 'weibo',
      externalId: `r${i}`,
      text: r.text,
      author: `转发者${i % 331}`,
      publishedAt: START + r.of * 700 + 60_000 + i,
      parent: `p${r.of}`,
    });
  }
  // Interleaved by time, as collection meets them.
  return [...demo, ...brand].sort((a, b) => Number(a.publishedAt) - Number(b.publishedAt));
}

function makeArticles(n: number, pool: Doc[], rnd: () => number): IncomingItem[] {
  const out: IncomingItem[] = [];
  let next = 0;
  for (let i = 0; out.length < n; i++) {
    const reprintOf = i > 10 && rnd() < 0.15 ? out[Math.floor(rnd() * out.length)] : undefined;
    if (reprintOf) {
      const [edited] = generateReposts([reprintOf.text], { seed: i, perOriginal: 1, kinds: ['tag', 'punctuation', 'link'] });
      out.push({
        ...reprintOf,
        source: 'news.reprint.example.cn',
        externalId: `a${i}`,
        url: `https://news.reprint.example.cn/a/${i}.html`,
        text: edited?.text ?? reprintOf.text,
        publishedAt: Number(reprintOf.publishedAt) + 3_600_000,
      });
      continue;
    }
    const want = 1500 + Math.floor(rnd() * 1500);
    const head = pool[next % pool.length];
    let text = '';
    for (let p = 0; text.length < want; p++) {
      const d = pool[next++ % pool.length];
      text += `${(d?.text ?? '').trim()}。`;
      if (p % 3 === 2) text += '\n';
    }
    out.push({
      source: i % 2 === 0 ? 'news.example.cn' : 'finance.example.cn',
      externalId: `a${i}`,
      url: `https://news.example.cn/a/${i}.html`,
      title: head?.title ?? '',
      text: text.slice(0, 3000),
      author: i % 3 === 0 ? '本报记者' : '财经观察',
      channel: 'news',
      publishedAt: START + i * 3000,
    });
  }
  return out;
}

/** One report template with another number each time: originals that share every bucket, which must not slow the drain quadratically. */
export function templateFlood(n: number): IncomingItem[] {
  return Array.from({ length: n }, (_, i) => ({
    source: i % 3 === 0 ? 'weibo' : 'news.example.cn',
    externalId: `b${i}`,
    title: `某品牌充电宝起火事件第${i}条报道`,
    text: `网友发布视频称，某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散。品牌客服表示正在核实。Item ${i}.`,
    author: `网友${i % 97}`,
    publishedAt: START + i * 1000,
    engagement: { reposts: i % 50, replies: i % 7, likes: i % 300 },
  }));
}
