/**
 * The full-text search index over mentions, every backend difference of it in one place: creating it, filling it
 * (one row per mention, from the same facts live matching sees) and asking it for candidate ids. SQLite: an FTS5
 * table (`unicode61`, contentless, rowid = mention id) with the space-joined index tokens in three columns (title,
 * text, other fields). PostgreSQL: a `mention_search` table with a weighted `tsvector` and a GIN index. Tokens:
 * `search-index-tokens.ts`; query and document text: `search-index-syntax.ts`.
 */
import { CompiledQuery, type Kysely, PostgresAdapter, type QueryExecutorProvider, sql } from 'kysely';
import { type MentionFacts, matchDocumentOf } from '../../match/mention-document.js';
import type { DialectName } from '../dialect.js';
import { fts5Of, type IndexQuery, tsqueryOf, tsvectorOf } from './search-index-syntax.js';
import { documentColumns } from './search-index-tokens.js';

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
        `CREATE VIRTUAL TABLE mention_search USING fts5(title, text, meta, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
      )
      .execute(k);
    await sql
      .raw('CREATE TRIGGER mention_search_delete AFTER DELETE ON mentions BEGIN DELETE FROM mention_search WHERE rowid = old.id; END')
      .execute(k);
    await sql.raw(`CREATE TABLE IF NOT EXISTS ${TERMS} (term text PRIMARY KEY) WITHOUT ROWID`).execute(k);
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

/**
 * SQLite: every token the FTS5 table has held (terms of deleted mentions stay; a term without rows costs nothing),
 * so a prefix query can be asked as the OR of its few terms: FTS5 answers `"recall"*` by merging every matching
 * term's whole row list before it can return the newest, but `"recall" OR "recalled"` newest first, stopping at
 * the limit (about 200 times faster over a million mentions).
 */
const TERMS = 'mention_search_terms';

/** Fills the SQLite term list from the FTS5 table (one pass over its vocabulary). */
export async function fillSearchTerms(k: QueryExecutorProvider): Promise<void> {
  if (dialectOfExecutor(k) !== 'sqlite') return;
  await sql.raw(`CREATE TABLE IF NOT EXISTS ${TERMS} (term text PRIMARY KEY) WITHOUT ROWID`).execute(k);
  await sql.raw(`CREATE VIRTUAL TABLE temp.mention_search_vocab USING fts5vocab(main, mention_search, 'row')`).execute(k);
  await sql.raw(`INSERT OR IGNORE INTO ${TERMS} (term) SELECT term FROM temp.mention_search_vocab`).execute(k);
  await sql.raw('DROP TABLE temp.mention_search_vocab').execute(k);
}

/** A prefix query with more terms than this stays a prefix query. */
const MAX_EXPANSION = 64;

/** The query with each prefix phrase replaced by the OR of the phrases of its stored terms, where they are few. */
async function expandPrefixes(k: QueryExecutorProvider, f: IndexQuery): Promise<IndexQuery> {
  if (f.type !== 'phrase') return { type: f.type, children: await Promise.all(f.children.map((c) => expandPrefixes(k, c))) };
  if (!f.prefix) return f;
  const stem = f.tokens[f.tokens.length - 1]!;
  const r = await sql<{ term: string }>`SELECT term FROM ${sql.table(TERMS)} WHERE term >= ${stem} AND term < ${`${stem}\uffff`}
    LIMIT ${MAX_EXPANSION + 1}`.execute(k);
  if (r.rows.length > MAX_EXPANSION) return f;
  // No stored term: a phrase that matches nothing (the stem itself, no longer a prefix).
  const terms = r.rows.length > 0 ? r.rows.map((x) => x.term) : [stem];
  const phrases = terms.map((t): IndexQuery => ({ ...f, tokens: [...f.tokens.slice(0, -1), t], prefix: false }));
  return phrases.length === 1 ? phrases[0]! : { type: 'or', children: phrases };
}

/**
 * SQLite's one FTS5 table holds every workspace, so each row starts with a token naming its workspace: `ω` and the
 * id. Index tokens never hold a raw `ω` (`encodeToken` writes any character outside `[a-z0-9]` and common CJK as
 * `x` + hex), so no mention text can produce it. PostgreSQL's table has a `workspace_id` column instead.
 */
export function workspaceToken(workspaceId: number): string {
  return `\u03c9${workspaceId}`;
}

const ftsInsertTexts = new Map<number, string>();

function ftsInsertText(rows: number): string {
  let text = ftsInsertTexts.get(rows);
  if (text === undefined) {
    text = `INSERT INTO mention_search (rowid, title, text, meta) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}`;
    ftsInsertTexts.set(rows, text);
  }
  return text;
}

/** One mention's index row as stored: SQLite's three FTS5 columns, or PostgreSQL's tsvector literal. */
export type IndexRow =
  | { dialect: 'sqlite'; rowid: number; title: string; text: string; meta: string }
  | { dialect: 'postgres'; mention_id: number; workspace_id: number; positional: 0 | 1; body: string };

export function indexRowOf(dialect: DialectName, r: IndexItem): IndexRow {
  if (dialect === 'sqlite') {
    const c = documentColumns(matchDocumentOf(r.facts), [workspaceToken(r.workspaceId)]);
    return { dialect, rowid: r.mentionId, title: c.title.join(' '), text: c.text.join(' '), meta: c.meta.join(' ') };
  }
  const v = tsvectorOf(documentColumns(matchDocumentOf(r.facts)));
  return { dialect, mention_id: r.mentionId, workspace_id: r.workspaceId, positional: v.positional ? 1 : 0, body: v.literal };
}

/** Adds the index rows' tokens to SQLite's term list. */
export async function recordTerms(k: QueryExecutorProvider, rows: readonly IndexRow[]): Promise<void> {
  const terms = new Set<string>();
  for (const r of rows)
    if (r.dialect === 'sqlite') for (const c of [r.title, r.text, r.meta]) for (const t of c.split(' ')) if (t) terms.add(t);
  if (terms.size === 0) return;
  await sql`INSERT OR IGNORE INTO ${sql.table(TERMS)} (term) SELECT value FROM json_each(${JSON.stringify([...terms])})`.execute(k);
}

export async function indexMentions(k: QueryExecutorProvider, items: readonly IndexItem[]): Promise<void> {
  if (items.length === 0) return;
  const dialect = dialectOfExecutor(k);
  for (let i = 0; i < items.length; i += 400) {
    const part = items.slice(i, i + 400).map((r) => indexRowOf(dialect, r));
    if (dialect === 'sqlite') {
      const parameters: (number | string)[] = [];
      for (const r of part) if (r.dialect === 'sqlite') parameters.push(r.rowid, r.title, r.text, r.meta);
      // One SQL text per part length, kept: compiled once instead of through the query builder for every batch.
      await k.getExecutor().executeQuery(CompiledQuery.raw(ftsInsertText(part.length), parameters));
      await recordTerms(k, part);
    } else {
      const values = sql.join(
        part.map((r) =>
          r.dialect === 'postgres' ? sql`(${r.mention_id}, ${r.workspace_id}, ${r.positional}, ${r.body}::tsvector)` : sql``,
        ),
      );
      await sql`INSERT INTO mention_search (mention_id, workspace_id, positional, body) VALUES ${values} ON CONFLICT (mention_id) DO NOTHING`.execute(
        k,
      );
    }
  }
}

const ftsMatch = (workspaceId: number, filter: IndexQuery) => `"${workspaceToken(workspaceId)}" AND ${fts5Of(filter)}`;
/**
 * One GIN scan with the phrases' tokens ANDed (all a vector without positions can answer), then the phrases
 * themselves checked on the rows that have positions.
 */
function pgMatch(filter: IndexQuery) {
  const all = tsqueryOf(filter, ' & ');
  const phrases = tsqueryOf(filter, ' <-> ');
  if (all === phrases) return sql`body @@ ${all}::tsquery`;
  return sql`(body @@ ${all}::tsquery AND (positional = 0 OR body @@ ${phrases}::tsquery))`;
}

/**
 * Ids of the workspace's indexed mentions satisfying the index query, newest stored first, at most `limit`.
 * PostgreSQL looks in windows of ids from the newest down, each at least 8 times the last, so a common word stops
 * in the first window and a rare one reads its posting list a few times rather than rechecking every candidate.
 */
export async function candidateIds(
  k: QueryExecutorProvider,
  workspaceId: number,
  filter: IndexQuery,
  limit = Number.MAX_SAFE_INTEGER,
): Promise<number[]> {
  if (dialectOfExecutor(k) === 'sqlite') {
    const expanded = await expandPrefixes(k, filter);
    const r = await sql<{ id: number }>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${ftsMatch(workspaceId, expanded)}
      ORDER BY rowid DESC LIMIT ${limit}`.execute(k);
    return r.rows.map((x) => Number(x.id));
  }
  const top = await sql<{ id: number | null }>`SELECT max(mention_id) AS id FROM mention_search`.execute(k);
  const newest = Number(top.rows[0]?.id ?? 0);
  let hi = newest;
  const out: number[] = [];
  const first = limit >= newest ? newest : await firstWindow(k, filter, limit, newest);
  for (let span = first; hi > 0 && out.length < limit; ) {
    const lo = Math.max(0, hi - span);
    // No ORDER BY or LIMIT: either would tempt the planner into reading every row of the window by key.
    const r = await sql<{ id: number }>`SELECT mention_id AS id FROM mention_search WHERE workspace_id = ${workspaceId}
      AND mention_id > ${lo} AND mention_id <= ${hi} AND ${pgMatch(filter)}`.execute(k);
    const found = r.rows.map((x) => Number(x.id)).sort((a, b) => b - a);
    out.push(...found.slice(0, limit - out.length));
    // The next window: 8 times wider, or as wide as the density seen so far says the rest needs (twice over).
    // Nothing yet: the rest in one go (a rare query; its few candidates are cheap to check).
    const needed = out.length > 0 ? ((limit - out.length) / out.length) * (newest - lo) * 2 : hi;
    span = Math.ceil(Math.max(span * 8, Math.min(needed, Number.MAX_SAFE_INTEGER)));
    hi = lo;
  }
  return out;
}

const FIRST_WINDOW = 4096;

/**
 * The first window's width: wide enough, by the planner's estimate of how many rows the query's GIN scan finds,
 * to hold `limit` candidates half as many again. Every window reads the query's posting lists whole, so a rare or middling
 * query (a brand and its issue words) saves the scans of windows too narrow to fill the page; a common word still
 * starts at FIRST_WINDOW.
 */
async function firstWindow(k: QueryExecutorProvider, filter: IndexQuery, limit: number, newest: number): Promise<number> {
  const plan = await sql<{ 'QUERY PLAN': unknown }>`EXPLAIN (FORMAT JSON) SELECT 1 FROM mention_search
    WHERE body @@ ${tsqueryOf(filter, ' & ')}::tsquery`.execute(k);
  const raw = plan.rows[0]?.['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: { 'Plan Rows'?: number } }[] | undefined;
  const estimate = Number(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0);
  const stored = await sql<{ n: number }>`SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'mention_search'::regclass`.execute(k);
  const rows = Number(stored.rows[0]?.n ?? 0);
  // Never analysed (reltuples -1 or 0): no estimate worth the name.
  if (!(estimate > 0) || !(rows > 0)) return FIRST_WINDOW;
  const span = Math.ceil(((1.5 * limit) / Math.min(1, estimate / rows)) * (newest / rows));
  return Math.min(newest, Math.max(FIRST_WINDOW, span));
}

/** Runs of ids at most this far apart are asked for as one id range (FTS5 answers a range fast, an id list slowly). */
const RANGE_GAP = 512;
const MAX_RANGES = 16;

/**
 * Which of `ids` (the workspace's) satisfy the index query; undefined when SQLite would have to look at too many
 * scattered id ranges (the caller then checks the rows itself).
 */
export async function candidatesAmong(
  k: QueryExecutorProvider,
  _workspaceId: number,
  filter: IndexQuery,
  ids: readonly number[],
): Promise<Set<number> | undefined> {
  if (ids.length === 0) return new Set();
  if (dialectOfExecutor(k) === 'postgres') {
    // Ids close together: one range, so the planner ANDs the GIN bitmap with the key range and rechecks only the
    // hits, instead of reading every listed row's vector.
    const lo = Math.min(...ids);
    const hi = Math.max(...ids);
    const where = hi - lo < 4 * ids.length ? sql`mention_id BETWEEN ${lo} AND ${hi}` : sql`mention_id = ANY(${[...ids]}::bigint[])`;
    const r = await sql<{ id: number }>`SELECT mention_id AS id FROM mention_search WHERE ${where} AND ${pgMatch(filter)}`.execute(k);
    const wanted = new Set(ids);
    return new Set(r.rows.map((x) => Number(x.id)).filter((id) => wanted.has(id)));
  }
  const sorted = [...ids].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const id of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && id - last[1] <= RANGE_GAP) last[1] = id;
    else ranges.push([id, id]);
    if (ranges.length > MAX_RANGES) return undefined;
  }
  const wanted = new Set(ids);
  const out = new Set<number>();
  // No workspace token: the ids are the workspace's already, and ANDing the token would read its whole row list.
  const match = fts5Of(await expandPrefixes(k, filter));
  for (const [from, to] of ranges) {
    const r = await sql<{ id: number }>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${match}
      AND rowid BETWEEN ${from} AND ${to}`.execute(k);
    for (const x of r.rows) if (wanted.has(Number(x.id))) out.add(Number(x.id));
  }
  return out;
}

interface StoredRow {
  id: number;
  workspace_id: number;
  title: string;
  text: string;
  author: string | null;
  url: string | null;
  channel: string | null;
  lang: string | null;
  region_label: string | null;
  source_key: string;
}

/** Indexes every stored mention, in batches by id (migrations that create or rebuild the index). */
export async function indexStoredMentions(db: Kysely<unknown>): Promise<void> {
  let after = 0;
  for (;;) {
    const { rows } = await sql<StoredRow>`SELECT m.id, m.workspace_id, m.title, m.text, m.author, m.url, m.channel, m.lang, m.region_label,
        s.key AS source_key FROM mentions m JOIN sources s ON s.id = m.source_id WHERE m.id > ${after} ORDER BY m.id LIMIT 2000`.execute(
      db,
    );
    if (rows.length === 0) return;
    const ids = rows.map((r) => Number(r.id));
    const tags = await sql<{ mention_id: number; value: string }>`SELECT mention_id, value FROM mention_tags
        WHERE kind = 'region' AND mention_id IN (${sql.join(ids)})`.execute(db);
    const regions = new Map<number, string[]>();
    for (const t of tags.rows) regions.set(Number(t.mention_id), [...(regions.get(Number(t.mention_id)) ?? []), t.value]);
    const items: IndexItem[] = rows.map((r) => ({
      mentionId: Number(r.id),
      workspaceId: Number(r.workspace_id),
      facts: {
        title: r.title,
        text: r.text,
        author: r.author,
        sourceKey: r.source_key,
        channel: r.channel,
        lang: r.lang,
        regionLabel: r.region_label,
        regions: regions.get(Number(r.id)) ?? [],
        url: r.url,
      },
    }));
    await indexMentions(db, items);
    after = ids[ids.length - 1]!;
  }
}
