/**
 * One collection pass of one source, top to bottom: load state → the type's `collect` → durable intake →
 * store the new state and health → wake the pipeline. Every failure becomes the source's last error in plain
 * words; nothing thrown here escapes to other sources.
 */

import type { CollectContext, SourceState } from '../collect/source-type.js';
import { sourceTypeOf } from '../collect/sources/index.js';
import type { Config } from '../config/index.js';
import type { HttpClient } from '../http/index.js';
import { isHttpError } from '../http/index.js';
import { acceptItems } from '../intake/accept.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { activeTopicQueries, type DueSource, recordPass } from '../store/queries/collection.js';
import { nextCheckAt, nextInterval, type PassOutcome } from './adaptive.js';
import { describeError, logRefusedAddress } from './describe-error.js';
import { topicKeywords } from './keywords.js';

export interface CollectDeps {
  db: Db;
  config: Pick<Config, 'collectMinIntervalSeconds' | 'collectMaxIntervalSeconds' | 'collectLeaseSeconds' | 'rsshubBaseUrl'>;
  logger: Logger;
  workerId: string;
  now: () => number;
  random: () => number;
  /** The client for this source (per-host gate, robots.txt for crawled kinds). */
  httpFor: (kind: string) => HttpClient;
  onItemsAccepted?: () => void;
  signal?: AbortSignal;
}

export interface PassReport {
  sourceId: number;
  ok: boolean;
  collected: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  notModified: boolean;
  error?: string;
  note?: string;
  nextCheckAt: number;
}

export async function collectOnce(deps: CollectDeps, source: DueSource): Promise<PassReport> {
  const started = deps.now();
  const type = sourceTypeOf(source.kind);
  const interval = source.intervalSeconds ?? type?.defaultIntervalSeconds ?? 1800;
  let outcome: PassOutcome;
  let report: Omit<PassReport, 'nextCheckAt'>;
  let state: SourceState | undefined;
  // A pass never outlives its lease, so no other process can start on the source while this one still runs.
  const leaseLimit = AbortSignal.timeout(Math.max(1000, deps.config.collectLeaseSeconds * 900));
  const signal = deps.signal ? AbortSignal.any([deps.signal, leaseLimit]) : leaseLimit;
  try {
    if (!type) throw new Error(`no source type "${source.kind}"`);
    const config = type.configSchema.safeParse(parseJson(source.config));
    if (!config.success) throw new Error(`the source's settings are invalid: ${describeIssue(config.error.issues[0])}`);
    const ctx: CollectContext = {
      http: deps.httpFor(source.kind),
      now: deps.now,
      logger: deps.logger,
      state: readState(source.state),
      keywords: topicKeywords(await activeTopicQueries(deps.db.kysely, source.workspaceId)),
      rsshubBaseUrl: deps.config.rsshubBaseUrl,
      signal,
    };
    const result = await type.collect(config.data, ctx);
    // Items carry the source row's key, so mentions attach to this source whatever the collector called it.
    const items = result.items.map((item, i) => ({ ref: i, raw: { ...item, source: source.key } }));
    const accepted = await acceptItems(deps.db, { workspaceId: source.workspaceId, origin: `source:${source.id}`, items, now: deps.now() });
    if (accepted.accepted > 0) deps.onItemsAccepted?.();
    state = result.state;
    const rejectedNote = accepted.rejected.length > 0 ? `${accepted.rejected.length} item(s) refused by intake` : undefined;
    const note = [result.note, rejectedNote].filter(Boolean).join('; ') || undefined;
    report = {
      sourceId: source.id,
      ok: true,
      collected: result.items.length,
      accepted: accepted.accepted,
      duplicates: accepted.duplicates,
      rejected: accepted.rejected.length,
      notModified: result.notModified === true,
      ...(note ? { note } : {}),
    };
    outcome = { ok: true, newItems: accepted.accepted, notModified: result.notModified === true };
  } catch (err) {
    logRefusedAddress(deps.logger, err);
    const error = leaseLimit.aborted
      ? `the pass took longer than ${Math.round(deps.config.collectLeaseSeconds * 0.9)} s (90 % of its lease) and was stopped`
      : describeError(err);
    report = { sourceId: source.id, ok: false, collected: 0, accepted: 0, duplicates: 0, rejected: 0, notModified: false, error };
    const retryAfterMs = isHttpError(err) ? err.retryAfterMs : undefined;
    outcome = { ok: false, consecutiveFailures: source.consecutiveFailures + 1, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  const bounds = { minSeconds: deps.config.collectMinIntervalSeconds, maxSeconds: deps.config.collectMaxIntervalSeconds };
  const intervalSeconds = nextInterval(interval, outcome, bounds);
  const now = deps.now();
  const next = nextCheckAt(now, intervalSeconds, deps.random);
  const kept = await recordPass(deps.db.kysely, {
    id: source.id,
    workerId: deps.workerId,
    now,
    ok: report.ok,
    ...(state ? { state: JSON.stringify(state) } : {}),
    error: report.error ?? null,
    note: report.note ?? null,
    itemCount: report.accepted,
    intervalSeconds,
    nextCheckAt: next,
    consecutiveFailures: report.ok ? 0 : source.consecutiveFailures + 1,
  });
  const level = report.ok ? 'info' : 'warn';
  deps.logger[level]({ source: source.id, kind: source.kind, ...report, ms: now - started, leaseKept: kept }, 'collection pass');
  return { ...report, nextCheckAt: next };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

export function readState(text: string): SourceState {
  const v = parseJson(text);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as SourceState) : {};
}

export function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
