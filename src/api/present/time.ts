/** Times on the wire: ISO 8601 in UTC. Safe for any stored value (a bad one must not turn a page into a 500). */
import { isoOfStored, isRepresentableTime } from '../../domain/time-window.js';

export function iso(ms: number): string {
  return isoOfStored(ms);
}

/** Null for no time, and for a stored number that is not a time at all. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null || !isRepresentableTime(ms) ? null : iso(ms);
}
