/** What one batch did, for the log line and the metrics. */
import { pipelineItems } from '../metrics/registry.js';
import type { ItemOutcome } from './commit.js';

export interface BatchReport {
  workerId: string;
  claimed: number;
  /** Inbox ids this worker finished (stored, or already stored before). */
  done: number[];
  stored: number;
  duplicates: number;
  retried: number[];
  failed: number[];
  /** Inbox ids whose lease another worker took over before we finished; nothing was written for them. */
  lost: number[];
  errors: { id: number; error: string }[];
}

export function summarise(workerId: string, claimed: number, outcomes: ItemOutcome[]): BatchReport {
  const ids = (o: ItemOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).map((x) => x.id);
  const stored = ids('stored');
  const duplicates = ids('duplicate');
  return {
    workerId,
    claimed,
    done: [...stored, ...duplicates].sort((a, b) => a - b),
    stored: stored.length,
    duplicates: duplicates.length,
    retried: ids('retried'),
    failed: ids('failed'),
    lost: ids('lost'),
    errors: outcomes.flatMap((o) => (o.error === undefined ? [] : [{ id: o.id, error: o.error }])),
  };
}

export function countReport(report: BatchReport): void {
  if (report.stored > 0) pipelineItems.inc({ result: 'stored' }, report.stored);
  if (report.duplicates > 0) pipelineItems.inc({ result: 'duplicate' }, report.duplicates);
  if (report.retried.length > 0) pipelineItems.inc({ result: 'retried' }, report.retried.length);
  if (report.failed.length > 0) pipelineItems.inc({ result: 'failed' }, report.failed.length);
}
