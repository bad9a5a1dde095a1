/**
 * Everything that differs between SQLite and PostgreSQL lives here: connecting,
 * auto-increment keys, append-only triggers, and row locking for claims.
 * The rest of the store is written once against the query builder.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ColumnDefinitionBuilder, Kysely, PostgresDialect, type SelectQueryBuilder, sql } from 'kysely';
import pg from 'pg';
import { StoreHealth } from './failure.js';
import { observedDialect } from './observed-driver.js';
import type { Database } from './schema.js';
import { sqliteDialect } from './sqlite-driver.js';

export type DialectName = 'sqlite' | 'postgres';

export interface ConnectOptions {
  url: string;
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  pgPoolSize?: number;
  /** PostgreSQL schema to use (tests make one per run). */
  pgSchema?: string;
  /** How long a write waits for a lock another connection holds before failing as busy (default 5000). */
  lockWaitMs?: number;
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** The last write failure (lock, full disk, database unreachable) until it clears; readiness reads it. */
  health: StoreHealth;
  close(): Promise<void>;
}

// int8 (bigint, count(*)) as JavaScript numbers: our values are epoch ms and counts, far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export function dialectOf(url: string): DialectName {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got "${url.split(':')[0]}:…"`);
}

export function sqlitePath(url: string): string {
  return url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
}

export function connect(options: ConnectOptions): Db {
  const dialect = dialectOf(options.url);
  const health = new StoreHealth();
  const lockWaitMs = options.lockWaitMs ?? 5000;
  if (dialect === 'sqlite') {
    const path = sqlitePath(options.url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const inner = sqliteDialect({ path, synchronous: options.sqliteSynchronous ?? 'FULL', lockWaitMs });
    const kysely = new Kysely<Database>({ dialect: observedDialect(inner, health, { beginLocks: true }) });
    return { kysely, dialect, health, close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.pgPoolSize ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  // A write waiting for a row or table lock fails as busy instead of hanging its request
  // (set per connection: a URL's own `options` parameter would replace a startup option).
  pool.on('connect', (client) => {
    client.query(`SET lock_timeout = ${Math.trunc(lockWaitMs)}`).catch(() => undefined);
  });
  const kysely = new Kysely<Database>({ dialect: observedDialect(new PostgresDialect({ pool }), health, { beginLocks: false }) });
  return { kysely, dialect, health, close: () => kysely.destroy() };
}

/** Column builder for an auto-increment integer primary key. */
export function autoId(dialect: DialectName): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return dialect === 'sqlite' ? (c) => c.primaryKey().autoIncrement() : (c) => c.primaryKey();
}

export function autoIdType(dialect: DialectName): 'integer' | 'bigserial' {
  return dialect === 'sqlite' ? 'integer' : 'bigserial';
}

/** Makes a table refuse UPDATE and DELETE (used for the audit log). */
export async function makeAppendOnly(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  const message = `${table} is append-only`;
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(`CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`)
        .execute(db);
    }
    return;
  }
  await sql
    .raw(`CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`)
    .execute(db);
}

/** Row locking for work claims: PostgreSQL skips rows another worker holds; SQLite serialises writers anyway. */
export function lockForClaim<DB, TB extends keyof DB, O>(
  dialect: DialectName,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
}
