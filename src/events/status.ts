/**
 * An event's status (pure) from its hourly volume up to now: `ended` once it has been quiet for the clustering window
 * (it takes no new mentions), `emerging` in its first hours while still small, `rising` while the last hours grow on
 * the hours before, `peaked` while its busiest hour is recent, `declining` after.
 */
export const EVENT_STATUSES = ['emerging', 'rising', 'peaked', 'declining', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const HOUR = 3_600_000;

export interface StatusInput {
  firstAt: number;
  lastAt: number;
  /** Mentions per hour, oldest first, the last bucket being the hour up to `now`. */
  hourly: readonly number[];
  now: number;
  /** Quiet for this long, an event has ended (the clustering window). */
  windowMs: number;
}

export function eventStatus(s: StatusInput): EventStatus {
  if (s.lastAt < s.now - s.windowMs) return 'ended';
  const total = s.hourly.reduce((a, b) => a + b, 0);
  const n = s.hourly.length;
  const recent = sum(s.hourly, n - 3, n);
  const before = sum(s.hourly, n - 6, n - 3);
  if (s.now - s.firstAt < 6 * HOUR && total < 20) return 'emerging';
  if (recent > Math.max(2, before * 1.2)) return 'rising';
  let peak = 0;
  for (let i = 1; i < n; i++) if ((s.hourly[i] ?? 0) >= (s.hourly[peak] ?? 0)) peak = i;
  return n - 1 - peak <= 6 ? 'peaked' : 'declining';
}

function sum(xs: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = Math.max(0, from); i < to; i++) s += xs[i] ?? 0;
  return s;
}
