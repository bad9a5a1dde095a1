/**
 * The `sitemap` source type: a (news) sitemap, following a sitemap index a bounded number of levels and
 * files; new URLs newest first are fetched and extracted, falling back to the news title when a page fails.
 */
import { z } from 'zod';
import { parseSitemap, type SitemapEntry } from '../../sitemap/parse-sitemap.js';
import type { CollectContext, SourceType } from '../../source-type.js';
import { channelField, httpUrl, platformField, rememberSeen, seenList } from '../shared/config.js';
import { articleOutcome, fetchArticles } from '../shared/fetch-articles.js';

export const sitemapConfigSchema = z
  .object({
    url: httpUrl,
    maxArticles: z.number().int().min(1).max(200).optional(),
    /** Only entries whose URL contains this text (e.g. `/news/`). */
    urlContains: z.string().trim().min(1).max(200).optional(),
    channel: channelField,
    platform: platformField,
  })
  .strict();

export type SitemapConfig = z.infer<typeof sitemapConfigSchema>;

const SEEN_MAX = 5000;
const MAX_DEPTH = 2;
const MAX_FILES = 10;

export const sitemapSource: SourceType<SitemapConfig> = {
  kind: 'sitemap',
  label: { zh: '站点地图（新闻 sitemap）', en: 'News sitemap' },
  configSchema: sitemapConfigSchema,
  defaultIntervalSeconds: 900,
  async collect(config, ctx) {
    const entries = await readSitemaps(ctx, config.url);
    const seen = seenList(ctx.state.cursor);
    const known = new Set(seen);
    const when = (e: SitemapEntry) => e.news?.publishedAt ?? e.lastModified ?? 0;
    const fresh = entries
      .filter((e) => !known.has(e.url) && (!config.urlContains || e.url.includes(config.urlContains)))
      .sort((a, b) => when(b) - when(a))
      .slice(0, config.maxArticles ?? 20);
    const pass = await fetchArticles(
      ctx,
      fresh.map((e) => ({
        url: e.url,
        ...(e.news?.title ? { fallbackTitle: e.news.title } : {}),
        fallbackPublished: e.news?.publishedAt ?? e.lastModified,
      })),
      { source: new URL(config.url).host, channel: config.channel ?? 'news', platform: config.platform, useFallback: true },
    );
    const outcome = articleOutcome(pass, fresh.length);
    if (outcome.error) throw new Error(outcome.error);
    return {
      items: pass.items,
      state: { ...ctx.state, cursor: { seen: rememberSeen(seen, pass.done, SEEN_MAX) } },
      ...(outcome.note ? { note: outcome.note } : {}),
    };
  },
};

/** Entries of the sitemap and, for an index, of its newest children, bounded in depth and file count. */
async function readSitemaps(ctx: CollectContext, url: string): Promise<SitemapEntry[]> {
  const out: SitemapEntry[] = [];
  let files = 0;
  const visit = async (u: string, depth: number): Promise<void> => {
    if (files >= MAX_FILES) return;
    files++;
    const res = await ctx.http.fetch(u, ctx.signal ? { signal: ctx.signal } : {});
    const map = parseSitemap(res.body, { baseUrl: res.url, contentType: res.contentType });
    if (map.kind === 'urlset') {
      out.push(...map.entries);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    const children = [...map.entries].sort((a, b) => (b.lastModified ?? 0) - (a.lastModified ?? 0));
    for (const child of children) await visit(child.url, depth + 1);
  };
  await visit(url, 0);
  return out;
}
