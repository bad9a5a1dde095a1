/**
 * The search benchmark's store side: its PostgreSQL schema (a throw-away one, or a kept one reused between runs),
 * and a bulk load of mentions with their search rows — JSON batches expanded by the database (PostgreSQL
 * `json_populate_recordset`, SQLite `json_each`), one transaction, with the tables' secondary indexes dropped
 * during the load and rebuilt after (building an index once is far cheaper than growing it row by row).
 */
import { sql } from 'kysely';
import { connect, type Db } from '../dialect.js';
import { type IndexItem, indexRowOf, recordTerms } from './search-index.js';

export interface BenchSchema {
  db: Db;
  /** Whether the schema was made now (else it was kept from an earlier run). */
  fresh: boolean;
  /** Refreshes the planner's statistics after the bulk load. */
  analyze(): Promise<void>;
  /** Drops the schema, unless it is a kept one. */
  release(): Promise<void>;
}

/** A PostgreSQL schema: `keep` names one kept between runs (made if missing); else a new one, dropped on release. */
export async function benchPostgresSchema(url: string, prefix: string, keep?: string): Promise<BenchSchema> {
  const schema = keep ?? `${prefix}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = connect({ url, pgPoolSize: 1 });
  let fresh = true;
  try {
    if (keep) {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_namespace WHERE nspname = ${keep}`.execute(admin.kysely);
      fresh = Number(r.rows[0]?.n ?? 0) === 0;
    }
    if (fresh) await sql.raw(`CREATE SCHEMA ${schema}`).execute(admin.kysely);
  } catch (err) {
    await admin.close();
    throw err;
  }
  const db = connect({ url, pgSchema: schema, pgPoolSize: 2 });
  return {
    db,
    fresh,
    analyze: async () => {
      await sql.raw('ANALYZE').execute(db.kysely);
    },
    release: async () => {
      await db.close();
      if (!keep) await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(admin.kysely);
      await admin.close();
    },
  };
}

/** Drops a kept PostgreSQL schema (a seed that did not finish). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const admin = connect({ url, pgPoolSize: 1 });
  try {
    await sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(admin.kysely);
  } finally {
    await admin.close();
  }
}

export interface BenchMention {
  /** The `mentions` row with its id set (`mentionRowOf` plus `id`). */
  row: Record<string, unknown>;
  index: IndexItem;
}

const SEED_TABLE = 'bench_seed';

/** The size of a finished seed recorded in this database, or null (none, or one that did not finish). */
export async function seededSize(db: Db): Promise<{ mentions: number; seconds: number } | null> {
  try {
    const r = await sql<{ mentions: number; seconds: number }>`SELECT mentions, seconds FROM ${sql.table(SEED_TABLE)}`.execute(db.kysely);
    const row = r.rows[0];
    return row ? { mentions: Number(row.mentions), seconds: Number(row.seconds) } : null;
  } catch {
    return null;
  }
}

/**
 * Loads `batches()` (rows with ids above every stored one, in id order) with their index rows, then rebuilds the
 * dropped indexes, moves the id sequence past the loaded ids and records the seed's size.
 */
export async function bulkLoad(db: Db, mentions: number, batches: () => Iterable<BenchMention[]>): Promise<number> {
  const t0 = performance.now();
  const pg = db.dialect === 'postgres';
  await db.kysely.transaction().execute(async (trx) => {
    if (pg) {
      await sql.raw('SET LOCAL synchronous_commit = off').execute(trx);
      // The GIN index over a million vectors builds several times faster with room to sort in memory.
      await sql.raw(`SET LOCAL maintenance_work_mem = '512MB'`).execute(trx);
    }
    const indexes = pg
      ? (
          await sql<{ name: string; def: string }>`SELECT indexname AS name, indexdef AS def FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename IN ('mentions', 'mention_search')
            AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)`.execute(trx)
        ).rows
      : (
          await sql<{ name: string; def: string }>`SELECT name, sql AS def FROM sqlite_master
            WHERE type = 'index' AND tbl_name = 'mentions' AND sql IS NOT NULL`.execute(trx)
        ).rows;
    for (const i of indexes) await sql.raw(`DROP INDEX ${i.name}`).execute(trx);
    let columns: string[] | null = null;
    for (const batch of batches()) {
      if (batch.length === 0) continue;
      columns ??= Object.keys(batch[0]!.row);
      const rows = JSON.stringify(batch.map((m) => m.row));
      const indexRows = batch.map((m) => indexRowOf(db.dialect, m.index));
      const index = JSON.stringify(indexRows);
      const list = sql.raw(columns.join(', '));
      if (pg) {
        await sql`INSERT INTO mentions (${list}) SELECT ${list} FROM json_populate_recordset(null::mentions, ${rows}::json)`.execute(trx);
        await sql`INSERT INTO mention_search (mention_id, workspace_id, positional, body)
          SELECT mention_id, workspace_id, positional, body FROM json_populate_recordset(null::mention_search, ${index}::json)`.execute(
          trx,
        );
      } else {
        const values = sql.raw(columns.map((c) => `value ->> '${c}'`).join(', '));
        await sql`INSERT INTO mentions (${list}) SELECT ${values} FROM json_each(${rows})`.execute(trx);
        await sql`INSERT INTO mention_search (rowid, title, text, meta)
          SELECT value ->> 'rowid', value ->> 'title', value ->> 'text', value ->> 'meta' FROM json_each(${index})`.execute(trx);
        await recordTerms(trx, indexRows);
      }
    }
    for (const i of indexes) await sql.raw(i.def).execute(trx);
    if (pg) await sql.raw(`SELECT setval(pg_get_serial_sequence('mentions', 'id'), (SELECT max(id) FROM mentions))`).execute(trx);
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    await sql.raw(`CREATE TABLE ${SEED_TABLE} (mentions bigint NOT NULL, seconds real NOT NULL)`).execute(trx);
    await sql`INSERT INTO ${sql.table(SEED_TABLE)} (mentions, seconds) VALUES (${mentions}, ${seconds})`.execute(trx);
  });
  return Math.round((performance.now() - t0) / 100) / 10;
}

/** A throw-away PostgreSQL schema (other benchmarks): created, analysed once filled, dropped after. */
export async function scratchPostgresSchema(
  url: string,
  prefix: string,
): Promise<{ db: Db; analyze(): Promise<void>; drop(): Promise<void> }> {
  const s = await benchPostgresSchema(url, prefix);
  return { db: s.db, analyze: s.analyze, drop: s.release };
}
