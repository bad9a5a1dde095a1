/** A throw-away PostgreSQL schema for the search benchmark: created, analysed once filled, dropped after. */
import { sql } from 'kysely';
import { connect, type Db } from '../dialect.js';

export interface ScratchSchema {
  db: Db;
  /** Refreshes the planner's statistics after the bulk load. */
  analyze(): Promise<void>;
  drop(): Promise<void>;
}

export async function scratchPostgresSchema(url: string, prefix: string): Promise<ScratchSchema> {
  const schema = `${prefix}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  const admin = connect({ url, pgPoolSize: 1 });
  try {
    await sql.raw(`CREATE SCHEMA ${schema}`).execute(admin.kysely);
  } catch (err) {
    await admin.close();
    throw err;
  }
  const db = connect({ url, pgSchema: schema, pgPoolSize: 2 });
  return {
    db,
    analyze: async () => {
      await sql.raw('ANALYZE').execute(db.kysely);
    },
    drop: async () => {
      await db.close();
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(admin.kysely);
      await admin.close();
    },
  };
}
