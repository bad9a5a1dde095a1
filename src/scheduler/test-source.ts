/** "Fetch now": one pass of a source's type with the given settings, storing nothing, returning what would be collected or the error. */

import { sourceTypeOf } from '../collect/sources/index.js';
import type { Config } from '../config/index.js';
import type { IncomingItem } from '../domain/incoming-item.js';
import type { HttpClient } from '../http/index.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { activeTopicQueries } from '../store/queries/collection.js';
import { describeIssue, readState } from './collect-once.js';
import { describeError, logRefusedAddress } from './describe-error.js';
import { topicKeywords } from './keywords.js';

export interface TrialResult {
  ok: boolean;
  items: IncomingItem[];
  notModified: boolean;
  error?: string;
  note?: string;
  elapsedMs: number;
}

export interface TrialInput {
  workspaceId: number;
  kind: string;
  config: unknown;
  /** The stored state; tests usually run without it, to see everything the source offers now. */
  state?: string;
}

export async function trySource(
  deps: { db: Db; config: Pick<Config, 'rsshubBaseUrl'>; logger: Logger; http: HttpClient; now: () => number },
  input: TrialInput,
): Promise<TrialResult> {
  const started = deps.now();
  const done = (r: Omit<TrialResult, 'elapsedMs'>): TrialResult => ({ ...r, elapsedMs: deps.now() - started });
  const type = sourceTypeOf(input.kind);
  if (!type) return done({ ok: false, items: [], notModified: false, error: `no source type "${input.kind}"` });
  const config = type.configSchema.safeParse(input.config);
  if (!config.success) return done({ ok: false, items: [], notModified: false, error: describeIssue(config.error.issues[0]) });
  try {
    const r = await type.collect(config.data, {
      http: deps.http,
      now: deps.now,
      logger: deps.logger,
      state: input.state ? readState(input.state) : {},
      keywords: topicKeywords(await activeTopicQueries(deps.db.kysely, input.workspaceId)),
      rsshubBaseUrl: deps.config.rsshubBaseUrl,
    });
    return done({ ok: true, items: r.items, notModified: r.notModified === true, ...(r.note ? { note: r.note } : {}) });
  } catch (err) {
    logRefusedAddress(deps.logger, err);
    return done({ ok: false, items: [], notModified: false, error: describeError(err) });
  }
}
