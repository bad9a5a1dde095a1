/**
 * The full-text search index over mentions (see src/store/queries/search-index.ts for what each backend stores), and its
 * backfill for mentions stored before it existed, in batches.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createSearchIndex, indexStoredMentions } from '../queries/search-index.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await createSearchIndex(db, dialect);
  await indexStoredMentions(db);
}
