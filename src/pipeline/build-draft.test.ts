import { describe, expect, it } from 'vitest';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { buildDraft } from './build-draft.js';

function claimed(payload: string): ClaimedItem {
  return { id: 7, workspaceId: 3, dedupeKey: 'dk', sourceKey: 'weibo', payload, origin: 'api', attempts: 1, receivedAt: 1_800_000_000_000 };
}

describe('buildDraft', () => {
  it('carries every field of the stored item over, times as epoch milliseconds', () => {
    const payload = JSON.stringify({
      source: 'weibo',
      externalId: '9',
      url: 'https://weibo.com/9',
      title: 't',
      text: '正文',
      author: 'a',
      publishedAt: '2026-01-31T08:00:00+08:00',
      lang: 'zh',
      parent: '8',
      engagement: { reposts: 1, replies: 2, likes: 3, views: 4, collects: 5, dislikes: 6 },
      channel: 'weibo',
      platform: 'weibo',
      authorFollowers: 1200,
      region: 'IP属地：广东',
      images: ['https://wx1.sinaimg.cn/large/a.jpg'],
      notes: ['create_date_time is kept'],
    });
    expect(buildDraft(claimed(payload))).toEqual({
      workspaceId: 3,
      inboxId: 7,
      dedupeKey: 'dk',
      sourceKey: 'weibo',
      externalId: '9',
      url: 'https://weibo.com/9',
      canonicalUrl: null,
      title: 't',
      text: '正文',
      author: 'a',
      publishedAt: Date.parse('2026-01-31T00:00:00Z'),
      collectedAt: 1_800_000_000_000,
      lang: 'zh',
      parentRef: '8',
      reposts: 1,
      replies: 2,
      likes: 3,
      views: 4,
      collects: 5,
      dislikes: 6,
      images: ['https://wx1.sinaimg.cn/large/a.jpg'],
      channel: 'weibo',
      platform: 'weibo',
      authorFollowers: 1200,
      regionLabel: 'IP属地：广东',
      sentiment: null,
      duplicateOf: null,
      topicIds: [],
      tags: [],
      analysis: { notes: ['create_date_time is kept'] },
    });
  });

  it('says in plain words when a stored payload is damaged', () => {
    expect(() => buildDraft(claimed('{oops'))).toThrow(/^the stored item is not valid JSON/);
    expect(() => buildDraft(claimed('{"source":"s"}'))).toThrow('the stored item is not valid: text: an item needs a title or a text');
  });
});
