/**
 * Workspace isolation through the HTTP API: a member of workspace A, even its admin and even
 * a superadmin, can neither read nor change anything of workspace B. Every attempt is a
 * 404, and B's data is re-read afterwards to prove nothing changed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken } from '../auth/api-tokens.js';
import { auditQueries, departmentQueries, invitationQueries } from '../store/queries/index.js';
import { describeBackends } from '../testing/backends.js';
import { addMember, makeMember, makeMention, makeSource, makeTopic, makeUser, makeWorkspace } from '../testing/factories.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs, withToken } from './testing/harness.js';

describeBackends('workspace isolation', (dialect) => {
  let h: Harness;
  const b = { id: 0, topicId: 0, sourceId: 0, departmentId: 0, adminId: 0, viewerId: 0, invitationId: 0 };
  let a = { id: 0 };
  let callers: [string, Caller][] = [];

  async function snapshotB() {
    const k = h.t.db.kysely;
    const rows = async <T>(p: Promise<T[]>) => JSON.stringify(await p);
    return {
      workspace: await rows(k.selectFrom('workspaces').selectAll().where('id', '=', b.id).execute()),
      topics: await rows(k.selectFrom('topics').selectAll().where('workspace_id', '=', b.id).orderBy('id').execute()),
      sources: await rows(k.selectFrom('sources').selectAll().where('workspace_id', '=', b.id).orderBy('id').execute()),
      departments: await rows(k.selectFrom('departments').selectAll().where('workspace_id', '=', b.id).orderBy('id').execute()),
      members: await rows(k.selectFrom('memberships').selectAll().where('workspace_id', '=', b.id).orderBy('user_id').execute()),
      mentions: await rows(k.selectFrom('mentions').selectAll().where('workspace_id', '=', b.id).orderBy('id').execute()),
      inbox: await rows(k.selectFrom('inbox').selectAll().where('workspace_id', '=', b.id).execute()),
      invitations: await rows(k.selectFrom('invitations').selectAll().where('workspace_id', '=', b.id).orderBy('id').execute()),
    };
  }

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    const db = h.t.db;
    const wsA = await makeWorkspace(db, { name: 'A' });
    const wsB = await makeWorkspace(db, { name: 'B' });
    a = { id: wsA.id };
    b.id = wsB.id;
    const adminB = await makeMember(db, wsB.id, 'admin');
    const viewerB = await makeMember(db, wsB.id, 'viewer');
    b.adminId = adminB.user.id;
    b.viewerId = viewerB.user.id;
    b.topicId = (await makeTopic(db, wsB.id, { name: 'B secret topic', query: 'secret' })).id;
    const source = await makeSource(db, wsB.id, { key: 'b-source' });
    b.sourceId = source.id;
    b.departmentId = (await departmentQueries.create(db.kysely, { workspaceId: wsB.id, name: 'B dept', parentId: null, now: 1 })).id;
    await makeMention(db, wsB.id, source.id, { title: 'B secret mention' });
    const invitation = await invitationQueries.create(db.kysely, {
      workspaceId: wsB.id,
      inviteeKey: 'b-invitee',
      inviteeName: 'b-invitee',
      role: 'viewer',
      departmentId: null,
      invitedBy: adminB.user.id,
      now: h.clock.now,
      expiresAt: h.clock.now + 86_400_000,
    });
    b.invitationId = invitation.id;
    await auditQueries.record(db.kysely, {
      workspaceId: wsB.id,
      actorUserId: adminB.user.id,
      actorTokenId: null,
      action: 'topic.create',
      ip: null,
      userAgent: null,
      details: { note: 'B secret audit' },
      now: 1,
    });

    const adminA = await makeMember(db, wsA.id, 'admin');
    const superA = await makeUser(db, { isSuperadmin: true });
    await addMember(db, wsA.id, superA.user.id, 'admin');
    const tokenA = await issueToken(db.kysely, adminA.user.id, { name: 't', now: h.clock.now });
    callers = [
      ['admin of A (cookie)', await loginAs(h.app, adminA.user.username, adminA.password)],
      ['admin of A (token)', withToken(h.app, tokenA.secret)],
      ['superadmin not in B', await loginAs(h.app, superA.user.username, superA.password)],
    ];
  });
  afterAll(async () => {
    await h.dispose();
  });

  const item = { source: 'x', url: 'https://example.com/b/1', title: 'pushed into B' };

  /** Every workspace route, aimed at B. */
  const attempts = (): [string, string, unknown?][] => {
    const w = `/api/v1/workspaces/${b.id}`;
    return [
      ['GET', w],
      ['PATCH', w, { name: 'hacked' }],
      ['GET', `${w}/mentions`],
      ['POST', `${w}/mentions`, { items: [item] }],
      ['GET', `${w}/topics`],
      ['GET', `${w}/topics/${b.topicId}`],
      ['POST', `${w}/topics`, { name: 'planted', query: 'q' }],
      ['PATCH', `${w}/topics/${b.topicId}`, { query: 'changed' }],
      ['DELETE', `${w}/topics/${b.topicId}`],
      ['GET', `${w}/sources`],
      ['POST', `${w}/sources`, { key: 'planted', name: 'p', kind: 'rss' }],
      ['PATCH', `${w}/sources/${b.sourceId}`, { active: false }],
      ['GET', `${w}/members`],
      ['POST', `${w}/members`, { username: 'planted-user', password: 'long-enough-pw', role: 'admin' }],
      ['PATCH', `${w}/members/${b.viewerId}`, { role: 'admin' }],
      ['DELETE', `${w}/members/${b.viewerId}`],
      ['GET', `${w}/invitations`],
      ['POST', `${w}/invitations`, { username: 'planted-invitee', role: 'admin' }],
      ['DELETE', `${w}/invitations/${b.invitationId}`],
      ['GET', `${w}/departments`],
      ['POST', `${w}/departments`, { name: 'planted' }],
      ['GET', `${w}/audit`],
    ];
  };

  it('answers 404 to every route of B, and B is unchanged afterwards', async () => {
    const before = await snapshotB();
    expect(before.mentions).toContain('B secret mention');
    for (const [who, caller] of callers) {
      for (const [method, path, body] of attempts()) {
        const r = await caller.call(method, path, body);
        expect({ who, method, path, status: r.status, code: errorCode(r) }).toEqual({ who, method, path, status: 404, code: 'not_found' });
        expect(JSON.stringify(r.body)).not.toMatch(/B secret|b-source|B dept/);
      }
    }
    expect(await snapshotB()).toEqual(before);
    expect(await h.t.db.kysely.selectFrom('users').select('id').where('username', '=', 'planted-user').execute()).toEqual([]);
  });

  it('does not let B’s ids through A’s own routes', async () => {
    const before = await snapshotB();
    const [, adminA] = callers[0] ?? [];
    if (!adminA) throw new Error('no caller');
    const w = `/api/v1/workspaces/${a.id}`;
    const sneaky: [string, string, unknown?][] = [
      ['GET', `${w}/topics/${b.topicId}`],
      ['PATCH', `${w}/topics/${b.topicId}`, { query: 'changed' }],
      ['DELETE', `${w}/topics/${b.topicId}`],
      ['PATCH', `${w}/sources/${b.sourceId}`, { active: false }],
      ['PATCH', `${w}/members/${b.adminId}`, { role: 'viewer' }],
      ['DELETE', `${w}/members/${b.viewerId}`],
      ['DELETE', `${w}/invitations/${b.invitationId}`],
    ];
    for (const [method, path, body] of sneaky) {
      const r = await adminA.call(method, path, body);
      expect({ method, path, status: r.status }).toEqual({ method, path, status: 404 });
    }
    const dept = await adminA.call('POST', `${w}/members`, {
      username: 'x-user',
      password: 'long-enough-pw',
      role: 'viewer',
      departmentId: b.departmentId,
    });
    expect(dept.status).toBe(400);
    expect(dept.body).toMatchObject({ error: { details: [{ field: 'departmentId' }] } });
    const invited = await adminA.call('POST', `${w}/invitations`, { username: 'y-user', role: 'viewer', departmentId: b.departmentId });
    expect(invited.status).toBe(400);
    expect(invited.body).toMatchObject({ error: { details: [{ field: 'departmentId' }] } });
    const parent = await adminA.call('POST', `${w}/departments`, { name: 'child', parentId: b.departmentId });
    expect(parent.status).toBe(400);
    expect(await snapshotB()).toEqual(before);
  });

  it('lists only the caller’s own workspaces and mentions', async () => {
    const [, adminA] = callers[0] ?? [];
    if (!adminA) throw new Error('no caller');
    const list = await adminA.get('/api/v1/workspaces');
    expect((list.body as { items: { id: number }[] }).items.map((w) => w.id)).toEqual([a.id]);
    const mentions = await adminA.get(`/api/v1/workspaces/${a.id}/mentions`);
    expect(mentions.body).toMatchObject({ items: [], total: 0 });
    const audit = await adminA.get(`/api/v1/workspaces/${a.id}/audit`);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).not.toContain('B secret');
  });
});
