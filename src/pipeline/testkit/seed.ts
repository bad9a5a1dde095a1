/** Test helpers: a workspace, an inbox filled through real intake, test configuration, and a logger whose lines a test can await. */

import type { Config } from '../../config/index.js';
import { loadConfig } from '../../config/index.js';
import { acceptItems } from '../../intake/accept.js';
import { createLogger, type Logger } from '../../log/logger.js';
import type { Db } from '../../store/dialect.js';

export async function seedWorkspace(db: Db, slug = 'ws'): Promise<number> {
  const row = await db.kysely
    .insertInto('workspaces')
    .values({ slug, name: slug, created_at: Date.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Puts `n` items (`source` bulk, external ids `<prefix>0…`) into the inbox. */
export async function fillInbox(
  db: Db,
  workspaceId: number,
  n: number,
  opts: { origin?: string; prefix?: string; now?: number } = {},
): Promise<void> {
  for (let start = 0; start < n; start += 1000) {
    const items = Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({
      ref: start + i,
      raw: { source: 'bulk', externalId: `${opts.prefix ?? 'i'}${start + i}`, text: `第${start + i}条 内容` },
    }));
    await acceptItems(db, { workspaceId, origin: opts.origin ?? 'api', items, ...(opts.now === undefined ? {} : { now: opts.now }) });
  }
}

/** Configuration for tests, from defaults (never the environment) plus overrides; analysis inline unless a test asks for threads. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig({}, { analysisThreads: 0, ...overrides });
}

export interface CapturedLog {
  logger: Logger;
  lines: Record<string, unknown>[];
  /** Resolves with the first line (already written or still to come) that matches. */
  waitFor(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  const logger = createLogger('debug', {
    write(msg: string) {
      const line = JSON.parse(msg) as Record<string, unknown>;
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    },
  });
  return {
    logger,
    lines,
    waitFor(match) {
      const hit = lines.find(match);
      return hit ? Promise.resolve(hit) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}
