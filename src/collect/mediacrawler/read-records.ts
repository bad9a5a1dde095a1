/**
 * Reading a MediaCrawler export (a `.json` array, `.jsonl`, or `.csv`) as file records already in the incoming-item
 * shape, ready for the file import: each record mapped by `mapRecord`, an unmappable one reported by its line.
 */
import { decodeWith } from '../../decode/charset.js';
import { fileCharset } from '../../decode/file-charset.js';
import type { FileRecord, LineCount } from '../../intake/file-record.js';
import { readCsvRecords } from '../../intake/read-csv.js';
import { readJsonl } from '../../intake/read-jsonl.js';
import { charsetNote } from '../../intake/read-lines.js';
import { type MapOptions, mapRecord } from './map-record.js';
import { readJsonArray } from './read-json-array.js';

export type MediaCrawlerFormat = 'json' | 'jsonl' | 'csv';

/** Largest `.json` array read into memory at once (JSONL and CSV stream). */
const maxJsonBytes = 512 * 1024 * 1024;

export function formatOfMediaCrawlerFile(path: string): MediaCrawlerFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  return lower.endsWith('.json') ? 'json' : null;
}

export function mediaCrawlerReader(format: MediaCrawlerFormat, opts: MapOptions) {
  return (input: AsyncIterable<Uint8Array>, count: LineCount, warn: (message: string) => void): AsyncIterable<FileRecord> =>
    mapped(raw(format, input, count, warn), { ...opts, warn: limitWarnings(warn) });
}

async function* raw(
  format: MediaCrawlerFormat,
  input: AsyncIterable<Uint8Array>,
  count: LineCount,
  warn: (message: string) => void,
): AsyncGenerator<FileRecord> {
  // MediaCrawler CSV: usually UTF-8 with a BOM and CRLF, keyed by its own header names (mapped by `mapRecord`).
  if (format === 'csv') return yield* readCsvRecords(input, count, warn, (cells) => cells.map((h) => h.trim()));
  if (format === 'jsonl') return yield* readJsonl(input, count, warn);
  // `.json` is an array in MediaCrawler's output, but some versions and tools write JSON Lines under that name.
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += chunk.length;
    if (size > maxJsonBytes) throw new Error('a .json array larger than 512 MB; convert it to JSON Lines (.jsonl) first');
    chunks.push(Buffer.from(chunk));
  }
  const bytes = Buffer.concat(chunks);
  const charset = fileCharset(bytes.subarray(0, 64 * 1024));
  if (charset.charset !== 'utf-8') warn(charsetNote(charset));
  const text = decodeWith(bytes.subarray(charset.bomLength), charset.charset);
  if (/^\uFEFF?\s*\[/.test(text)) return yield* readJsonArray(text, count);
  yield* readJsonl(
    (async function* () {
      yield Buffer.from(text);
    })(),
    count,
  );
}

async function* mapped(records: AsyncIterable<FileRecord>, opts: MapOptions): AsyncGenerator<FileRecord> {
  for await (const r of records) {
    if ('problem' in r) {
      yield r;
      continue;
    }
    const m = mapRecord(r.value, opts);
    // A corrected time is noted on the item; the person importing sees it too.
    const where = r.record === undefined ? `line ${r.line}` : `record ${r.record} (line ${r.line})`;
    if (m.ok) for (const note of m.item.notes ?? []) opts.warn?.(`${where}: ${note}`);
    const place =
      r.record === undefined ? { line: r.line, lastLine: r.lastLine } : { line: r.line, lastLine: r.lastLine, record: r.record };
    yield m.ok ? { ...place, value: m.item } : { ...place, problem: fieldProblem(m) };
  }
}

function fieldProblem(m: { field: string; problem: string }): string {
  return m.field ? `${m.field}: ${m.problem}` : m.problem;
}

/** The first 20 warnings, then one saying more were left out. */
function limitWarnings(warn: (message: string) => void): (message: string) => void {
  let n = 0;
  return (message) => {
    n++;
    if (n <= 20) warn(message);
    else if (n === 21) warn('more warnings left out');
  };
}
