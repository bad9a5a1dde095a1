/**
 * One collection pass of one source, top to bottom: load state → the type's `collect` → durable intake →
 * store the new state and health → wake the pipeline. Every failure becomes the source's last error in plain
 * words; nothing thrown here escapes to other sources.
 */

import type { CollectContext, SourceState } from '../collect/source-type.js';
import { sourceTypeOf } from '../collect/sources/index.js';
import type { Config } from '../config/index.js';
import { type IncomingItem, parseTimeInput } from '../domain/incoming-item.js';
import type { HttpClient } from '../http/index.js';
import { isHttpError } from '../http/index.js';
import { acceptItems } from '../intake/accept.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { activeTopicQueries, type DueSource, recordPass } from '../store/queries/collection.js';
import { type IntervalPolicy, type PassOutcome, planNext, type Schedule } from './adaptive.js';
import { describeError, logRefusedAddress } from './describe-error.js';
import { intervalLimits } from './host-floor.js';
import { topicKeywords } from './keywords.js';

export interface CollectDeps {
  db: Db;
  config: Pick<
    Config,
    | 'collectMinIntervalSeconds'
    | 'collectHostFloors'
    | 'collectMaxIntervalSeconds'
    | 'collectTargetItemsPerPass'
    | 'collectBackoffMaxSeconds'
    | 'collectLeaseSeconds'
    | 'rsshubBaseUrl'
  >;
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
  /** The effective interval after this pass (a failure leaves it as it was and waits `nextCheckAt` out). */
  intervalSeconds: number;
  nextCheckAt: number;
}

export async function collectOnce(deps: CollectDeps, source: DueSource): Promise<PassReport> {
  const started = deps.now();
  const type = sourceTypeOf(source.kind);
  let outcome: PassOutcome;
  let report: Omit<PassReport, 'nextCheckAt' | 'intervalSeconds'>;
  let state: SourceState | undefined;
  let backlog: number[] = [];
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
    if (source.rateAt === null) backlog = publicationTimes(result.items);
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
    // A 304 is zero new items over the time since the last pass.
    outcome = { ok: true, newItems: result.notModified === true ? 0 : accepted.accepted };
  } catch (err) {
    logRefusedAddress(deps.logger, err);
    const error = leaseLimit.aborted
      ? `the pass took longer than ${Math.round(deps.config.collectLeaseSeconds * 0.9)} s (90 % of its lease) and was stopped`
      : describeError(err);
    report = { sourceId: source.id, ok: false, collected: 0, accepted: 0, duplicates: 0, rejected: 0, notModified: false, error };
    const retryAfterMs = isHttpError(err) ? err.retryAfterMs : undefined;
    outcome = { ok: false, consecutiveFailures: source.consecutiveFailures + 1, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  const now = deps.now();
  const { intervalSeconds, nextCheckAt: next, rate } = schedule(deps, source, outcome, now, backlog);
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
    ...(rate ? { rate } : {}),
    ...(report.accepted > 0 ? { lastNewItemAt: now } : {}),
  });
  const level = report.ok ? 'info' : 'warn';
  deps.logger[level](
    { source: source.id, kind: source.kind, ...report, intervalSeconds, nextCheckAt: next, ms: now - started, leaseKept: kept },
    'collection pass',
  );
  return { ...report, intervalSeconds, nextCheckAt: next };
}

function publicationTimes(items: IncomingItem[]): number[] {
  return items.flatMap((i) => {
    const t = i.publishedAt === undefined ? null : parseTimeInput(i.publishedAt);
    return t === null ? [] : [t];
  });
}

function schedule(deps: CollectDeps, source: DueSource, outcome: PassOutcome, now: number, backlog: number[]): Schedule {
  const limits = intervalLimits(source.kind, parseJson(source.config), source.intervalSetting, deps.config);
  const policy: IntervalPolicy = {
    floorSeconds: limits?.floorSeconds ?? deps.config.collectMinIntervalSeconds,
    setting: source.intervalSetting,
    defaultSeconds: limits?.defaultSeconds ?? 1800,
    maxSeconds: deps.config.collectMaxIntervalSeconds,
    targetItems: deps.config.collectTargetItemsPerPass,
  };
  return planNext({
    policy,
    backoffCapSeconds: deps.config.collectBackoffMaxSeconds,
    rate: source.rate,
    rateAt: source.rateAt,
    lastNewItemAt: source.lastNewItemAt,
    failuresBefore: source.consecutiveFailures,
    backlog,
    intervalSeconds: source.intervalSeconds,
    outcome,
    now,
    random: deps.random,
  });
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
