/** Grouping file records into batches of items to accept, keeping the bad lines (with their reasons) beside them. Pure. */
import type { RawItem } from './accept.js';
import type { FileRecord } from './file-record.js';
import { toIncoming } from './to-incoming.js';

export interface LineProblem {
  line: number;
  /** The record's position in a JSON array (1-based), when the file is one. */
  record?: number;
  /** The offending field, or '' when the whole line is unreadable. */
  field: string;
  problem: string;
}

export interface RecordBatch {
  /** The last file line this batch covers. */
  throughLine: number;
  /** Each item's `ref` is its index here: where in the file it came from. */
  items: RawItem[];
  places: Array<{ line: number; record?: number }>;
  problems: LineProblem[];
}

/** Yields a batch every `size` records (good or bad), and the remainder at the end. */
export async function* inBatches(records: AsyncIterable<FileRecord>, size: number, defaultSource?: string): AsyncGenerator<RecordBatch> {
  let batch: RecordBatch = { throughLine: 0, items: [], places: [], problems: [] };
  let n = 0;
  for await (const record of records) {
    add(batch, record, defaultSource);
    if (++n >= size) {
      yield batch;
      batch = { throughLine: 0, items: [], places: [], problems: [] };
      n = 0;
    }
  }
  if (n > 0) yield batch;
}

function add(batch: RecordBatch, record: FileRecord, defaultSource: string | undefined): void {
  batch.throughLine = record.lastLine;
  const place = record.record === undefined ? { line: record.line } : { line: record.line, record: record.record };
  if ('problem' in record) {
    batch.problems.push({ ...place, field: '', problem: record.problem });
    return;
  }
  const mapped = toIncoming(record.value, defaultSource === undefined ? {} : { defaultSource });
  if (mapped.ok) {
    batch.items.push({ ref: batch.places.length, raw: mapped.raw });
    batch.places.push(place);
  } else batch.problems.push({ ...place, field: mapped.field, problem: mapped.problem });
}
