/** The rsshub source type: routes resolved against the configured instance, platform metadata kept, RSSHub's language ignored. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureContext, startFixtureSite } from '../testkit/fixture-site.js';
import { rsshubConfigSchema, rsshubSource } from './index.js';
import { resolveRsshub } from './route.js';

describe('rsshub source', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(() => site.close());

  it('resolves routes and maps the platform to a channel', () => {
    expect(resolveRsshub('rsshub://weibo/user/123', 'https://rsshub.app/')).toEqual({
      url: 'https://rsshub.app/weibo/user/123',
      platform: 'weibo',
      channel: 'weibo',
    });
    expect(resolveRsshub('rsshub://zhihu/people/activities/x', 'http://h').channel).toBe('qa');
    expect(resolveRsshub('rsshub://bilibili/user/video/2267573', 'http://h').channel).toBe('video');
    expect(resolveRsshub('rsshub://unknownsite/a', 'http://h').channel).toBe('other');
  });

  it('collects a Weibo user through the configured instance with channel and platform', async () => {
    const r = await rsshubSource.collect(
      { address: 'rsshub://weibo/user/7000000001' },
      fixtureContext({ rsshubBaseUrl: site.url('/rsshub') }),
    );
    expect(site.hits('/rsshub/weibo/user/7000000001')).toBe(1);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ channel: 'weibo', platform: 'weibo', author: '星澜电器官方微博' });
    expect(r.items[0]?.lang).toBeUndefined();
    expect(r.items[0]?.text).toContain('专项调查组');
  });

  it('refuses an address that is not rsshub://', () => {
    const bad = rsshubConfigSchema.safeParse({ address: 'https://rsshub.app/weibo/user/1' });
    expect(bad.error?.issues[0]?.path).toEqual(['address']);
  });
});
