/** Shipped URL templates for public news-search RSS endpoints; `{q}` is replaced by the URL-encoded keyword. */

export interface SearchPreset {
  label: { zh: string; en: string };
  template: string;
  platform: string;
}

export const searchPresets = {
  'google-news-zh': {
    label: { zh: 'Google 新闻（简体中文）', en: 'Google News (Simplified Chinese)' },
    template: 'https://news.google.com/rss/search?q={q}&hl=zh-CN&gl=CN&ceid=CN:zh-Hans',
    platform: 'google-news',
  },
  'google-news-zh-hant': {
    label: { zh: 'Google 新闻（繁体中文）', en: 'Google News (Traditional Chinese)' },
    template: 'https://news.google.com/rss/search?q={q}&hl=zh-TW&gl=TW&ceid=TW:zh-Hant',
    platform: 'google-news',
  },
  'google-news-en': {
    label: { zh: 'Google 新闻（英文）', en: 'Google News (English)' },
    template: 'https://news.google.com/rss/search?q={q}&hl=en-US&gl=US&ceid=US:en',
    platform: 'google-news',
  },
  'bing-news': {
    label: { zh: '必应新闻', en: 'Bing News' },
    template: 'https://www.bing.com/news/search?q={q}&format=rss',
    platform: 'bing-news',
  },
} as const satisfies Record<string, SearchPreset>;

export type SearchPresetName = keyof typeof searchPresets;
export const searchPresetNames = Object.keys(searchPresets) as [SearchPresetName, ...SearchPresetName[]];

/** The feed URL of one keyword search. */
export function searchUrl(template: string, keyword: string): string {
  return template.replaceAll('{q}', encodeURIComponent(keyword));
}
