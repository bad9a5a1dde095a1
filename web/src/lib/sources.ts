/** Display names for well-known source keys; anything else shows as its key. */
import type { Lang } from '../i18n/index.js';

const known: Record<string, Record<Lang, string>> = {
  weibo: { zh: '微博', en: 'Weibo' },
  wechat: { zh: '微信', en: 'WeChat' },
  douyin: { zh: '抖音', en: 'Douyin' },
  kuaishou: { zh: '快手', en: 'Kuaishou' },
  xiaohongshu: { zh: '小红书', en: 'Xiaohongshu' },
  xhs: { zh: '小红书', en: 'Xiaohongshu' },
  bilibili: { zh: '哔哩哔哩', en: 'Bilibili' },
  zhihu: { zh: '知乎', en: 'Zhihu' },
  tieba: { zh: '贴吧', en: 'Tieba' },
  toutiao: { zh: '头条', en: 'Toutiao' },
  news: { zh: '新闻', en: 'News' },
  rss: { zh: 'RSS', en: 'RSS' },
  mastodon: { zh: 'Mastodon', en: 'Mastodon' },
  bluesky: { zh: 'Bluesky', en: 'Bluesky' },
  hackernews: { zh: 'Hacker News', en: 'Hacker News' },
};

export function sourceLabel(key: string, lang: Lang): string {
  return known[key.toLowerCase()]?.[lang] ?? key;
}
