/**
 * Runs a test suite on both storage backends. SQLite gets a fresh file in a temp folder;
 * PostgreSQL gets a fresh schema on the configured server (YUQING_TEST_PG_URL), dropped
 * afterwards. When no PostgreSQL answers the suite says so loudly and skips, except under
 * CI, where it fails.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { loadConfig } from '../config/index.js';
import { connect, type Db, type DialectName } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { skipWhen } from './known-skips.js';

export const testSettings = loadConfig();

let pgAvailable: Promise<boolean> | undefined;

export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: testSettings.testPostgresUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (err) {
      if (testSettings.requirePostgresTests) {
        throw new Error(
          `PostgreSQL tests are required under CI but ${testSettings.testPostgresUrl} does not answer: ${(err as Error).message}`,
        );
      }
      console.warn(
        `\n!!! PostgreSQL at ${testSettings.testPostgresUrl} does not answer (${(err as Error).message}).\n!!! PostgreSQL tests are SKIPPED. Start PostgreSQL or set YUQING_TEST_PG_URL.\n`,
      );
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgAvailable;
}

export const hasPostgres = await postgresAvailable();

/** A fresh, migrated database of one backend, plus the URL other processes can use to reach it. */
export interface TestDatabase {
  db: Db;
  dialect: DialectName;
  /** DATABASE_URL for child processes (for PostgreSQL it carries the schema in `options`). */
  url: string;
  pgSchema?: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName, { migrate = true } = {}): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const db = connect({ url, sqliteSynchronous: 'NORMAL' });
    if (migrate) await migrateToLatest(db);
    return {
      db,
      dialect,
      url,
      async dispose() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `yq_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testSettings.testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = connect({ url: testSettings.testPostgresUrl, pgSchema: schema, pgPoolSize: 5 });
  if (migrate) await migrateToLatest(db);
  const url = withSearchPath(testSettings.testPostgresUrl, schema);
  return {
    db,
    dialect,
    url,
    pgSchema: schema,
    async dispose() {
      await db.close();
      const c = new pg.Client({ connectionString: testSettings.testPostgresUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** A PostgreSQL URL whose connections use the given schema (libpq `options` parameter). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/**
 * `describe` once per backend; PostgreSQL is skipped (loudly, labelled `postgres-absent` for the
 * summary reporter) when no server answers outside CI.
 */
export function describeBackends(name: string, fn: (dialect: DialectName) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  describe(`${name} [postgres]`, skipWhen(!hasPostgres, 'postgres-absent'), () => fn('postgres'));
}
