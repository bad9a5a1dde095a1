/**
 * The labelled set built from the handwritten stories: each story's reports and posts at times within its run, then
 * what a stream adds around them — reposts with a comment (parent set), bare replies that only their parent places,
 * copies on other platforms without any link, copies rewritten in traditional characters — all in time order.
 * Seeded, so the same set comes out every time; `labelled.jsonl` is this output and a test keeps them the same.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { type Random, seededRandom } from '../../domain/random.js';
import { loners, type Story, stories } from './stories.js';

export interface LabelledMention {
  id: string;
  title: string;
  text: string;
  author: string;
  source: string;
  publishedAt: string;
  parent: string | null;
  /** The story the mention belongs to (the label). */
  story: string;
}

const BASE = Date.parse('2026-11-02T00:00:00Z');
const HOUR = 3600_000;
const outlets = ['江城日报', '新京观察', '财经速递', '都市快报', '南方晨报', '青川发布', '第一现场', '科技前哨'];
const enOutlets = ['Asia Wire', 'Global Business Daily', 'Tech Ledger', 'Morning Post'];
const platforms = ['weibo', 'douyin', 'xiaohongshu', 'tieba', 'zhihu'];
const hantSources = ['lihkg', 'ptt', 'facebook'];
const users = ['吃瓜群众小李', '江城老王', '一只咸鱼', 'momo酱', '路人甲乙丙', '夜猫子', '阿杰说车', '爱喝奶茶的猫', '打工人日记', '理性发言', '老张', 'Lily_2026'];
const comments = ['转发微博', '关注后续', '太离谱了', '希望严查', '真的假的？', '蹲一个官方回应', '同款遭遇', '支持', '有人管管吗', '唉', '这也行？', '已经见怪不怪了'];
const replies = ['坐等后续', '求更新', '同问，后来怎么样了', '顶上去', '+1', '真的吓人', '别信谣传谣', '楼主加油'];

export function buildLabelledSet(seed = 10): LabelledMention[] {
  const r = seededRandom(seed);
  const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const out: LabelledMention[] = [];
  for (const s of stories) out.push(...storyMentions(s, r, toHant));
  loners.forEach((l, i) =>
    out.push({
      id: `x${i + 1}`,
      title: '',
      text: l.text,
      author: r.pick(users),
      source: r.pick(platforms),
      publishedAt: iso(BASE + l.start * HOUR),
      parent: null,
      story: `loner-${i + 1}`,
    }),
  );
  return out.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id < b.id ? -1 : 1));
}

function storyMentions(s: Story, r: Random, toHant: (t: string) => string): LabelledMention[] {
  let n = 0;
  const at = (from: number, span: number) => BASE + Math.round((from + r.next() * span) * HOUR);
  const start = s.start;
  const make = (m: Omit<LabelledMention, 'id' | 'story'>): LabelledMention => ({ id: `${s.key}-${++n}`, story: s.key, ...m });
  const originals: LabelledMention[] = [];
  // The first report opens the story; the rest spread over its run.
  s.news.forEach(([title, text], i) =>
    originals.push(make({ title, text, author: r.pick(outlets), source: 'news', publishedAt: iso(i === 0 ? BASE + start * HOUR : at(start, s.hours * 0.8)), parent: null })),
  );
  for (const text of s.posts)
    originals.push(make({ title: '', text, author: r.pick(users), source: r.pick(platforms), publishedAt: iso(at(start, s.hours * 0.7)), parent: null }));
  for (const [title, text] of s.en ?? [])
    originals.push(make({ title, text, author: r.pick(enOutlets), source: 'news-en', publishedAt: iso(at(start + 1, s.hours * 0.7)), parent: null }));
  for (const text of s.hant ?? [])
    originals.push(make({ title: '', text, author: r.pick(users), source: r.pick(hantSources), publishedAt: iso(at(start + 1, s.hours * 0.6)), parent: null }));
  const chinese = originals.filter((o) => o.source !== 'news-en');
  const extra: LabelledMention[] = [];
  const count = Math.round(chinese.length * 0.7);
  for (let i = 0; i < count && chinese.length > 0; i++) {
    const o = r.pick(chinese);
    const when = iso(Date.parse(o.publishedAt) + Math.round(r.next() * 6 * HOUR) + 60_000);
    const body = o.title === '' ? o.text : `${o.title} ${o.text}`;
    const kind = r.next();
    if (kind < 0.4) {
      extra.push(make({ title: '', text: `${r.pick(comments)}//@${o.author}: ${body}`, author: r.pick(users), source: 'weibo', publishedAt: when, parent: o.id }));
    } else if (kind < 0.65) {
      const parent = r.chance(0.3) && extra.length > 0 ? r.pick(extra) : o;
      const later = iso(Date.parse(parent.publishedAt) + Math.round(r.next() * 3 * HOUR) + 60_000);
      extra.push(make({ title: '', text: r.pick(replies), author: r.pick(users), source: parent.source === 'news' ? 'weibo' : parent.source, publishedAt: later, parent: parent.id }));
    } else if (kind < 0.9) {
      const copy = r.chance(0.5) ? `转：${body}` : `${body} #${r.pick(['热点', '维权', '今日关注', '曝光'])}#`;
      extra.push(make({ title: '', text: copy, author: r.pick(users), source: r.pick(platforms), publishedAt: when, parent: null }));
    } else {
      extra.push(make({ title: '', text: toHant(body), author: r.pick(users), source: r.pick(hantSources), publishedAt: when, parent: null }));
    }
  }
  return [...originals, ...extra];
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
