/** The `feed` source type: one RSS, RDF, Atom or JSON Feed address, fetched with conditional GET. */
import { z } from 'zod';
import type { SourceType } from '../../source-type.js';
import { collectFeedUrl } from '../shared/collect-feed.js';
import { channelField, httpUrl, platformField } from '../shared/config.js';

export const feedConfigSchema = z
  .object({
    url: httpUrl,
    channel: channelField,
    platform: platformField,
    maxItems: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

export type FeedConfig = z.infer<typeof feedConfigSchema>;

export const feedSource: SourceType<FeedConfig> = {
  kind: 'feed',
  label: { zh: 'RSS/Atom 订阅源', en: 'RSS / Atom feed' },
  configSchema: feedConfigSchema,
  defaultIntervalSeconds: 300,
  async collect(config, ctx) {
    const pass = await collectFeedUrl(ctx, {
      url: config.url,
      source: new URL(config.url).host,
      channel: config.channel ?? 'news',
      platform: config.platform,
      maxItems: config.maxItems,
      validators: ctx.state,
    });
    return {
      items: pass.items,
      state: { ...ctx.state, etag: pass.etag, lastModified: pass.lastModified },
      notModified: pass.notModified,
      ...(pass.note ? { note: pass.note } : {}),
    };
  },
};
