/** Opening the database: a pipeline worker's own SQLite connection commits with synchronous=NORMAL, the others as configured. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Db } from './dialect.js';
import { openDatabase, openWorkerDatabase } from './open.js';

let dir: string;
const opened: Db[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yuqing-open-'));
});
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const synchronous = async (db: Db) => {
  opened.push(db);
  const r = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db.kysely);
  return Number(r.rows[0]?.synchronous);
};

it('gives a worker NORMAL commits while intake and the rest keep FULL', async () => {
  const config = loadConfig({}, { databaseUrl: `sqlite:${join(dir, 'y.db')}`, sqliteSynchronous: 'FULL' });
  // SQLite's codes: 1 NORMAL, 2 FULL.
  expect(await synchronous(openDatabase(config))).toBe(2);
  expect(await synchronous(openWorkerDatabase(config))).toBe(1);
});
