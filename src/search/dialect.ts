/**
 * Every difference between the two backends' full-text indexes, in one place. SQLite: an FTS5 table
 * (`unicode61`, contentless, rowid = mention id) over the space-joined encoded unit tokens; anchors are FTS5
 * phrases. PostgreSQL: a `mention_search` table with a `tsvector` built here (a literal with positions, so no
 * text-search parser or locale can re-split our tokens) and a GIN index; anchors are `<->` phrases. A tsvector
 * keeps at most 256 positions per lexeme and positions up to 16383, so a longer document is stored without
 * positions and searched with `&` instead of `<->` (a superset, never a miss).
 */
import { PostgresAdapter, type QueryExecutorProvider, sql } from 'kysely';
import type { DialectName } from '../store/dialect.js';
import type { Prefilter } from './prefilter.js';

export interface IndexRow {
  mentionId: number;
  workspaceId: number;
  tokens: readonly string[];
}

/** Which backend a query builder talks to. */
export function dialectOfExecutor(k: QueryExecutorProvider): DialectName {
  return k.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export async function createSearchIndex(k: QueryExecutorProvider, dialect: DialectName): Promise<void> {
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

export async function writeSearchRows(k: QueryExecutorProvider, rows: readonly IndexRow[]): Promise<void> {
  if (rows.length === 0) return;
  const pg = dialectOfExecutor(k) === 'postgres';
  for (let i = 0; i < rows.length; i += 400) {
    const part = rows.slice(i, i + 400);
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

/** Ids of indexed mentions satisfying the pre-filter (for SQLite, of every workspace: the caller scopes). */
export async function candidateIds(k: QueryExecutorProvider, workspaceId: number, filter: Prefilter): Promise<number[]> {
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

/** FTS5 query syntax: `"a b"*`, `AND`, `OR`, parentheses. */
function fts5Of(f: Prefilter): string {
  if (f.type === 'phrase') return `"${f.tokens.join(' ')}"${f.prefix ? '*' : ''}`;
  return `(${f.children.map(fts5Of).join(f.type === 'and' ? ' AND ' : ' OR ')})`;
}

/** tsquery syntax; `follow` joins the tokens of a phrase (`<->`, or `&` for vectors stored without positions). */
function tsqueryOf(f: Prefilter, follow: string): string {
  if (f.type === 'phrase') return `(${f.tokens.map((t, i) => lexeme(t, f.prefix && i === f.tokens.length - 1)).join(follow)})`;
  return `(${f.children.map((c) => tsqueryOf(c, follow)).join(f.type === 'and' ? ' & ' : ' | ')})`;
}

function lexeme(token: string, prefix: boolean): string {
  return `'${token}'${prefix ? ':*' : ''}`;
}

/** A tsvector literal; with positions when PostgreSQL can keep them all. Tokens hold no quotes (see tokens.ts). */
export function tsvectorOf(tokens: readonly string[]): { literal: string; positional: boolean } {
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positions.get(t);
    if (list) list.push(i + 1);
    else positions.set(t, [i + 1]);
  });
  let positional = tokens.length <= 16383;
  for (const list of positions.values()) if (list.length > 256) positional = false;
  const parts: string[] = [];
  for (const [t, list] of positions) parts.push(positional ? `'${t}':${list.join(',')}` : `'${t}'`);
  return { literal: parts.join(' '), positional };
}
