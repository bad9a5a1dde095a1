/**
 * Cutting a batch's rows or keys into parts of a few fixed lengths, so each query of a batch has one of a few SQL
 * texts: SQLite prepares each once per connection (the driver keeps them) instead of parsing a new statement of
 * thousands of values for every batch.
 */
import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Database } from '../schema.js';
import type { Q } from './executor.js';

/** Parts of `most` items, then the rest in powers of two (1,000 rows by 256: 256, 256, 256, 128, 64, 32, 8). */
export function insertParts<T>(rows: readonly T[], most: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (; rows.length - at >= most; at += most) out.push(rows.slice(at, at + most));
  for (let size = most / 2; size >= 1 && at < rows.length; size = Math.floor(size / 2)) {
    if (rows.length - at >= size) {
      out.push(rows.slice(at, at + size));
      at += size;
    }
  }
  if (at < rows.length) out.push(rows.slice(at));
  return out;
}

/**
 * Parts for an IN list: of `most` keys, the last padded to a power of two (16 at least) with its own last key. A
 * repeated key changes nothing in an IN list.
 */
export function fixedParts<T>(list: readonly T[], most: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += most) {
    const part = list.slice(i, i + most);
    let size = 16;
    while (size < part.length) size *= 2;
    const last = part[part.length - 1] as T;
    while (part.length < Math.min(size, most)) part.push(last);
    out.push(part);
  }
  return out;
}

/** A column value as both drivers bind it. */
export type SqlValue = string | number | bigint | null;

/** Part lengths of `insertValues`: the most rows one statement carries, by columns a row (under both backends' parameter limits). */
function mostRows(columns: number): number {
  let most = 1024;
  while (most > 1 && most * columns > 8192) most /= 2;
  return most;
}

const insertTexts = new Map<string, string>();

/** `INSERT INTO table (columns) VALUES (?, …), … tail` for `rows` rows, written once per shape and kept. */
function insertText(table: string, columns: readonly string[], rows: number, tail: string, postgres: boolean): string {
  const key = `${postgres ? 'p' : 's'}\u0000${table}\u0000${columns.join(',')}\u0000${rows}\u0000${tail}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const groups: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) {
      const marks: string[] = [];
      for (let c = 0; c < columns.length; c++) marks.push(postgres ? `$${++n}` : '?');
      groups.push(`(${marks.join(', ')})`);
    }
    text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${groups.join(', ')}${tail ? ` ${tail}` : ''}`;
    insertTexts.set(key, text);
  }
  return text;
}

/**
 * Inserts rows given as value arrays (in `columns` order) with statements of a few fixed lengths (`insertParts`),
 * compiled here once per shape rather than built through the query builder for every batch: the builder's walk over
 * thousands of values cost more than SQLite's own insert. Returns the rows of a `returning` tail, in order.
 */
export async function insertValues<T extends keyof Database, R = never>(
  k: Q,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly (readonly SqlValue[])[],
  tail = '',
): Promise<R[]> {
  const out: R[] = [];
  if (rows.length === 0) return out;
  const postgres = k.getExecutor().adapter instanceof PostgresAdapter;
  for (const part of insertParts(rows, mostRows(columns.length))) {
    const parameters: SqlValue[] = [];
    for (const row of part) {
      if (row.length !== columns.length) throw new Error(`a row of ${row.length} values for ${columns.length} columns of ${table}`);
      for (const v of row) parameters.push(v);
    }
    const result = await k.executeQuery<R>(CompiledQuery.raw(insertText(table, columns, part.length, tail, postgres), parameters));
    for (const r of result.rows) out.push(r);
  }
  return out;
}
