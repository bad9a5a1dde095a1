/**
 * MediaCrawler CSV (usually UTF-8 with a BOM and CRLF; any charset the file import recognises) as records keyed by
 * its own header names, with their lines. The same line reader and CSV rows as the plain file import, so a bad
 * byte or a stray quote costs one row, reported by its line, and the rest still goes in.
 */
import { csvRows } from '../../intake/csv-rows.js';
import type { FileRecord, LineCount } from '../../intake/file-record.js';
import { charsetNote, readLines } from '../../intake/read-lines.js';

const maxRecordBytes = 64 * 1024 * 1024;

export async function* readCsvRaw(
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn?: (message: string) => void,
): AsyncGenerator<FileRecord> {
  let header: string[] | undefined;
  const rows = csvRows(readLines(input, maxRecordBytes, warn ? (c) => warn(charsetNote(c)) : undefined), count, {
    maxRecordChars: maxRecordBytes,
    fits: (cells) => header === undefined || cells.length === header.length,
  });
  for await (const row of rows) {
    if ('problem' in row) {
      yield row;
      continue;
    }
    const { line, lastLine, cells } = row;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (!header) {
      header = cells.map((h) => h.trim());
      continue;
    }
    if (cells.length !== header.length) {
      yield { line, lastLine, problem: `expected ${header.length} fields as in the header, found ${cells.length}` };
      continue;
    }
    const value: Record<string, unknown> = {};
    header.forEach((name, i) => {
      value[name] = cells[i];
    });
    yield { line, lastLine, value };
  }
}
