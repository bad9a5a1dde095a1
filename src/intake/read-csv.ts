/**
 * CSV with a header row, streamed: any charset `readLines` recognises (UTF-8 with or without BOM, UTF-16 with a
 * BOM, GBK/GB18030…), CRLF or LF, quoted fields over several lines. Header names map to item fields (`fieldFor`);
 * unknown columns are ignored with a warning. Each record carries the line it starts on; a row with the wrong
 * number of fields, bytes that are not text, or a quote never closed is reported by its line and the rest still read.
 */
import { csvRows } from './csv-rows.js';
import type { FileRecord, LineCount } from './file-record.js';
import { charsetNote, readLines } from './read-lines.js';
import { fieldFor, type ItemField } from './to-incoming.js';

const maxRecordBytes = 64 * 1024 * 1024;

export async function* readCsv(
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn: (message: string) => void,
): AsyncGenerator<FileRecord> {
  let header: (ItemField | null)[] | undefined;
  const rows = csvRows(
    readLines(input, maxRecordBytes, (c) => warn(charsetNote(c))),
    count,
    {
      maxRecordChars: maxRecordBytes,
      fits: (cells) => header === undefined || cells.length === header.length,
    },
  );
  for await (const row of rows) {
    if ('problem' in row) {
      yield row;
      continue;
    }
    const { line, lastLine, cells } = row;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (!header) {
      header = mapHeader(cells, warn);
      continue;
    }
    if (cells.length !== header.length) {
      yield { line, lastLine, problem: `expected ${header.length} fields as in the header, found ${cells.length}` };
      continue;
    }
    yield { line, lastLine, value: toObject(header, cells) };
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

function toObject(header: (ItemField | null)[], record: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((field, i) => {
    if (field !== null) out[field] = record[i];
  });
  return out;
}
