/** Migration 0006 gives mentions stored before it their parent keys and links, and unpins rows sorted by an unbelievable time. */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeMentionBeforeReach, makeSource, makeWorkspace } from '../../testing/factories.js';
import { up } from './0006_parent_links.js';
import { migrations } from './index.js';

describeBackends('migration 0006_parent_links', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect, { migrate: false });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('links existing children to existing parents within their workspace and re-sorts rows with future times', async () => {
    const raw = t.db.kysely as unknown as Kysely<unknown>;
    for (const m of migrations) if (m.name < '0006') await m.up(raw, dialect);
    const k = t.db.kysely;
    const ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const weibo = await makeSource(t.db, ws, { key: 'weibo' });
    const news = await makeSource(t.db, ws, { key: 'news' });
    const otherWeibo = await makeSource(t.db, other, { key: 'weibo' });
    const at = Date.UTC(2026, 0, 1);
    const make = async (ws: number, source: number, set: { external_id?: string; parent_ref?: string }, url?: string) => {
      const id = await makeMentionBeforeReach(t.db, ws, source, { sortAt: at, ...(url ? { url } : {}) });
      if (Object.keys(set).length > 0) await k.updateTable('mentions').set(set).where('id', '=', id).execute();
      return id;
    };
    const parent = await make(ws, weibo.id, { external_id: 'p1' });
    const child = await make(ws, weibo.id, { external_id: 'c1', parent_ref: 'p1' });
    const article = await make(ws, news.id, {}, 'https://news.example.com/a/1.html');
    const repost = await make(ws, weibo.id, { external_id: 'c2', parent_ref: 'https://news.example.com/a/1.html?utm_source=x' });
    const foreign = await make(other, otherWeibo.id, { external_id: 'c3', parent_ref: 'p1' });
    const future = await makeMentionBeforeReach(t.db, ws, weibo.id, { sortAt: at });
    await k
      .updateTable('mentions')
      .set({ published_at: Date.UTC(5138, 0, 1), sort_at: Date.UTC(5138, 0, 1) })
      .where('id', '=', future)
      .execute();

    await up(raw, dialect);

    const rows = await k.selectFrom('mentions').select(['id', 'parent_id', 'parent_key', 'sort_at']).orderBy('id').execute();
    const of = (id: number) => rows.find((r) => Number(r.id) === id);
    expect(Number(of(child)?.parent_id)).toBe(parent);
    expect(of(child)?.parent_key).toBe('id:p1');
    expect(Number(of(repost)?.parent_id)).toBe(article);
    expect(of(repost)?.parent_key).toBe('url:https://news.example.com/a/1.html');
    expect(of(foreign)?.parent_id).toBeNull();
    expect(of(parent)?.parent_id).toBeNull();
    expect(Number(of(future)?.sort_at)).toBe(at);
  });
});
