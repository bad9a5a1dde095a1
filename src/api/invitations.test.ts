/**
 * Users across workspaces: an admin invites by name and learns nothing about whether the name
 * exists; only the user holding the name sees the invitation, and joins only by accepting it.
 * Look-alike and mixed-script names cannot be created.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeUser, makeWorkspace, unique } from '../testing/factories.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

interface InvitationView {
  id: number;
  username: string;
  role: string;
  status: string;
  departmentId: number | null;
}
interface Received {
  id: number;
  workspace: { id: number; slug: string; name: string };
  role: string;
  invitedBy: string | null;
}

describeBackends('invitations', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
  });
  afterAll(async () => {
    await h.dispose();
  });

  async function workspaceWithAdmin(): Promise<{ id: number; name: string; admin: Caller; signIn: () => Promise<Caller> }> {
    const ws = await makeWorkspace(h.t.db);
    const m = await makeMember(h.t.db, ws.id, 'admin');
    const signIn = () => loginAs(h.app, m.user.username, m.password);
    return { id: ws.id, name: ws.name, admin: await signIn(), signIn };
  }

  /** A user who belongs to another workspace, signed in. */
  async function outsider() {
    const elsewhere = await makeWorkspace(h.t.db);
    const m = await makeMember(h.t.db, elsewhere.id, 'analyst');
    return { ...m, session: await loginAs(h.app, m.user.username, m.password) };
  }

  const actions = async (workspaceId: number) =>
    (await h.t.db.kysely.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).orderBy('id').execute()).map(
      (a) => a.action,
    );

  it('answers the same for an existing name and one nobody holds; the user joins only by accepting', async () => {
    const { id, name, admin } = await workspaceWithAdmin();
    const bob = await outsider();
    const dept = (await admin.call('POST', `/api/v1/workspaces/${id}/departments`, { name: '网信办' })).body as { id: number };

    const real = await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, {
      username: bob.user.username.toUpperCase(),
      role: 'handler',
      departmentId: dept.id,
    });
    const ghostName = unique('ghost.');
    const ghost = await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, {
      username: ghostName,
      role: 'handler',
      departmentId: dept.id,
    });
    expect([real.status, ghost.status]).toEqual([202, 202]);
    const [a, b] = [real.body as InvitationView & Record<string, unknown>, ghost.body as InvitationView & Record<string, unknown>];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    const { id: _a, username: _ua, ...restA } = a;
    const { id: _b, username: _ub, ...restB } = b;
    expect(restA).toEqual(restB);
    expect(restA).toMatchObject({ status: 'pending', role: 'handler', departmentId: dept.id, answeredAt: null });

    // Not a member until accepting; /me counts the open invitation.
    expect((await bob.session.get(`/api/v1/workspaces/${id}`)).status).toBe(404);
    expect(((await bob.session.get('/api/v1/me')).body as { pendingInvitations: number }).pendingInvitations).toBe(1);
    const mine = await bob.session.get('/api/v1/me/invitations');
    expect(mine.status).toBe(200);
    const items = (mine.body as { items: Received[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: a.id, workspace: { id, name }, role: 'handler' });
    expect(items[0]?.invitedBy).toEqual(expect.any(String));

    const accepted = await bob.session.call('POST', `/api/v1/me/invitations/${a.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id, name, role: 'handler' });
    const me = (await bob.session.get('/api/v1/me')).body as { workspaces: { id: number; role: string }[]; pendingInvitations: number };
    expect(me.workspaces.map((w) => [w.id, w.role])).toContainEqual([id, 'handler']);
    expect(me.pendingInvitations).toBe(0);
    const member = (await admin.get(`/api/v1/workspaces/${id}/members`)).body as {
      items: { userId: number; departmentId: number | null }[];
    };
    expect(member.items.find((m) => m.userId === bob.user.id)?.departmentId).toBe(dept.id);
    expect(((await bob.session.get('/api/v1/me/invitations')).body as { items: unknown[] }).items).toEqual([]);

    const list = (await admin.get(`/api/v1/workspaces/${id}/invitations`)).body as { items: InvitationView[] };
    expect(list.items.map((i) => [i.username, i.status])).toEqual([
      [ghostName, 'pending'],
      [bob.user.username.toUpperCase(), 'accepted'],
    ]);
    expect(await actions(id)).toEqual(['department.create', 'invitation.create', 'invitation.create', 'invitation.accept', 'member.add']);
    // Accepting twice is refused.
    expect((await bob.session.call('POST', `/api/v1/me/invitations/${a.id}/accept`)).status).toBe(409);
  });

  it('lets the user decline; nobody else can see or answer their invitation', async () => {
    const { id, admin } = await workspaceWithAdmin();
    const carol = await outsider();
    const dave = await outsider();
    const sent = (await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, { username: carol.user.username, role: 'viewer' }))
      .body as InvitationView;

    expect(((await dave.session.get('/api/v1/me/invitations')).body as { items: unknown[] }).items).toEqual([]);
    expect((await dave.session.call('POST', `/api/v1/me/invitations/${sent.id}/accept`)).status).toBe(404);
    expect((await dave.session.call('POST', `/api/v1/me/invitations/${sent.id}/decline`)).status).toBe(404);
    // The inviting admin cannot accept on the user's behalf either.
    expect((await admin.call('POST', `/api/v1/me/invitations/${sent.id}/accept`)).status).toBe(404);

    expect((await carol.session.call('POST', `/api/v1/me/invitations/${sent.id}/decline`)).status).toBe(204);
    expect((await carol.session.call('POST', `/api/v1/me/invitations/${sent.id}/accept`)).status).toBe(409);
    expect((await carol.session.get(`/api/v1/workspaces/${id}`)).status).toBe(404);
    const list = (await admin.get(`/api/v1/workspaces/${id}/invitations`)).body as { items: InvitationView[] };
    expect(list.items.map((i) => i.status)).toEqual(['declined']);
    expect(await actions(id)).toEqual(['invitation.create', 'invitation.decline']);
  });

  it('expires unanswered invitations after two weeks, lets the admin revoke one, and refuses duplicates and members', async () => {
    const ws = await workspaceWithAdmin();
    const { id } = ws;
    let admin = ws.admin;
    const erin = await outsider();
    const first = (await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, { username: erin.user.username, role: 'viewer' }))
      .body as InvitationView;
    const again = await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, { username: erin.user.username, role: 'analyst' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { details: [{ field: 'username' }] } });

    h.clock.advance(14 * 86_400_000);
    // Sessions lapse sooner than invitations: sign in again.
    admin = await ws.signIn();
    erin.session = await loginAs(h.app, erin.user.username, erin.password);
    expect(((await erin.session.get('/api/v1/me/invitations')).body as { items: unknown[] }).items).toEqual([]);
    expect((await erin.session.call('POST', `/api/v1/me/invitations/${first.id}/accept`)).status).toBe(409);
    expect(((await admin.get(`/api/v1/workspaces/${id}/invitations`)).body as { items: InvitationView[] }).items[0]?.status).toBe(
      'expired',
    );

    const second = await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, { username: erin.user.username, role: 'analyst' });
    expect(second.status).toBe(202);
    const secondId = (second.body as InvitationView).id;
    expect((await admin.call('DELETE', `/api/v1/workspaces/${id}/invitations/${secondId}`)).status).toBe(204);
    expect((await admin.call('DELETE', `/api/v1/workspaces/${id}/invitations/${secondId}`)).status).toBe(409);
    expect((await erin.session.call('POST', `/api/v1/me/invitations/${secondId}/accept`)).status).toBe(409);

    const existingMember = await makeMember(h.t.db, id, 'viewer');
    const member = await admin.call('POST', `/api/v1/workspaces/${id}/invitations`, {
      username: existingMember.user.username,
      role: 'viewer',
    });
    expect(member.status).toBe(409);
  });

  it('lets only admins invite and see invitations', async () => {
    const { id } = await workspaceWithAdmin();
    const analyst = await makeMember(h.t.db, id, 'analyst');
    const s = await loginAs(h.app, analyst.user.username, analyst.password);
    const refused = await s.call('POST', `/api/v1/workspaces/${id}/invitations`, { username: 'anyone', role: 'viewer' });
    expect(refused.status).toBe(403);
    expect((await s.get(`/api/v1/workspaces/${id}/invitations`)).status).toBe(403);
    const stranger = await outsider();
    expect((await stranger.session.get(`/api/v1/workspaces/${id}/invitations`)).status).toBe(404);
  });

  it('refuses new users whose names fold onto or look like an existing name, and names mixing scripts', async () => {
    const { id, admin } = await workspaceWithAdmin();
    const base = `copy${Math.floor(Math.random() * 1e6)}`;
    const digits = base.slice(4);
    await makeUser(h.t.db, { username: base });
    const create = (username: string) =>
      admin.call('POST', `/api/v1/workspaces/${id}/members`, { username, password: 'a-long-password', role: 'viewer' });
    // Upper case; all-Cyrillic look-alike letters; fullwidth Latin.
    for (const name of [base.toUpperCase(), `\u0441\u043e\u0440\u0443${digits}`, `\uff43\uff4f\uff50\uff59${digits}`]) {
      const r = await create(name);
      expect(r.status, name).toBe(409);
      expect(r.body).toMatchObject({ error: { code: 'conflict', details: [{ field: 'username' }] } });
    }
    const mixed = await create(`c\u043epy${digits}x`);
    expect(mixed.status).toBe(400);
    expect(errorCode(mixed)).toBe('invalid_request');
    expect(JSON.stringify(mixed.body)).toMatch(/mixes letters of different scripts/);
    expect((await create(`${base}.two`)).status).toBe(201);
  });
});
