/** Workspace-owned queries touch only the workspace they are given. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeMember, makeMention, makeSource, makeTopic, makeWorkspace } from '../../testing/factories.js';
import { departmentQueries } from './departments.js';
import { membershipQueries } from './memberships.js';
import { mentionReadQueries } from './mentions-read.js';
import { sourceQueries } from './sources.js';
import { topicQueries } from './topics.js';

describeBackends('workspace-scoped queries', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('never reads or writes another workspace’s rows through a foreign id', async () => {
    const q = t.db.kysely;
    const a = await makeWorkspace(t.db);
    const b = await makeWorkspace(t.db);
    const topic = await makeTopic(t.db, b.id, { query: 'b-query' });
    const source = await makeSource(t.db, b.id);
    const dept = await departmentQueries.create(q, { workspaceId: b.id, name: 'd', parentId: null, now: 1 });
    const member = await makeMember(t.db, b.id, 'viewer');

    expect(await topicQueries.get(q, a.id, topic.id)).toBeUndefined();
    expect(await topicQueries.update(q, a.id, topic.id, { query: 'hacked' }, 2)).toBeUndefined();
    expect(await topicQueries.remove(q, a.id, topic.id)).toBe(false);
    expect((await topicQueries.get(q, b.id, topic.id))?.query).toBe('b-query');

    expect(await sourceQueries.update(q, a.id, source.id, { active: false })).toBeUndefined();
    expect((await sourceQueries.get(q, b.id, source.id))?.active).toBe(true);
    expect(await departmentQueries.get(q, a.id, dept.id)).toBeUndefined();

    expect(await membershipQueries.update(q, a.id, member.user.id, { role: 'admin' })).toBe(false);
    expect(await membershipQueries.remove(q, a.id, member.user.id)).toBe(false);
    expect((await membershipQueries.get(q, b.id, member.user.id))?.role).toBe('viewer');
  });

  it('pages mentions strictly after a position, ties broken by id', async () => {
    const q = t.db.kysely;
    const ws = await makeWorkspace(t.db);
    const src = await makeSource(t.db, ws.id, { key: 'k' });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await makeMention(t.db, ws.id, src.id, { sortAt: 1000 }));
    const firstTwo = await mentionReadQueries.page(q, ws.id, { limit: 2 });
    expect(firstTwo.map((m) => m.id)).toEqual([ids[3], ids[2]]);
    const rest = await mentionReadQueries.page(q, ws.id, { limit: 5, after: { sortAt: 1000, id: ids[2] ?? 0 } });
    expect(rest.map((m) => m.id)).toEqual([ids[1], ids[0]]);
    expect(rest[0]?.sourceKey).toBe('k');
    expect(await mentionReadQueries.count(q, ws.id)).toBe(4);
  });
});
