/**
 * What the file readers yield: one record with the lines it spans, or the reason those lines could not be read.
 * `record` is the record's 1-based position in a JSON array, so records sharing a line can be told apart.
 */

export type FileRecord =
  | { line: number; lastLine: number; record?: number; value: Record<string, unknown> }
  | { line: number; lastLine: number; record?: number; problem: string };

/** Lines read so far; readers update it so the importer can report the total. */
export interface LineCount {
  lines: number;
}

export type FileFormat = 'jsonl' | 'csv';

export const fileFormats: readonly FileFormat[] = ['jsonl', 'csv'];

/** The format a file name suggests, or null when the name says nothing. */
export function formatFromName(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  if (/\.(jsonl|ndjson|json)$/.test(lower)) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}
