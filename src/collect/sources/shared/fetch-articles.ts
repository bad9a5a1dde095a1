/** Fetches article pages one by one and extracts each; a bad page is counted, never fatal on its own. */
import type { Channel } from '../../../domain/channel.js';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { isHttpError } from '../../../http/index.js';
import { extractArticle } from '../../article/extract.js';
import type { CollectContext } from '../../source-type.js';

export interface ArticleTarget {
  url: string;
  /** Used when the page cannot be extracted but a title is known (news sitemaps, link text). */
  fallbackTitle?: string;
  fallbackPublished?: number | null;
}

export interface ArticlesPass {
  items: IncomingItem[];
  /** URLs not to try again: collected, or permanently not an article. */
  done: string[];
  failures: { url: string; message: string }[];
}

export async function fetchArticles(
  ctx: CollectContext,
  targets: ArticleTarget[],
  o: { source: string; channel: Channel; platform?: string | undefined; useFallback?: boolean },
): Promise<ArticlesPass> {
  const out: ArticlesPass = { items: [], done: [], failures: [] };
  for (const t of targets) {
    if (ctx.signal?.aborted) break;
    try {
      const res = await ctx.http.fetch(t.url, {
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      const a = extractArticle(res.body, { url: res.url, contentType: res.contentType });
      const item: IncomingItem = { source: o.source, url: t.url, title: a.title, text: a.text, channel: o.channel };
      if (a.author) item.author = a.author.slice(0, 500);
      const published = a.published ?? t.fallbackPublished ?? null;
      if (published !== null) item.publishedAt = published;
      if (a.lang) item.lang = a.lang.slice(0, 20);
      if (o.platform) item.platform = o.platform;
      out.items.push(item);
      out.done.push(t.url);
    } catch (err) {
      const message = (err as Error).message;
      out.failures.push({ url: t.url, message });
      // Transient transport failures are tried again next pass; a page that is no article is not.
      if (!isHttpError(err) || !err.retryable) out.done.push(t.url);
      if (o.useFallback && t.fallbackTitle) {
        out.items.push({
          source: o.source,
          url: t.url,
          title: t.fallbackTitle,
          text: '',
          channel: o.channel,
          ...(t.fallbackPublished ? { publishedAt: t.fallbackPublished } : {}),
          ...(o.platform ? { platform: o.platform } : {}),
        });
      }
    }
  }
  return out;
}

/** The pass's error when nothing could be read, else a note on partial failures. */
export function articleOutcome(pass: ArticlesPass, tried: number): { error?: string; note?: string } {
  if (pass.failures.length === 0) return {};
  const first = pass.failures[0];
  const detail = first ? `${first.url}: ${first.message}` : '';
  if (pass.items.length === 0 && tried > 0) return { error: `no article could be read from ${tried} page(s); ${detail}` };
  return { note: `${pass.failures.length} of ${tried} pages failed; ${detail}` };
}
