/**
 * Each role can do only what it should: admin, analyst, handler and viewer against
 * representative routes, expecting success for the granted ones and 403 for the rest.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Role, roles } from '../domain/roles.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeTopic, makeWorkspace, unique } from '../testing/factories.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs, type Reply } from './testing/harness.js';

interface Case {
  name: string;
  allowed: readonly Role[];
  /** Makes the request; may create what it needs first. */
  run(caller: Caller, ws: number): Promise<Reply>;
}

const everyone = roles;
const writers = ['admin', 'analyst'] as const;
const admins = ['admin'] as const;

describeBackends('role permissions through the API', (dialect) => {
  let h: Harness;
  let ws = 0;
  const callers = new Map<Role, Caller>();

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    for (const role of roles) {
      const m = await makeMember(h.t.db, ws, role);
      callers.set(role, await loginAs(h.app, m.user.username, m.password));
    }
  });
  afterAll(async () => {
    await h.dispose();
  });

  const p = (rest: string) => `/api/v1/workspaces/${ws}${rest}`;
  const cases: Case[] = [
    { name: 'read the workspace', allowed: everyone, run: (c) => c.get(p('')) },
    { name: 'rename the workspace', allowed: admins, run: (c) => c.call('PATCH', p(''), { name: unique('renamed ') }) },
    { name: 'list mentions', allowed: everyone, run: (c) => c.get(p('/mentions')) },
    {
      name: 'push mentions',
      allowed: writers,
      run: (c) => c.call('POST', p('/mentions'), { items: [{ source: 's', text: unique('t') }] }),
    },
    { name: 'list topics', allowed: everyone, run: (c) => c.get(p('/topics')) },
    { name: 'create a topic', allowed: writers, run: (c) => c.call('POST', p('/topics'), { name: unique('t'), query: 'q' }) },
    {
      name: 'change a topic',
      allowed: writers,
      run: async (c) => c.call('PATCH', p(`/topics/${(await makeTopic(h.t.db, ws)).id}`), { active: false }),
    },
    { name: 'delete a topic', allowed: writers, run: async (c) => c.call('DELETE', p(`/topics/${(await makeTopic(h.t.db, ws)).id}`)) },
    { name: 'list sources', allowed: everyone, run: (c) => c.get(p('/sources')) },
    { name: 'create a source', allowed: writers, run: (c) => c.call('POST', p('/sources'), { key: unique('k'), name: 'n', kind: 'rss' }) },
    {
      name: 'change a source',
      allowed: writers,
      run: async (c) => c.call('PATCH', p(`/sources/${(await makeSource(h.t.db, ws)).id}`), { name: 'renamed' }),
    },
    { name: 'list departments', allowed: everyone, run: (c) => c.get(p('/departments')) },
    { name: 'create a department', allowed: admins, run: (c) => c.call('POST', p('/departments'), { name: unique('d') }) },
    { name: 'list members', allowed: admins, run: (c) => c.get(p('/members')) },
    {
      name: 'add a member',
      allowed: admins,
      run: (c) => c.call('POST', p('/members'), { username: unique('m'), password: 'long-enough-pw', role: 'viewer' }),
    },
    {
      name: 'change a member',
      allowed: admins,
      run: async (c) => c.call('PATCH', p(`/members/${(await makeMember(h.t.db, ws, 'viewer')).user.id}`), { role: 'handler' }),
    },
    {
      name: 'remove a member',
      allowed: admins,
      run: async (c) => c.call('DELETE', p(`/members/${(await makeMember(h.t.db, ws, 'viewer')).user.id}`)),
    },
    { name: 'read the audit log', allowed: admins, run: (c) => c.get(p('/audit')) },
  ];

  for (const role of roles) {
    for (const testCase of cases) {
      const allowed = testCase.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${testCase.name}`, async () => {
        const caller = callers.get(role);
        if (!caller) throw new Error(`no ${role}`);
        const reply = await testCase.run(caller, ws);
        if (allowed) expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(200);
        if (allowed) expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
        else expect({ status: reply.status, code: errorCode(reply) }).toEqual({ status: 403, code: 'forbidden' });
      });
    }
  }

  it('leaves nothing behind when a write is refused', async () => {
    const viewer = callers.get('viewer');
    if (!viewer) throw new Error('no viewer');
    const topic = await makeTopic(h.t.db, ws, { query: 'original' });
    expect((await viewer.call('PATCH', p(`/topics/${topic.id}`), { query: 'changed' })).status).toBe(403);
    expect((await viewer.call('DELETE', p(`/topics/${topic.id}`))).status).toBe(403);
    const row = await h.t.db.kysely.selectFrom('topics').select('query').where('id', '=', topic.id).executeTakeFirst();
    expect(row?.query).toBe('original');
    const inboxBefore = await h.t.db.kysely.selectFrom('inbox').select('id').where('workspace_id', '=', ws).execute();
    expect((await viewer.call('POST', p('/mentions'), { items: [{ source: 's', text: 'viewer push' }] })).status).toBe(403);
    expect(await h.t.db.kysely.selectFrom('inbox').select('id').where('workspace_id', '=', ws).execute()).toEqual(inboxBefore);
  });

  it('lets only superadmins create workspaces', async () => {
    const admin = callers.get('admin');
    if (!admin) throw new Error('no admin');
    const r = await admin.call('POST', '/api/v1/workspaces', { slug: unique('w'), name: 'nope' });
    expect(r.status).toBe(403);
    expect(errorCode(r)).toBe('forbidden');
  });
});
