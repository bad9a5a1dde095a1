/** The host floor: which host a source's passes go to, per kind, and the floor that host gets from config. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/index.js';
import { hostFloor, intervalLimits, sourceHost } from './host-floor.js';

const config = loadConfig({
  YUQING_COLLECT_MIN_INTERVAL_SECONDS: '45',
  YUQING_COLLECT_HOST_FLOORS: 'Weibo.com=300, news.example.cn = 60',
  YUQING_RSSHUB_URL: 'https://rsshub.internal.example:1200',
});

describe('host floor', () => {
  it('reads host=seconds pairs, lower-casing hosts, and names a bad pair', () => {
    expect(config.collectHostFloors).toEqual({ 'weibo.com': 300, 'news.example.cn': 60 });
    expect(() => loadConfig({ YUQING_COLLECT_HOST_FLOORS: 'weibo.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ YUQING_COLLECT_HOST_FLOORS: 'weibo.com=0' })).toThrow(
      /expected host=seconds \(1 to 86400\), got "weibo.com=0"/,
    );
  });

  it('finds the host of every kind of source from its settings', () => {
    const host = (kind: string, c: object) => sourceHost(kind, c, config.rsshubBaseUrl);
    expect(host('feed', { url: 'https://M.Weibo.com/rss' })).toBe('m.weibo.com');
    expect(host('site', { url: 'https://news.example.cn/list.html' })).toBe('news.example.cn');
    expect(host('rsshub', { address: 'rsshub://weibo/user/1195230310' })).toBe('rsshub.internal.example');
    expect(host('search', { preset: 'bing-news' })).toBe('www.bing.com');
    expect(host('search', { template: 'https://search.example.org/rss?q={q}' })).toBe('search.example.org');
    expect(host('mastodon', { instance: 'https://mastodon.social', tags: ['x'] })).toBe('mastodon.social');
    expect(host('bluesky', { keywords: ['x'] })).toBe('public.api.bsky.app');
    expect(host('reddit', { keywords: ['x'] })).toBe('www.reddit.com');
    expect(host('hackernews', {})).toBe('hn.algolia.com');
    expect(host('api', {})).toBeNull();
  });

  it('gives a host its own floor, or its nearest parent domain’s, else the default', () => {
    expect(hostFloor('weibo.com', config)).toBe(300);
    expect(hostFloor('m.weibo.com', config)).toBe(300);
    expect(hostFloor('notweibo.com', config)).toBe(45);
    expect(hostFloor('news.example.cn', config)).toBe(60);
    expect(hostFloor('example.cn', config)).toBe(45);
    expect(hostFloor(null, config)).toBe(45);
  });

  it('starts a source at its setting (at least the floor) or its kind’s default; push kinds have no limits', () => {
    expect(intervalLimits('feed', { url: 'https://weibo.com/rss' }, null, config)).toEqual({
      host: 'weibo.com',
      floorSeconds: 300,
      defaultSeconds: 300,
      baseSeconds: 300,
    });
    expect(intervalLimits('mastodon', { instance: 'https://mastodon.social', tags: ['x'] }, null, config)?.baseSeconds).toBe(120);
    expect(intervalLimits('feed', { url: 'https://a.example/rss' }, 60, config)?.baseSeconds).toBe(60);
    expect(intervalLimits('import', {}, null, config)).toBeNull();
  });
});
