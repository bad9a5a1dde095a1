/**
 * When the database cannot store: a lock another connection holds, a full disk, a database
 * that refuses writes or does not answer. Intake answers 503 with Retry-After and a clear
 * code, readiness says so until it clears, and requests that need no write keep answering.
 */
import { createServer } from 'node:net';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type ControlledTransaction, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../log/logger.js';
import { connect, type Db, sqlitePath } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { createTestDatabase, describeBackends, type TestDatabase, testSettings } from '../testing/backends.js';
import { makeMember, makeWorkspace } from '../testing/factories.js';
import { createApp } from './app.js';
import type { AppEnv } from './env.js';
import { errorCode, loginAs, type SessionCaller, send } from './testing/harness.js';

const now = () => Date.UTC(2026, 1, 1, 9, 0, 0);

/** A second connection to the same database, as another process would open it. */
function secondConnection(t: TestDatabase, lockWaitMs: number): Db {
  if (t.dialect === 'sqlite') return connect({ url: t.url, lockWaitMs, sqliteSynchronous: 'NORMAL' });
  return connect({ url: testSettings.testPostgresUrl, pgSchema: t.pgSchema ?? '', pgPoolSize: 3, lockWaitMs });
}

/** Holds the lock that intake needs: SQLite's write lock (BEGIN IMMEDIATE), or PostgreSQL's on the inbox table. */
async function holdWriteLock(holder: Db): Promise<ControlledTransaction<Database>> {
  const trx = await holder.kysely.startTransaction().execute();
  if (holder.dialect === 'postgres') await sql`LOCK TABLE inbox IN EXCLUSIVE MODE`.execute(trx);
  return trx;
}

function items(n: number, tag: string, size = 20): { items: unknown[] } {
  return {
    items: Array.from({ length: n }, (_, i) => ({
      source: 'store-trouble',
      externalId: `${tag}-${i}`,
      title: `${tag} ${i}`,
      text: `门店排队 ${tag} ${i} `.repeat(size),
    })),
  };
}

interface Setup {
  app: OpenAPIHono<AppEnv>;
  db: Db;
  caller: SessionCaller;
  ws: number;
  logs: string[];
}

describeBackends('the database cannot store', (dialect) => {
  let t: TestDatabase;
  let holder: Db;
  const opened: Db[] = [];

  async function setup(lockWaitMs: number): Promise<Setup> {
    const db = secondConnection(t, lockWaitMs);
    opened.push(db);
    const logs: string[] = [];
    const logger = createLogger('warn', { write: (s: string) => logs.push(s) });
    const app = createApp({ db, config: { ...testSettings, logLevel: 'silent', loginMaxAttempts: 1000 }, logger, now });
    const ws = (await makeWorkspace(db)).id;
    const member = await makeMember(db, ws, 'analyst');
    const caller = await loginAs(app, member.user.username, member.password);
    return { app, db, caller, ws, logs };
  }

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    holder = secondConnection(t, 1000);
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await holder.close();
    await t.dispose();
  });

  it('a write waiting for a lock does not stall reads; it goes through once the lock is released', async () => {
    const s = await setup(60_000);
    const lock = await holdWriteLock(holder);
    let intakeSettled = false;
    const intake = s.caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(3, 'waiting')).finally(() => {
      intakeSettled = true;
    });
    const list = await s.caller.get(`/api/v1/workspaces/${s.ws}/mentions`);
    expect(list.status).toBe(200);
    const ready = await send(s.app, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(intakeSettled).toBe(false);
    await lock.rollback().execute();
    const stored = await intake;
    expect(stored.status).toBe(202);
    expect(stored.body).toMatchObject({ accepted: 3 });
  });

  it('a lock held past the wait: intake answers 503 store_busy with Retry-After, readiness says busy until a write gets the lock', async () => {
    const s = await setup(100);
    const lock = await holdWriteLock(holder);
    const refused = await s.caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(3, 'busy'));
    expect(refused.status).toBe(503);
    expect(errorCode(refused)).toBe('store_busy');
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await s.caller.get(`/api/v1/workspaces/${s.ws}/mentions`)).status).toBe(200);
    const notReady = await send(s.app, 'GET', '/readyz');
    expect(notReady.status).toBe(503);
    expect(errorCode(notReady)).toBe('store_busy');
    expect(s.logs.join('')).toContain('store_busy');

    await lock.rollback().execute();
    const stored = await s.caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(3, 'busy'));
    expect(stored.status).toBe(202);
    expect(stored.body).toMatchObject({ accepted: 3 });
    expect((await send(s.app, 'GET', '/readyz')).status).toBe(200);
  });

  it('a session falling due for its last-seen write during a lock still reads: the write is bookkeeping', async () => {
    const db = secondConnection(t, 100);
    opened.push(db);
    let clock = Date.UTC(2026, 1, 1, 9, 0, 0);
    const app = createApp({
      db,
      config: { ...testSettings, logLevel: 'silent', loginMaxAttempts: 1000 },
      logger: createLogger('silent'),
      now: () => clock,
    });
    const ws = (await makeWorkspace(db)).id;
    const member = await makeMember(db, ws, 'viewer');
    const caller = await loginAs(app, member.user.username, member.password);
    const lock = await holdWriteLock(holder);
    clock += 5 * 60_000; // past the interval at which a request slides the session's expiry
    const list = await caller.get(`/api/v1/workspaces/${ws}/mentions`);
    await lock.rollback().execute();
    expect(list.status).toBe(200);
  });

  if (dialect === 'sqlite') {
    it('a full disk (max_page_count): 503 store_full logged as SQLITE_FULL, not "cannot rollback"; ready again once a write stores', async () => {
      const s = await setup(1000);
      const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(s.db.kysely);
      const pageCount = Number(pages.rows[0]?.page_count);
      await sql.raw(`PRAGMA max_page_count = ${pageCount}`).execute(s.db.kysely);

      const refused = await s.caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(50, 'full', 100));
      expect(refused.status).toBe(503);
      expect(errorCode(refused)).toBe('store_full');
      expect(refused.headers.get('retry-after')).toBe('60');
      const logged = s.logs.join('');
      expect(logged).toContain('SQLITE_FULL');
      expect(logged).not.toContain('cannot rollback');
      const notReady = await send(s.app, 'GET', '/readyz');
      expect(notReady.status).toBe(503);
      expect(errorCode(notReady)).toBe('store_full');
      // Reads and writes that need no new page go on; a lock-only write does not clear "full".
      expect((await s.caller.get(`/api/v1/workspaces/${s.ws}/mentions`)).status).toBe(200);
      expect(sqlitePath(t.url)).not.toBe(':memory:');

      await sql.raw(`PRAGMA max_page_count = ${pageCount * 100}`).execute(s.db.kysely);
      const stored = await s.caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(50, 'full', 100));
      expect(stored.status).toBe(202);
      expect(stored.body).toMatchObject({ accepted: 50 });
      expect((await send(s.app, 'GET', '/readyz')).status).toBe(200);
    });
  }

  if (dialect === 'postgres') {
    it('a database that refuses writes (read-only transactions): 503 store_unavailable, ready again once a write stores', async () => {
      const s = await setup(1000);
      const readOnly = connect({ url: testSettings.testPostgresUrl, pgSchema: t.pgSchema ?? '', pgPoolSize: 1 });
      opened.push(readOnly);
      await sql`SET default_transaction_read_only = on`.execute(readOnly.kysely);
      const app = createApp({ db: readOnly, config: { ...testSettings, logLevel: 'silent' }, logger: createLogger('silent'), now });
      const headers = { cookie: s.caller.cookie, 'x-csrf-token': s.caller.csrfToken };
      const caller = { call: (method: string, path: string, body?: unknown) => send(app, method, path, { body, headers }) };
      const refused = await caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(2, 'readonly'));
      expect(refused.status).toBe(503);
      expect(errorCode(refused)).toBe('store_unavailable');
      expect(refused.headers.get('retry-after')).toBe('10');
      // Reads answer, and that does not make a database that refuses writes ready.
      expect((await caller.call('GET', `/api/v1/workspaces/${s.ws}/mentions`)).status).toBe(200);
      const notReady = await send(app, 'GET', '/readyz');
      expect(errorCode(notReady)).toBe('store_unavailable');

      await sql`SET default_transaction_read_only = off`.execute(readOnly.kysely);
      expect((await caller.call('POST', `/api/v1/workspaces/${s.ws}/mentions`, items(2, 'readonly'))).status).toBe(202);
      expect((await send(app, 'GET', '/readyz')).status).toBe(200);
    });
  }
});

it('PostgreSQL that refuses connections: requests answer 503 store_unavailable with Retry-After, readiness says so', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as { port: number }).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const db = connect({ url: `postgres://yuqing@127.0.0.1:${port}/yuqing`, pgPoolSize: 1 });
  try {
    const app = createApp({ db, config: { ...testSettings, logLevel: 'silent' }, logger: createLogger('silent'), now });
    const intake = await send(app, 'POST', '/api/v1/workspaces/1/mentions', {
      body: items(1, 'refused'),
      headers: { authorization: `Bearer yq_${'a'.repeat(43)}` },
    });
    expect(intake.status).toBe(503);
    expect(errorCode(intake)).toBe('store_unavailable');
    expect(intake.headers.get('retry-after')).toBe('10');
    const ready = await send(app, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(errorCode(ready)).toBe('store_unavailable');
  } finally {
    await db.close();
  }
});
