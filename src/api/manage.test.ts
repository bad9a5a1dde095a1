/** Managing a workspace through the API: creation, members, departments, topics, sources, audit paging. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeUser, makeWorkspace, unique } from '../testing/factories.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs, send } from './testing/harness.js';

describeBackends('managing workspaces', (dialect) => {
  let h: Harness;
  let superadmin: Caller;
  let superId = 0;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    const s = await makeUser(h.t.db, { isSuperadmin: true });
    superId = s.user.id;
    superadmin = await loginAs(h.app, s.user.username, s.password);
  });
  afterAll(async () => {
    await h.dispose();
  });

  async function freshWorkspace(): Promise<{ id: number; admin: Caller; adminId: number }> {
    const ws = await makeWorkspace(h.t.db);
    const m = await makeMember(h.t.db, ws.id, 'admin');
    return { id: ws.id, admin: await loginAs(h.app, m.user.username, m.password), adminId: m.user.id };
  }

  it('lets a superadmin create a workspace, making them its admin; slugs are unique and checked', async () => {
    const slug = unique('acme-');
    const created = await superadmin.call('POST', '/api/v1/workspaces', { slug, name: 'Acme 集团' });
    expect(created.status).toBe(201);
    const ws = created.body as { id: number; slug: string; role: string };
    expect(ws).toMatchObject({ slug, name: 'Acme 集团', role: 'admin' });
    const mine = await superadmin.get('/api/v1/workspaces');
    expect((mine.body as { items: { id: number; role: string }[] }).items).toContainEqual({
      id: ws.id,
      slug,
      name: 'Acme 集团',
      role: 'admin',
    });
    const dup = await superadmin.call('POST', '/api/v1/workspaces', { slug, name: 'again' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ error: { code: 'conflict', details: [{ field: 'slug' }] } });
    const bad = await superadmin.call('POST', '/api/v1/workspaces', { slug: 'Not OK!', name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ field: 'slug' }] } });
    const audit = await h.t.db.kysely.selectFrom('audit_log').selectAll().where('workspace_id', '=', ws.id).execute();
    expect(audit.map((a) => [a.action, Number(a.actor_user_id)])).toEqual([['workspace.create', superId]]);

    const renamed = await superadmin.call('PATCH', `/api/v1/workspaces/${ws.id}`, { name: '新名字' });
    expect(renamed.status).toBe(200);
    expect((await superadmin.get(`/api/v1/workspaces/${ws.id}`)).body).toMatchObject({ name: '新名字', slug });
  });

  it('adds a new user with a password (who can then sign in) and invites an existing user by username', async () => {
    const { id, admin } = await freshWorkspace();
    const dept = await admin.call('POST', `/api/v1/workspaces/${id}/departments`, { name: '宣传部' });
    expect(dept.status).toBe(201);
    const departmentId = (dept.body as { id: number }).id;

    const username = unique('new.user');
    const added = await admin.call('POST', `/api/v1/workspaces/${id}/members`, {
      username,
      password: 'a-good-password',
      role: 'analyst',
      departmentId,
      displayName: '王五',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ username, displayName: '王五', role: 'analyst', departmentId, disabled: false });
    const newcomer = await loginAs(h.app, username, 'a-good-password');
    expect(((await newcomer.get('/api/v1/me')).body as { workspaces: { id: number; role: string }[] }).workspaces).toMatchObject([
      { id, role: 'analyst' },
    ]);
    const stored = await h.t.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);

    const existing = await makeUser(h.t.db);
    // Without a password an existing user is invited, not added (invitations.test.ts has the rest).
    const byName = await admin.call('POST', `/api/v1/workspaces/${id}/members`, { username: existing.user.username, role: 'viewer' });
    expect(byName.status).toBe(202);
    expect(byName.body).toMatchObject({ username: existing.user.username, role: 'viewer', status: 'pending' });
    const twice = await admin.call('POST', `/api/v1/workspaces/${id}/members`, { username: existing.user.username, role: 'viewer' });
    expect(twice.status).toBe(409);
    const taken = await admin.call('POST', `/api/v1/workspaces/${id}/members`, {
      username: existing.user.username.toUpperCase(),
      password: 'another-password',
      role: 'viewer',
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: 'conflict', details: [{ field: 'username' }] } });
    const short = await admin.call('POST', `/api/v1/workspaces/${id}/members`, {
      username: unique('u'),
      password: 'short',
      role: 'viewer',
    });
    expect(short.body).toMatchObject({ error: { details: [{ field: 'password' }] } });

    const list = await admin.get(`/api/v1/workspaces/${id}/members`);
    expect((list.body as { items: { username: string }[] }).items.map((m) => m.username)).toEqual(expect.arrayContaining([username]));
    expect((list.body as { items: { username: string }[] }).items.map((m) => m.username)).not.toContain(existing.user.username);
    const actions = await h.t.db.kysely.selectFrom('audit_log').select('action').where('workspace_id', '=', id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['department.create', 'member.add', 'invitation.create']);
  });

  it('changes roles and removes members, but never the last admin', async () => {
    const { id, admin, adminId } = await freshWorkspace();
    const other = await makeMember(h.t.db, id, 'viewer');
    const demoteSelf = await admin.call('PATCH', `/api/v1/workspaces/${id}/members/${adminId}`, { role: 'viewer' });
    expect(demoteSelf.status).toBe(409);
    expect((await admin.call('DELETE', `/api/v1/workspaces/${id}/members/${adminId}`)).status).toBe(409);

    const promoted = await admin.call('PATCH', `/api/v1/workspaces/${id}/members/${other.user.id}`, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'admin' });
    expect((await admin.call('PATCH', `/api/v1/workspaces/${id}/members/${adminId}`, { role: 'viewer' })).status).toBe(200);

    const otherCaller = await loginAs(h.app, other.user.username, other.password);
    expect((await otherCaller.call('DELETE', `/api/v1/workspaces/${id}/members/${adminId}`)).status).toBe(204);
    const gone = await admin.get(`/api/v1/workspaces/${id}`);
    expect(gone.status).toBe(404);
  });

  it('keeps department names unique per workspace and checks the parent', async () => {
    const { id, admin } = await freshWorkspace();
    const parent = await admin.call('POST', `/api/v1/workspaces/${id}/departments`, { name: '总部' });
    const parentId = (parent.body as { id: number }).id;
    const child = await admin.call('POST', `/api/v1/workspaces/${id}/departments`, { name: '客服部', parentId });
    expect(child.body).toMatchObject({ name: '客服部', parentId });
    expect((await admin.call('POST', `/api/v1/workspaces/${id}/departments`, { name: '总部' })).status).toBe(409);
    const list = await admin.get(`/api/v1/workspaces/${id}/departments`);
    expect((list.body as { items: { name: string }[] }).items.map((d) => d.name).sort()).toEqual(['客服部', '总部'].sort());
  });

  it('creates, reads, changes and deletes topics, refusing an empty query', async () => {
    const { id, admin } = await freshWorkspace();
    const created = await admin.call('POST', `/api/v1/workspaces/${id}/topics`, { name: '品牌', query: '华为 AND 手机' });
    expect(created.status).toBe(201);
    const topic = created.body as { id: number; query: string; active: boolean };
    expect(topic).toMatchObject({ query: '华为 AND 手机', active: true });
    h.clock.advance(1000);
    const changed = await admin.call('PATCH', `/api/v1/workspaces/${id}/topics/${topic.id}`, { active: false, query: '华为' });
    expect(changed.body).toMatchObject({ active: false, query: '华为', name: '品牌' });
    expect((changed.body as { updatedAt: string }).updatedAt).toBe(new Date(h.clock.now).toISOString());
    expect((await admin.get(`/api/v1/workspaces/${id}/topics/${topic.id}`)).body).toMatchObject({ query: '华为' });
    const empty = await admin.call('POST', `/api/v1/workspaces/${id}/topics`, { name: 'x', query: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { details: [{ field: 'query' }] } });
    const nothing = await admin.call('PATCH', `/api/v1/workspaces/${id}/topics/${topic.id}`, {});
    expect(nothing.status).toBe(400);
    expect((await admin.call('DELETE', `/api/v1/workspaces/${id}/topics/${topic.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/workspaces/${id}/topics/${topic.id}`)).status).toBe(404);
    expect((await admin.call('DELETE', `/api/v1/workspaces/${id}/topics/${topic.id}`)).status).toBe(404);
    const list = await admin.get(`/api/v1/workspaces/${id}/topics`);
    expect(list.body).toEqual({ items: [] });
  });

  it('registers sources with unique keys and changes them', async () => {
    const { id, admin } = await freshWorkspace();
    const created = await admin.call('POST', `/api/v1/workspaces/${id}/sources`, { key: 'news.example.com', name: '新闻网', kind: 'rss' });
    expect(created.status).toBe(201);
    const source = created.body as { id: number };
    expect(
      (await admin.call('POST', `/api/v1/workspaces/${id}/sources`, { key: 'news.example.com', name: 'dup', kind: 'rss' })).status,
    ).toBe(409);
    const badKind = await admin.call('POST', `/api/v1/workspaces/${id}/sources`, { key: 'k', name: 'n', kind: 'Not A Kind' });
    expect(badKind.body).toMatchObject({ error: { details: [{ field: 'kind' }] } });
    const off = await admin.call('PATCH', `/api/v1/workspaces/${id}/sources/${source.id}`, { active: false });
    expect(off.body).toMatchObject({ key: 'news.example.com', active: false });
    expect((await admin.get(`/api/v1/workspaces/${id}/sources`)).body).toMatchObject({ items: [{ id: source.id, active: false }] });
  });

  it('pages the audit log newest first and shows who did what', async () => {
    const { id, admin, adminId } = await freshWorkspace();
    for (let i = 0; i < 5; i++) await admin.call('POST', `/api/v1/workspaces/${id}/topics`, { name: `t${i}`, query: 'q' });
    const first = await admin.get(`/api/v1/workspaces/${id}/audit?limit=3`);
    const page1 = first.body as {
      items: { id: number; action: string; actor: { userId: number; username: string }; details: { name: string } }[];
      nextCursor: string;
    };
    expect(page1.items.map((e) => e.details.name)).toEqual(['t4', 't3', 't2']);
    expect(page1.items[0]?.actor.userId).toBe(adminId);
    const second = await admin.get(`/api/v1/workspaces/${id}/audit?limit=3&cursor=${page1.nextCursor}`);
    const page2 = second.body as { items: { details: { name: string } }[]; nextCursor: string | null };
    expect(page2.items.map((e) => e.details.name)).toEqual(['t1', 't0']);
    expect(page2.nextCursor).toBeNull();
  });

  it('requires sign-in for every workspace route', async () => {
    const ws = await makeWorkspace(h.t.db);
    for (const path of ['/api/v1/workspaces', `/api/v1/workspaces/${ws.id}/topics`, `/api/v1/workspaces/${ws.id}/mentions`]) {
      const r = await send(h.app, 'GET', path);
      expect({ path, status: r.status, code: errorCode(r) }).toEqual({ path, status: 401, code: 'unauthenticated' });
    }
  });
});
