/**
 * The full-text search index over mentions, every backend difference of it in one place: creating it, filling it
 * (one row per mention, from the same facts live matching sees) and asking it for candidate ids. SQLite: an FTS5
 * table (`unicode61`, contentless, rowid = mention id) over the space-joined index tokens. PostgreSQL: a
 * `mention_search` table with a `tsvector` and a GIN index. Query and document text: `search-index-syntax.ts`.
 */
import { type Kysely, PostgresAdapter, type QueryExecutorProvider, sql } from 'kysely';
import { indexTokens } from '../../match/index-tokens.js';
import { type MentionFacts, matchDocumentOf } from '../../match/mention-document.js';
import type { DialectName } from '../dialect.js';
import { fts5Of, type IndexQuery, tsqueryOf, tsvectorOf } from './search-index-syntax.js';

export type { IndexPhrase, IndexQuery } from './search-index-syntax.js';

export interface IndexItem {
  mentionId: number;
  workspaceId: number;
  facts: MentionFacts;
}

/** Which backend a query builder talks to. */
export function dialectOfExecutor(k: QueryExecutorProvider): DialectName {
  return k.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export async function createSearchIndex(k: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `CREATE VIRTUAL TABLE mention_search USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
      )
      .execute(k);
    await sql
      .raw('CREATE TRIGGER mention_search_delete AFTER DELETE ON mentions BEGIN DELETE FROM mention_search WHERE rowid = old.id; END')
      .execute(k);
    return;
  }
  await sql
    .raw(
      `CREATE TABLE mention_search (
        mention_id bigint PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
        workspace_id bigint NOT NULL,
        positional smallint NOT NULL,
        body tsvector NOT NULL)`,
    )
    .execute(k);
  await sql.raw('CREATE INDEX mention_search_body ON mention_search USING gin (body)').execute(k);
}

export async function indexMentions(k: QueryExecutorProvider, items: readonly IndexItem[]): Promise<void> {
  if (items.length === 0) return;
  const pg = dialectOfExecutor(k) === 'postgres';
  for (let i = 0; i < items.length; i += 400) {
    const part = items.slice(i, i + 400).map((r) => ({ ...r, tokens: indexTokens(matchDocumentOf(r.facts)) }));
    if (!pg) {
      const values = sql.join(part.map((r) => sql`(${r.mentionId}, ${r.tokens.join(' ')})`));
      await sql`INSERT INTO mention_search (rowid, body) VALUES ${values}`.execute(k);
    } else {
      const values = sql.join(
        part.map((r) => {
          const v = tsvectorOf(r.tokens);
          return sql`(${r.mentionId}, ${r.workspaceId}, ${v.positional ? 1 : 0}, ${v.literal}::tsvector)`;
        }),
      );
      await sql`INSERT INTO mention_search (mention_id, workspace_id, positional, body) VALUES ${values} ON CONFLICT (mention_id) DO NOTHING`.execute(
        k,
      );
    }
  }
}

/** Ids of indexed mentions satisfying the index query (for SQLite, of every workspace: the caller scopes). */
export async function candidateIds(k: QueryExecutorProvider, workspaceId: number, filter: IndexQuery): Promise<number[]> {
  if (dialectOfExecutor(k) === 'sqlite') {
    const r = await sql<{ id: number }>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${fts5Of(filter)}`.execute(k);
    return r.rows.map((x) => Number(x.id));
  }
  const r = await sql<{ id: number }>`SELECT mention_id AS id FROM mention_search WHERE workspace_id = ${workspaceId}
    AND ((positional = 1 AND body @@ ${tsqueryOf(filter, ' <-> ')}::tsquery) OR (positional = 0 AND body @@ ${tsqueryOf(filter, ' & ')}::tsquery))`.execute(
    k,
  );
  return r.rows.map((x) => Number(x.id));
}
