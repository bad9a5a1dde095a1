/** Display names of well-known platforms and source keys, in both interface languages. */
export const platformLabels: Record<string, { zh: string; en: string }> = {
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
  reddit: { zh: 'Reddit', en: 'Reddit' },
  hackernews: { zh: 'Hacker News', en: 'Hacker News' },
};

export function platformLabel(key: string, lang: 'zh' | 'en'): string | undefined {
  return platformLabels[key.toLowerCase()]?.[lang];
}
