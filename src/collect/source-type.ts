/**
 * What every kind of source implements. A source type is one folder under `sources/` with an
 * `index.ts` exporting a `SourceType`; the registry in `sources/index.ts` lists them, one line
 * each. A collector never writes to the database: it returns items, and the scheduler passes
 * them to durable intake and stores the new state and health.
 */
import type { z } from 'zod';
import type { IncomingItem } from '../domain/incoming-item.js';
import type { HttpClient } from '../http/index.js';
import type { Logger } from '../log/logger.js';

/** What a source remembers between passes: validators for conditional GET, and a cursor of its own. */
export interface SourceState {
  etag?: string | null;
  lastModified?: string | null;
  /** Type-specific position (newest id seen, a since-timestamp, a page token). JSON-serialisable. */
  cursor?: unknown;
}

export interface CollectContext {
  http: HttpClient;
  now(): number;
  logger: Logger;
  signal?: AbortSignal;
  /** The state stored after the previous pass (empty on the first). */
  state: SourceState;
  /** The workspace's active topics' positive keywords, for search-type sources that build queries from them. */
  keywords: string[];
  /** Base URL of the RSSHub instance from config, for `rsshub://` addresses. */
  rsshubBaseUrl: string;
}

export interface CollectResult {
  items: IncomingItem[];
  state: SourceState;
  /** True when the server answered 304 Not Modified. */
  notModified?: boolean;
  /** A plain-words remark for the source's health (e.g. "feed cut to 10,000 items"). */
  note?: string;
}

export interface SourceType<Config = unknown> {
  /** Stored in `sources.kind`: feed, site, sitemap, search, rsshub, mastodon, bluesky, reddit, hackernews… */
  kind: string;
  label: { zh: string; en: string };
  /** Validates a source's config as stored in `sources.config` (JSON); errors name the field. */
  configSchema: z.ZodType<Config>;
  /** Suggested interval between passes, in seconds; the scheduler adapts within its bounds. */
  defaultIntervalSeconds: number;
  /** One collection pass. Throws an HttpError or CollectError (or a plain Error) whose message is shown as the source's last error. */
  collect(config: Config, ctx: CollectContext): Promise<CollectResult>;
}
