/** `rsshub://weibo/user/123` → the instance URL, the platform (first route segment) and its channel. */
import type { Channel } from '../../../domain/channel.js';

const channelOfPlatform: Record<string, Channel> = {
  weibo: 'weibo',
  weixin: 'wechat',
  wechat: 'wechat',
  bilibili: 'video',
  douyin: 'video',
  kuaishou: 'video',
  youtube: 'video',
  zhihu: 'qa',
  xiaohongshu: 'social',
  twitter: 'social',
  tieba: 'forum',
  douban: 'forum',
  jianshu: 'blog',
};

export interface RsshubRoute {
  url: string;
  platform: string;
  channel: Channel;
}

export const rsshubAddress = /^rsshub:\/\/[a-z0-9][a-z0-9_-]*(\/[^\s]*)?$/i;

export function resolveRsshub(address: string, baseUrl: string): RsshubRoute {
  const path = address.replace(/^rsshub:\/\//i, '');
  const platform = (path.split(/[/?#]/)[0] ?? '').toLowerCase();
  const url = `${baseUrl.replace(/\/+$/, '')}/${path}`;
  return { url, platform, channel: channelOfPlatform[platform] ?? 'other' };
}
