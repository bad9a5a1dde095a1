/**
 * Importing a JSONL or CSV file, streamed in constant memory: read records → group into batches → accept each
 * batch into the inbox → report its bad lines and acknowledge it. A batch is acknowledged only after its
 * transaction committed, so every line up to an acknowledged `throughLine` survives a crash.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { intakeItems } from '../metrics/registry.js';
import type { Db } from '../store/dialect.js';
import { acceptItems } from './accept.js';
import { inBatches, type LineProblem, type RecordBatch } from './batch-records.js';
import type { FileFormat, FileRecord, LineCount } from './file-record.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';

export type { LineProblem } from './batch-records.js';

export interface ImportOptions {
  path: string;
  format: FileFormat;
  workspaceId: number;
  /** Source key for items that name none. */
  defaultSource?: string;
  /** Lines (records) per committed batch. */
  batchSize: number;
  now?: () => number;
  /** Reads records in a format of its own (e.g. MediaCrawler exports), already in the incoming-item shape; replaces the JSONL/CSV reader. */
  readRecords?: (input: AsyncIterable<Uint8Array>, count: LineCount, warn: (message: string) => void) => AsyncIterable<FileRecord>;
}

export interface ImportAck {
  ack: true;
  throughLine: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface ImportSummary {
  done: true;
  lines: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface ImportReporter {
  /** Called once per batch, after its commit. */
  ack(ack: ImportAck): void;
  /** Called for each bad line of a batch, in line order, before the batch's ack. */
  rejected(problem: LineProblem): void;
  warning(message: string): void;
}

/** The database refused a batch: the file was fine up to there, and a re-run skips the lines already stored. */
export class ImportStoreError extends Error {
  constructor(storedThrough: number, throughLine: number, cause: unknown) {
    super(
      `could not store lines ${storedThrough + 1}–${throughLine} (${cause instanceof Error ? cause.message : String(cause)}); ` +
        `${storedThrough > 0 ? `every line through ${storedThrough} is stored, and` : 'nothing was stored;'} running the import again skips what is stored`,
    );
    this.name = 'ImportStoreError';
  }
}

/** Throws when the file cannot be opened or read, or an `ImportStoreError` when a batch cannot be stored; bad lines are reported and skipped. */
export async function importFile(db: Db, opts: ImportOptions, reporter: ImportReporter): Promise<ImportSummary> {
  const file = await open(opts.path, 'r');
  try {
    const count: LineCount = { lines: 0 };
    const input = file.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false });
    const records = opts.readRecords
      ? opts.readRecords(input, count, reporter.warning)
      : opts.format === 'csv'
        ? readCsv(input, count, reporter.warning)
        : readJsonl(input, count, reporter.warning);
    const origin = `import:${basename(opts.path)}`;
    const summary: ImportSummary = { done: true, lines: 0, accepted: 0, duplicates: 0, rejected: 0 };

    let stored = 0;
    for await (const batch of inBatches(records, opts.batchSize, opts.defaultSource)) {
      const target = { workspaceId: opts.workspaceId, origin, now: opts.now?.() ?? Date.now() };
      const ack = await acceptBatch(db, batch, target, reporter).catch((err: unknown) => {
        throw new ImportStoreError(stored, batch.throughLine, err);
      });
      stored = ack.throughLine;
      reporter.ack(ack);
      summary.accepted += ack.accepted;
      summary.duplicates += ack.duplicates;
      summary.rejected += ack.rejected;
    }
    summary.lines = count.lines;
    return summary;
  } finally {
    await file.close();
  }
}

/** Commits one batch to the inbox, then reports its bad lines (file-level and validation problems, in line order). */
async function acceptBatch(
  db: Db,
  batch: RecordBatch,
  target: { workspaceId: number; origin: string; now: number },
  reporter: ImportReporter,
): Promise<ImportAck> {
  const result =
    batch.items.length > 0 ? await acceptItems(db, { ...target, items: batch.items }) : { accepted: 0, duplicates: 0, rejected: [] };
  const problems = [
    ...batch.problems,
    ...result.rejected.map((r) => ({ ...(batch.places[r.ref] ?? { line: 0 }), field: r.field, problem: r.problem })),
  ];
  for (const p of problems.sort((a, b) => a.line - b.line || (a.record ?? 0) - (b.record ?? 0))) reporter.rejected(p);
  intakeItems.inc({ result: 'accepted', origin: 'import' }, result.accepted);
  intakeItems.inc({ result: 'duplicate', origin: 'import' }, result.duplicates);
  intakeItems.inc({ result: 'rejected', origin: 'import' }, problems.length);
  return { ack: true, throughLine: batch.throughLine, accepted: result.accepted, duplicates: result.duplicates, rejected: problems.length };
}

/** One line for a person: `line 12: url: expected an http(s) URL`, or `record 3 (line 1): …` in a JSON array. */
export function describeProblem(p: LineProblem): string {
  const where = p.record === undefined ? `line ${p.line}` : `record ${p.record} (line ${p.line})`;
  return p.field === '' || p.field === '(item)' ? `${where}: ${p.problem}` : `${where}: ${p.field}: ${p.problem}`;
}
