/** Counts and pictures that platform exports carry beyond the first four: saves (收藏), dislikes, and picture URLs (JSON). */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('collects', 'bigint').execute();
  await db.schema.alterTable('mentions').addColumn('dislikes', 'bigint').execute();
  await db.schema.alterTable('mentions').addColumn('images', 'text').execute();
}
