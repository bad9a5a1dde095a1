/**
 * A MediaCrawler record's publication time, checked: the first readable time field (in the order the platform's field
 * table gives, zoned fields first), cross-checked against the time the id encodes (Weibo), and never later than the
 * crawl time (`last_modify_ts`). Each correction or doubt comes back as a note for the item. Pure.
 */
import { CHINA_OFFSET_MINUTES, parseLooseDate } from '../text/dates.js';
import type { TimeField } from './platforms.js';

/** How far a publication time may be after the crawl time (clock differences between crawler and platform). */
const CRAWL_SKEW_MS = 10 * 60_000;
/** How far the time field and the id's time may differ before it is noted. */
const ID_TOLERANCE_MS = 2 * 60_000;
const CHINA_OFFSET_MS = CHINA_OFFSET_MINUTES * 60_000;

export interface TimeDecision {
  at: number | null;
  notes: string[];
}

export function publicationTime(record: Record<string, unknown>, fields: readonly TimeField[], idTime: number | null): TimeDecision {
  const notes: string[] = [];
  const crawledAt = readTime(record.last_modify_ts);
  let found: { field: TimeField; at: number } | null = null;
  for (const f of fields) {
    const raw = record[f.field];
    const at = readTime(raw);
    if (at === null) continue;
    // Only an epoch number carries the shifted clock; a date string says its own zone (or is China time).
    const epoch = typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw));
    found = { field: f, at: f.clock === 'china-clock-as-utc' && epoch ? at - CHINA_OFFSET_MS : at };
    break;
  }
  let at = found?.at ?? idTime;
  if (found?.field.updated) notes.push(`no publication time; the last update time (${found.field.field}) is used`);
  if (!found && idTime !== null) notes.push('no time field; the time the id encodes is used');
  if (found && idTime !== null && Math.abs(found.at - idTime) > ID_TOLERANCE_MS) {
    // The id wins over a field known to be written in more than one way, and over one that is after the crawl.
    const afterCrawl = crawledAt !== null && found.at > crawledAt + CRAWL_SKEW_MS && idTime <= crawledAt + CRAWL_SKEW_MS;
    const keepId = afterCrawl || found.field.clock !== undefined;
    if (keepId) at = idTime;
    notes.push(
      `${found.field.field} (${iso(found.at)}) and the time the id encodes (${iso(idTime)}) differ by ${minutes(found.at - idTime)}; ` +
        (keepId ? `the id's time is kept${afterCrawl ? ', the other is after the crawl' : ''}` : `${found.field.field} is kept`),
    );
  }
  if (at !== null && crawledAt !== null && at > crawledAt + CRAWL_SKEW_MS) {
    notes.push(`the publication time ${iso(at)} is after the crawl time ${iso(crawledAt)} (last_modify_ts); the crawl time is kept`);
    at = crawledAt;
  }
  return { at, notes };
}

/** Epoch seconds or ms (by size), a digit string of either, or a date string (China time when it has no zone). */
function readTime(v: unknown): number | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const at = parseLooseDate(v, { defaultOffsetMinutes: CHINA_OFFSET_MINUTES });
  return at !== null && at > 0 ? at : null;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function minutes(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  return m >= 120 ? `${(m / 60).toFixed(1).replace(/\.0$/, '')} hours` : `${m} minutes`;
}
