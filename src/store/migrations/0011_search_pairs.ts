/**
 * The full-text index rebuilt in its second layout (`search-index-tokens.ts`): Chinese characters indexed as pairs,
 * and the title, the text and the other fields apart (FTS5 columns; tsvector weights), so phrases and `title:`
 * terms find far fewer candidates that search must then check.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createSearchIndex, indexStoredMentions } from '../queries/search-index.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql.raw('DROP TRIGGER mention_search_delete').execute(db);
  await sql.raw('DROP TABLE mention_search').execute(db);
  await createSearchIndex(db, dialect);
  await indexStoredMentions(db);
}
