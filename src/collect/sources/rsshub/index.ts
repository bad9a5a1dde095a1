/** The `rsshub` source type: `rsshub://…` routes (Weibo, Zhihu, Bilibili, WeChat…) resolved against the configured RSSHub and read as feeds. */
import { z } from 'zod';
import type { SourceType } from '../../source-type.js';
import { collectFeedUrl } from '../shared/collect-feed.js';
import { channelField } from '../shared/config.js';
import { resolveRsshub, rsshubAddress } from './route.js';

export const rsshubConfigSchema = z
  .object({
    address: z.string().trim().max(2000).regex(rsshubAddress, 'expected an address such as rsshub://weibo/user/1195230310'),
    channel: channelField,
  })
  .strict();

export type RsshubConfig = z.infer<typeof rsshubConfigSchema>;

export const rsshubSource: SourceType<RsshubConfig> = {
  kind: 'rsshub',
  label: { zh: 'RSSHub 平台（微博、知乎、B站等）', en: 'RSSHub route (Weibo, Zhihu, Bilibili…)' },
  configSchema: rsshubConfigSchema,
  defaultIntervalSeconds: 300,
  async collect(config, ctx) {
    const route = resolveRsshub(config.address, ctx.rsshubBaseUrl);
    // RSSHub often declares the wrong language, so its claim is not recorded.
    const pass = await collectFeedUrl(ctx, {
      url: route.url,
      source: `rsshub:${route.platform}`,
      channel: config.channel ?? route.channel,
      platform: route.platform,
      trustLanguage: false,
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
