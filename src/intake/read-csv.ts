/**
 * CSV with a header row, streamed: any charset `readLines` recognises (UTF-8 with or without BOM, UTF-16 with a
 * BOM, GBK/GB18030…), CRLF or LF, quoted fields over several lines. For the file import header names map to item
 * fields (`fieldFor`), unknown columns ignored with a warning; MediaCrawler exports keep their own names (`readCsvRecords`).
 * Each record carries the line it starts on; a row with the wrong
 * number of fields, bytes that are not text, or a quote never closed is reported by its line and the rest still read.
 */
import { csvRows } from './csv-rows.js';
import type { FileRecord, LineCount } from './file-record.js';
import { charsetNote, readLines } from './read-lines.js';
import { fieldFor, type ItemField } from './to-incoming.js';

const maxRecordBytes = 64 * 1024 * 1024;

/** Records keyed by the file import's item fields (`fieldFor`); an unknown or repeated column is ignored with a warning. */
export function readCsv(input: AsyncIterable<Uint8Array>, count: LineCount, warn: (message: string) => void): AsyncGenerator<FileRecord> {
  return readCsvRecords(input, count, warn, (cells) => mapHeader(cells, warn));
}

/**
 * Records keyed by what `header` makes of the header row's cells (`null`: the column is left out); the first row
 * that is not blank is the header. `warn` hears which charset a file that is not UTF-8 was read in.
 */
export async function* readCsvRecords(
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn: ((message: string) => void) | undefined,
  header: (cells: string[]) => (string | null)[],
): AsyncGenerator<FileRecord> {
  let keys: (string | null)[] | undefined;
  const rows = csvRows(readLines(input, maxRecordBytes, warn ? (c) => warn(charsetNote(c)) : undefined), count, {
    maxRecordChars: maxRecordBytes,
    fits: (cells) => keys === undefined || cells.length === keys.length,
  });
  for await (const row of rows) {
    if ('problem' in row) {
      yield row;
      continue;
    }
    const { line, lastLine, cells } = row;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (!keys) {
      keys = header(cells);
      continue;
    }
    if (cells.length !== keys.length) {
      yield { line, lastLine, problem: `expected ${keys.length} fields as in the header, found ${cells.length}` };
      continue;
    }
    yield { line, lastLine, value: toObject(keys, cells) };
  }
}

function mapHeader(cells: string[], warn: (message: string) => void): (ItemField | null)[] {
  const seen = new Set<ItemField>();
  return cells.map((cell) => {
    const field = fieldFor(cell);
    if (field === null) warn(`column "${cell}" is not an item field; ignored`);
    else if (seen.has(field)) warn(`column "${cell}" repeats the field ${field}; ignored`);
    else {
      seen.add(field);
      return field;
    }
    return null;
  });
}

function toObject(header: (string | null)[], record: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((field, i) => {
    if (field !== null) out[field] = record[i];
  });
  return out;
}
