/** What every query takes: the database handle or an open transaction on it. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export type Q = Kysely<Database>;

/** A nullable integer column as a JavaScript number. */
export function numOrNull(v: number | null): number | null {
  return v === null ? null : Number(v);
}

/** True when a write failed on a unique constraint (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
