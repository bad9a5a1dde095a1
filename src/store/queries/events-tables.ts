/** The tables and columns migration 0013 adds (events, their clustering state, corrections and pins), for the query builder. */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Q } from './executor.js';

export interface EventsTable {
  workspace_id: number;
  /** Numbered within the workspace (clustering's `e<id>`). */
  id: number;
  /** The most representative mention's title. */
  title: string;
  /** The analyst's title (rename), which is shown instead. */
  title_set: string | null;
  status: string;
  /** 1 while clustering still holds it (it takes new mentions). */
  open: number;
  /** 1 once an analyst corrected it. */
  pinned: Generated<number>;
  merged_into: number | null;
  mention_count: number;
  last_hour: Generated<number>;
  first_at: number;
  last_at: number;
  origin_mention_id: number | null;
  /** JSON: the centroid, [term, weight][] heaviest first. */
  terms: string;
  /** JSON: string[]. */
  keywords: string;
  severity_level: number | null;
  severity_score: number | null;
  /** JSON: { assessment, facts } as scored (explained in the asked language when read). */
  severity_factors: string | null;
  /** JSON: [at, level][] of computed level changes, oldest first. */
  severity_history: string;
  /** The override if any, else the computed level (what lists filter and sort by). */
  shown_level: number | null;
  override_level: number | null;
  override_reason: string | null;
  override_by: number | null;
  override_at: number | null;
  /** Mention count and time when title, keywords, severity and status were last computed. */
  described_count: Generated<number>;
  described_at: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface EventStateTable {
  workspace_id: number;
  /** The highest mention id clustering has seen. */
  last_mention_id: number;
  next_event: number;
  docs: number;
  /** JSON: the stream's document frequencies (saved now and then; a statistic, so a stale copy only weighs a little differently). */
  df: string;
  df_docs: number;
  /** Bumped by every write to the workspace's events, so a worker's copy of the state knows it is current. */
  version: number;
  /** Mentions assigned since the last periodic pass. */
  since_pass: number;
  updated_at: number;
}

export interface EventCorrectionsTable {
  id: Generated<number>;
  workspace_id: number;
  event_id: number;
  kind: string;
  user_id: number | null;
  at: number;
  payload: string;
}

export interface EventPinsTable {
  workspace_id: number;
  mention_id: number;
  event_id: number;
  correction_id: number;
  at: number;
}

export type EventTables = {
  events: EventsTable;
  event_state: EventStateTable;
  event_corrections: EventCorrectionsTable;
  event_pins: EventPinsTable;
  mentions: { event_id: number | null; severity: number | null };
};

export type EventsDb = Kysely<Database & EventTables>;

export const withEvents = (q: Q): EventsDb => q.withTables<EventTables>();
