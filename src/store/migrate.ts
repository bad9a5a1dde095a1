/**
 * Applying migrations and checking the schema version. Each migration runs in its own
 * transaction (Kysely's migrator, with its lock so two processes never migrate at once).
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db } from './dialect.js';
import { migrations } from './migrations/index.js';

/**
 * On PostgreSQL the migration tables are pinned to the connection's current schema: Kysely
 * otherwise looks for them across every schema and trips over other deployments' tables.
 */
async function migrator(db: Db): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (db.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
    migrationTableSchema = rows[0]?.schema;
  }
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const step of migrations) {
        out[step.name] = { up: (k: Kysely<unknown>) => step.up(k, db.dialect) };
      }
      return out;
    },
  };
  return new Migrator({
    db: db.kysely as unknown as Kysely<unknown>,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

export interface SchemaStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations this build does not know: the database is newer than the code. */
  unknown: string[];
}

/**
 * Kysely's migrator lists tables across every schema of the database; a schema that another
 * deployment or test run drops during that listing makes it fail with `schema "…" does not
 * exist`. Nothing has been changed at that point (or the failed run rolled back), so it is retried.
 */
async function retryingDroppedSchemas<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const gone = err instanceof Error && /schema ".*" does not exist/.test(err.message);
      if (!gone || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  const infos = await retryingDroppedSchemas(async () => (await migrator(db)).getMigrations());
  const known = new Set(migrations.map((m) => m.name));
  let appliedNames: string[] = [];
  try {
    const rows = await (db.kysely as unknown as Kysely<{ schema_migrations: { name: string } }>)
      .selectFrom('schema_migrations')
      .select('name')
      .execute();
    appliedNames = rows.map((r) => r.name);
  } catch {
    appliedNames = [];
  }
  return {
    applied: infos.filter((i) => i.executedAt !== undefined).map((i) => i.name),
    pending: infos.filter((i) => i.executedAt === undefined).map((i) => i.name),
    unknown: appliedNames.filter((n) => !known.has(n)),
  };
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return retryingDroppedSchemas(async () => {
    const { error, results } = await (await migrator(db)).migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}

/** Throws when the schema is behind (or ahead of) this build: `serve` and `worker` refuse to start. */
export async function assertSchemaCurrent(db: Db): Promise<void> {
  const status = await schemaStatus(db);
  if (status.pending.length > 0) {
    throw new Error(
      `database schema is behind: ${status.pending.length} migration(s) pending (${status.pending.join(', ')}). Run \`bin/yuqing migrate\` first.`,
    );
  }
  if (status.unknown.length > 0) {
    throw new Error(`database schema is newer than this build (unknown migrations: ${status.unknown.join(', ')}). Upgrade Yuqing.`);
  }
}
