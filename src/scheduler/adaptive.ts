/**
 * The adaptive interval, pure: a busy source is checked more often, a quiet or failing one less,
 * always within the configured bounds; the next check gets ±10 % jitter so sources never move in step.
 */

export interface IntervalBounds {
  minSeconds: number;
  maxSeconds: number;
}

export type PassOutcome =
  | { ok: true; newItems: number; notModified?: boolean }
  | { ok: false; consecutiveFailures: number; retryAfterMs?: number };

/** New items in one pass at or above which a source counts as busy. */
export const BUSY_ITEMS = 10;

export function nextInterval(current: number, outcome: PassOutcome, bounds: IntervalBounds): number {
  let next: number;
  if (!outcome.ok) {
    // Back off harder the longer a source keeps failing: ×2 per failure in a row, up to the maximum.
    next = current * 2 ** Math.min(outcome.consecutiveFailures, 6);
    if (outcome.retryAfterMs !== undefined) next = Math.max(next, outcome.retryAfterMs / 1000);
  } else if (outcome.notModified || outcome.newItems === 0) next = current * 1.5;
  else if (outcome.newItems >= BUSY_ITEMS) next = current / 2;
  else next = current;
  return clamp(Math.round(next), bounds);
}

export function clamp(seconds: number, b: IntervalBounds): number {
  return Math.min(b.maxSeconds, Math.max(b.minSeconds, seconds));
}

/** When to check next: now + interval, moved by up to ±10 % (`random` in [0, 1)). */
export function nextCheckAt(now: number, intervalSeconds: number, random: () => number): number {
  const jitter = 1 + (random() * 2 - 1) * 0.1;
  return now + Math.round(intervalSeconds * 1000 * jitter);
}
