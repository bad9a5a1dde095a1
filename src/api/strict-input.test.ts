/** Ids and numbers in paths and queries are plain decimal; long search queries go by POST with the same answer. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../domain/testkit/draft.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { SearchResult } from './schemas/search.js';
import { createHarness, errorCode, type Harness, loginAs, type SessionCaller } from './testing/harness.js';

describeBackends('strict numbers in paths and queries; search by POST', (dialect) => {
  let h: Harness;
  let analyst: SessionCaller;
  let ws = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'analyst');
    analyst = await loginAs(h.app, m.user.username, m.password);
    const source = await makeSource(h.t.db, ws, { key: 'weibo' });
    const rows = Array.from({ length: 6 }, (_, i) => ({
      draft: draftFixture({
        workspaceId: ws,
        inboxId: i + 1,
        dedupeKey: `strict-${i}`,
        sourceKey: 'weibo',
        title: i % 2 === 0 ? `退款排队 ${i}` : `新品发布 ${i}`,
        text: i % 2 === 0 ? '客服说退款要排队' : '发布会很顺利',
        collectedAt: h.clock.now - (i + 1) * 60_000,
      }),
      sourceId: source.id,
    }));
    await insertMentions(h.t.db.kysely, rows);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('answers a plain decimal workspace id and refuses look-alikes of it, naming the parameter', async () => {
    expect((await analyst.get(`/api/v1/workspaces/${ws}/mentions`)).status).toBe(200);
    for (const id of [`${ws}.0`, `0x${ws.toString(16)}`, `${ws}e0`, `0${ws}`, `+${ws}`, `%20${ws}`, '0', '-1', '9007199254740993']) {
      const r = await analyst.get(`/api/v1/workspaces/${id}/mentions`);
      expect(r.status, id).toBe(400);
      const error = (r.body as { error: { code: string; details: { field: string }[] } }).error;
      expect(error.code, id).toBe('invalid_request');
      expect(new Set(error.details.map((d) => d.field)), id).toEqual(new Set(['workspaceId']));
    }
  });

  it('refuses look-alike ids for other path ids and for query numbers', async () => {
    const topic = await analyst.call('POST', `/api/v1/workspaces/${ws}/topics`, { name: 'refunds', query: '退款' });
    const topicId = (topic.body as { id: number }).id;
    expect((await analyst.get(`/api/v1/workspaces/${ws}/topics/${topicId}`)).status).toBe(200);
    const alias = await analyst.get(`/api/v1/workspaces/${ws}/topics/${topicId}.0`);
    expect(alias.status).toBe(400);
    expect(alias.body).toMatchObject({ error: { details: [{ field: 'topicId' }] } });
    expect(errorCode(await analyst.get(`/api/v1/workspaces/${ws}/mentions?limit=2.0`))).toBe('invalid_request');
    expect(errorCode(await analyst.get(`/api/v1/workspaces/${ws}/search?topic=0x${topicId.toString(16)}`))).toBe('invalid_request');
    expect((await analyst.get(`/api/v1/workspaces/${ws}/search?limit=2`)).status).toBe(200);
  });

  it('answers a search by POST exactly as by GET, and takes a 20,000-character query a URL could not carry', async () => {
    const byGet = await analyst.get(`/api/v1/workspaces/${ws}/search?q=${encodeURIComponent('退款 排队')}&limit=2`);
    const byPost = await analyst.call('POST', `/api/v1/workspaces/${ws}/search`, { q: '退款 排队', limit: 2 });
    expect(byGet.status).toBe(200);
    expect(byPost.status).toBe(200);
    expect(byPost.body).toEqual(byGet.body);
    expect((byPost.body as SearchResult).total).toBe(3);
    const next = (byPost.body as SearchResult).nextCursor;
    const page2 = await analyst.call('POST', `/api/v1/workspaces/${ws}/search`, { q: '退款 排队', limit: 2, cursor: next });
    expect((page2.body as SearchResult).items).toHaveLength(1);

    // 1,600 alternatives of 8 characters each, with the one that matches last.
    const alternatives = Array.from({ length: 1599 }, (_, i) => `无关词${String(i).padStart(4, '0')}号`);
    const long = `(${[...alternatives, '退款'].join(' OR ')})`;
    expect(long.length).toBeGreaterThan(19_000);
    expect(long.length).toBeLessThanOrEqual(20_000);
    expect(encodeURIComponent(long).length).toBeGreaterThan(16 * 1024);
    const longPost = await analyst.call('POST', `/api/v1/workspaces/${ws}/search`, { q: long });
    expect(longPost.status).toBe(200);
    expect((longPost.body as SearchResult).total).toBe(3);

    const unknown = await analyst.call('POST', `/api/v1/workspaces/${ws}/search`, { q: '退款', limt: 2 });
    expect(unknown.status).toBe(400);
    const noCsrf = await analyst.call('POST', `/api/v1/workspaces/${ws}/search`, { q: '退款' }, { 'x-csrf-token': '' });
    expect(errorCode(noCsrf)).toBe('csrf_failed');
  });
});
