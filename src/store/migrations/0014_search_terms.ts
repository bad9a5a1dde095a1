/**
 * SQLite's list of the tokens its full-text index holds (`search-index.ts`), filled from the index, so a prefix
 * query (`recall*`, a lone Chinese character) is asked as the OR of its few terms and stops at the newest rows
 * it needs. PostgreSQL's GIN index answers prefixes itself: nothing to do there.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import { fillSearchTerms } from '../queries/search-index.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await fillSearchTerms(db);
}
