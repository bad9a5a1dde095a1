/**
 * CSV with a header row, streamed through csv-parse: UTF-8 with or without BOM, CRLF or LF, quoted fields
 * over several lines. Header names map to item fields (`fieldFor`); unknown columns are ignored with a warning.
 * Each record carries the line it starts on; a row with the wrong number of fields is reported, not fatal.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { FileRecord, LineCount } from './file-record.js';
import { fieldFor, type ItemField } from './to-incoming.js';

const maxRecordBytes = 64 * 1024 * 1024;

interface Skipped {
  skipped: string;
  lines: number | undefined;
}

export async function* readCsv(
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn: (message: string) => void,
): AsyncGenerator<FileRecord> {
  const parser = parse({
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    max_record_size: maxRecordBytes,
    skip_records_with_error: true,
    // A skipped record goes into the output in order, so its line can be reported where it happened.
    on_skip: (err) => {
      parser.push({
        skipped: err?.message ?? 'unreadable record',
        lines: typeof err?.lines === 'number' ? err.lines : undefined,
      } satisfies Skipped);
      return undefined;
    },
  });
  Readable.from(unixLines(input))
    .on('error', (err) => parser.destroy(err))
    .pipe(parser);

  let header: (ItemField | null)[] | undefined;
  let lastLine = 0;
  for await (const out of parser as AsyncIterable<unknown>) {
    const line = lastLine + 1;
    if (isSkipped(out)) {
      lastLine = Math.max(line, out.lines ?? line);
      count.lines = lastLine;
      yield { line, lastLine, problem: describeSkip(out.skipped) };
      continue;
    }
    const { record, lines } = recordOf(out);
    lastLine = lines;
    count.lines = lastLine;
    if (record.every((cell) => cell.trim() === '')) continue;
    if (!header) {
      header = mapHeader(record, warn);
      continue;
    }
    if (record.length !== header.length) {
      yield { line, lastLine, problem: `expected ${header.length} fields as in the header, found ${record.length}` };
      continue;
    }
    yield { line, lastLine, value: toObject(header, record) };
  }
}

/** Decodes UTF-8 (BOM dropped) and turns CRLF into LF, so csv-parse counts lines the way editors do. */
async function* unixLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pendingCr = false;
  const convert = (text: string): string => {
    let s = pendingCr ? `\r${text}` : text;
    pendingCr = s.endsWith('\r');
    if (pendingCr) s = s.slice(0, -1);
    return s.replace(/\r\n/g, '\n');
  };
  try {
    for await (const chunk of input) yield convert(decoder.decode(chunk, { stream: true }));
    const rest = convert(decoder.decode());
    yield pendingCr ? `${rest}\r` : rest;
  } catch (err) {
    if (err instanceof TypeError) throw new Error('the file is not valid UTF-8 text (convert it to UTF-8 first)');
    throw err;
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

function describeSkip(message: string): string {
  if (/quote not closed/i.test(message)) return 'a quoted field is never closed, so the rest of the file could not be read';
  if (/max_record_size|maximum record size/i.test(message))
    return 'a record larger than 64 MB (an unclosed quote?); the rest of the file could not be read';
  return message;
}

function isSkipped(value: unknown): value is Skipped {
  return typeof value === 'object' && value !== null && 'skipped' in value;
}

function recordOf(value: unknown): { record: string[]; lines: number } {
  const v = value as { record?: unknown; info?: { lines?: unknown } };
  if (!Array.isArray(v.record) || typeof v.info?.lines !== 'number') throw new Error('unexpected output from the CSV parser');
  return { record: v.record.map(String), lines: v.info.lines };
}
