/** Grouping file records into batches of items to accept, keeping the bad lines (with their reasons) beside them. Pure. */
import type { RawItem } from './accept.js';
import type { FileRecord } from './file-record.js';
import { toIncoming } from './to-incoming.js';

export interface LineProblem {
  line: number;
  /** The offending field, or '' when the whole line is unreadable. */
  field: string;
  problem: string;
}

export interface RecordBatch {
  /** The last file line this batch covers. */
  throughLine: number;
  items: RawItem[];
  problems: LineProblem[];
}

/** Yields a batch every `size` records (good or bad), and the remainder at the end. */
export async function* inBatches(records: AsyncIterable<FileRecord>, size: number, defaultSource?: string): AsyncGenerator<RecordBatch> {
  let batch: RecordBatch = { throughLine: 0, items: [], problems: [] };
  let n = 0;
  for await (const record of records) {
    add(batch, record, defaultSource);
    if (++n >= size) {
      yield batch;
      batch = { throughLine: 0, items: [], problems: [] };
      n = 0;
    }
  }
  if (n > 0) yield batch;
}

function add(batch: RecordBatch, record: FileRecord, defaultSource: string | undefined): void {
  batch.throughLine = record.lastLine;
  if ('problem' in record) {
    batch.problems.push({ line: record.line, field: '', problem: record.problem });
    return;
  }
  const mapped = toIncoming(record.value, defaultSource === undefined ? {} : { defaultSource });
  if (mapped.ok) batch.items.push({ ref: record.line, raw: mapped.raw });
  else batch.problems.push({ line: record.line, field: mapped.field, problem: mapped.problem });
}
