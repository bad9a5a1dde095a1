/** Config pieces several source types share: an http(s) address, a channel, a bounded list of seen URLs. */
import { z } from 'zod';
import { channels } from '../../../domain/channel.js';

export const httpUrl = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).max(4000);
export const channelField = z.enum(channels).optional();
export const platformField = z.string().trim().min(1).max(100).optional();

/** URLs already collected, newest first, at most `max`: the cursor of crawling source types. */
export function seenList(cursor: unknown): string[] {
  if (typeof cursor !== 'object' || cursor === null || !('seen' in cursor)) return [];
  const seen = (cursor as { seen: unknown }).seen;
  return Array.isArray(seen) ? seen.filter((s): s is string => typeof s === 'string') : [];
}

export function rememberSeen(previous: string[], fresh: string[], max: number): string[] {
  const out = [...new Set([...fresh, ...previous])];
  return out.slice(0, max);
}
