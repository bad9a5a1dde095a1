/** The kinds of media a mention can come from; search filters and reports group by these. */

export const channels = ['news', 'weibo', 'wechat', 'video', 'forum', 'blog', 'qa', 'social', 'app', 'other'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, { zh: string; en: string }> = {
  news: { zh: '新闻', en: 'News' },
  weibo: { zh: '微博', en: 'Weibo' },
  wechat: { zh: '微信', en: 'WeChat' },
  video: { zh: '视频', en: 'Video' },
  forum: { zh: '论坛', en: 'Forum' },
  blog: { zh: '博客', en: 'Blog' },
  qa: { zh: '问答', en: 'Q&A' },
  social: { zh: '社交媒体', en: 'Social' },
  app: { zh: '客户端', en: 'App' },
  other: { zh: '其他', en: 'Other' },
};
