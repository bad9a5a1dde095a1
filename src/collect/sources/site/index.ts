/**
 * The `site` source type: a list or section page without a feed. Article links are found by a CSS
 * selector or automatically; new ones are fetched and extracted. The cursor remembers seen URLs (bounded).
 */
import { z } from 'zod';
import { toText } from '../../../decode/decode.js';
import { findArticleLinks } from '../../article/links.js';
import type { SourceType } from '../../source-type.js';
import { channelField, httpUrl, platformField, rememberSeen, seenList } from '../shared/config.js';
import { articleOutcome, fetchArticles } from '../shared/fetch-articles.js';

export const siteConfigSchema = z
  .object({
    url: httpUrl,
    selector: z.string().trim().min(1).max(500).optional(),
    maxArticles: z.number().int().min(1).max(200).optional(),
    channel: channelField,
    platform: platformField,
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

const SEEN_MAX = 2000;

export const siteSource: SourceType<SiteConfig> = {
  kind: 'site',
  label: { zh: '网站栏目页', en: 'Web site section' },
  configSchema: siteConfigSchema,
  defaultIntervalSeconds: 900,
  async collect(config, ctx) {
    const res = await ctx.http.fetch(config.url, {
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    const links = findArticleLinks(toText(res.body, res.contentType), res.url, config.selector);
    const seen = seenList(ctx.state.cursor);
    const known = new Set(seen);
    const fresh = links.filter((l) => !known.has(l.url)).slice(0, config.maxArticles ?? 20);
    if (links.length === 0) {
      return {
        items: [],
        state: ctx.state,
        note: config.selector ? `no links match the selector ${config.selector}` : 'no article links found on the page',
      };
    }
    const pass = await fetchArticles(
      ctx,
      fresh.map((l) => ({ url: l.url, fallbackTitle: l.title })),
      { source: new URL(res.url).host, channel: config.channel ?? 'news', platform: config.platform },
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
