/**
 * Which publication times intake believes. A time before 1990 or more than a small clock skew after the item
 * was received is refused with the reason (a wrong zone or clock, or garbage), never stored: one absurd date
 * would otherwise sort above everything a workspace has. Reads stay safe for any stored value (`isRepresentableTime`).
 */

export const earliestPublishedAt = Date.UTC(1990, 0, 1);
/** How far ahead of the receiving clock a publication time may be (clocks drift; feeds round up). */
export const futureSkewMs = 10 * 60 * 1000;
/** A JavaScript Date holds ±8.64e15 ms (about ±275,000 years); beyond that a number is not a time at all. */
const maxDateMs = 8.64e15;

export function isRepresentableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= maxDateMs;
}

/** Why a publication time is not believable for an item received at `receivedAt`, or null when it is. */
export function publishedAtProblem(ms: number, receivedAt: number): string | null {
  if (!isRepresentableTime(ms)) return 'not a time (out of range)';
  if (ms < earliestPublishedAt) return `${new Date(ms).toISOString()} is before 1990-01-01; not a plausible publication time`;
  if (ms > receivedAt + futureSkewMs) {
    return `${new Date(ms).toISOString()} is ${ahead(ms - receivedAt)} after the time of receipt (${new Date(receivedAt).toISOString()}); times more than ${futureSkewMs / 60_000} minutes ahead are refused — check the time zone or clock of the source`;
  }
  return null;
}

function ahead(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(ms / 3_600_000);
  return hours < 48 ? `${hours} h` : `${Math.round(ms / 86_400_000)} days`;
}

/** ISO 8601 (UTC) of a stored time, whatever the database holds: a value beyond a Date's range is clamped, never thrown on. */
export function isoOfStored(ms: number): string {
  const v = Number.isFinite(ms) ? Math.max(-maxDateMs, Math.min(maxDateMs, Math.round(ms))) : 0;
  return new Date(v).toISOString();
}
