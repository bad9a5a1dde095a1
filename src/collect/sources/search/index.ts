/**
 * The `search` source type: the workspace's topic keywords (and any listed here) turned into
 * news-search feed URLs through a preset or a `{q}` template, each fetched with its own conditional GET.
 */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { SourceType } from '../../source-type.js';
import { collectFeedUrl } from '../shared/collect-feed.js';
import { channelField } from '../shared/config.js';
import { searchPresetNames, searchPresets, searchUrl } from './presets.js';

export const searchConfigSchema = z
  .object({
    preset: z.enum(searchPresetNames).optional(),
    template: z
      .string()
      .trim()
      .max(2000)
      .regex(/^https?:\/\/[^\s]*\{q\}/, 'expected an http(s) URL template containing {q}')
      .optional(),
    keywords: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
    useTopicKeywords: z.boolean().optional(),
    maxQueries: z.number().int().min(1).max(100).optional(),
    channel: channelField,
  })
  .strict()
  .refine((c) => c.preset !== undefined || c.template !== undefined, { message: 'give a preset or a template', path: ['template'] });

export type SearchConfig = z.infer<typeof searchConfigSchema>;

type Validators = Record<string, { etag: string | null; lastModified: string | null }>;

export const searchSource: SourceType<SearchConfig> = {
  kind: 'search',
  label: { zh: '关键词搜索', en: 'Keyword search' },
  configSchema: searchConfigSchema,
  defaultIntervalSeconds: 600,
  async collect(config, ctx) {
    const template = config.template ?? searchPresets[config.preset ?? 'google-news-zh'].template;
    const platform = config.preset ? searchPresets[config.preset].platform : new URL(template.replace('{q}', 'q')).host;
    const words = [...new Set([...(config.keywords ?? []), ...(config.useTopicKeywords === false ? [] : ctx.keywords)])];
    const queries = words.slice(0, config.maxQueries ?? 10);
    if (queries.length === 0) return { items: [], state: ctx.state, note: 'no keywords: add a topic or list keywords on the source' };
    const before = validatorsOf(ctx.state.cursor);
    const after: Validators = {};
    const items: IncomingItem[] = [];
    const failures: string[] = [];
    for (const q of queries) {
      const url = searchUrl(template, q);
      try {
        const pass = await collectFeedUrl(ctx, {
          url,
          source: platform,
          channel: config.channel ?? 'news',
          platform,
          validators: before[url] ?? {},
        });
        after[url] = { etag: pass.etag, lastModified: pass.lastModified };
        items.push(...pass.items);
      } catch (err) {
        failures.push(`“${q}”: ${(err as Error).message}`);
      }
    }
    if (failures.length === queries.length) throw new Error(`every search failed; ${failures[0]}`);
    const note = failures.length > 0 ? `${failures.length} of ${queries.length} searches failed; ${failures[0]}` : undefined;
    return { items, state: { ...ctx.state, cursor: { validators: after } }, ...(note ? { note } : {}) };
  },
};

function validatorsOf(cursor: unknown): Validators {
  if (typeof cursor !== 'object' || cursor === null || !('validators' in cursor)) return {};
  const v = (cursor as { validators: unknown }).validators;
  return typeof v === 'object' && v !== null ? (v as Validators) : {};
}
