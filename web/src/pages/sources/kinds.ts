/** The settings form of each collected kind: which fields it has, and how the form's values become a config object. */
import type { MessageKey } from '../../i18n/index.js';

export type FieldKind = 'url' | 'text' | 'lines' | 'preset' | 'channel';

export interface FieldSpec {
  name: string;
  label: MessageKey;
  kind: FieldKind;
  required?: boolean;
  placeholder?: string;
}

export const kindFields: Record<string, FieldSpec[]> = {
  feed: [
    { name: 'url', label: 'sources.field.url', kind: 'url', required: true, placeholder: 'https://news.example.cn/rss.xml' },
    { name: 'channel', label: 'sources.field.channel', kind: 'channel' },
  ],
  site: [
    { name: 'url', label: 'sources.field.listUrl', kind: 'url', required: true, placeholder: 'https://news.example.cn/society/' },
    { name: 'selector', label: 'sources.field.selector', kind: 'text', placeholder: 'ul.news-list a' },
    { name: 'channel', label: 'sources.field.channel', kind: 'channel' },
  ],
  sitemap: [
    {
      name: 'url',
      label: 'sources.field.sitemapUrl',
      kind: 'url',
      required: true,
      placeholder: 'https://news.example.cn/sitemap-news.xml',
    },
    { name: 'urlContains', label: 'sources.field.urlContains', kind: 'text', placeholder: '/news/' },
  ],
  search: [
    { name: 'preset', label: 'sources.field.preset', kind: 'preset' },
    { name: 'template', label: 'sources.field.template', kind: 'text', placeholder: 'https://search.example.com/rss?q={q}' },
    { name: 'keywords', label: 'sources.field.keywords', kind: 'lines' },
  ],
  rsshub: [
    { name: 'address', label: 'sources.field.address', kind: 'text', required: true, placeholder: 'rsshub://weibo/user/1195230310' },
  ],
};

export const searchPresets = ['google-news-zh', 'google-news-zh-hant', 'google-news-en', 'bing-news'];

/** Form values (strings) → the config object the API checks; empty fields are left out. */
export function toConfig(kind: string, values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of kindFields[kind] ?? []) {
    const v = (values[f.name] ?? '').trim();
    if (v === '') continue;
    out[f.name] =
      f.kind === 'lines'
        ? v
            .split(/[\n,，]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v;
  }
  return out;
}

export function fromConfig(config: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((s): s is string => typeof s === 'string').join('\n');
  }
  return out;
}
