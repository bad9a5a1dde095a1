/**
 * The time a Weibo id encodes. Weibo post (mid) and comment ids are 64-bit numbers whose bits above the lowest 22
 * count seconds from a fixed epoch: unix seconds = (id >> 22) + 515483463. Exact to the second for the ids of
 * 2010 onwards (e.g. 4607741009594608 → 2021-02-23 12:28:47 +08:00). Pure.
 */

const WEIBO_ID_EPOCH_SECONDS = 515483463n;
/** Ids decoding before this are not of this scheme (Weibo opened in August 2009). */
const EARLIEST = Date.UTC(2009, 7, 1);

/** Epoch ms the id encodes, or null for anything that is not a numeric Weibo id of this scheme. */
export function weiboIdTime(id: string): number | null {
  if (!/^\d{15,19}$/.test(id)) return null;
  const ms = Number((BigInt(id) >> 22n) + WEIBO_ID_EPOCH_SECONDS) * 1000;
  return ms >= EARLIEST && ms < Date.UTC(2100, 0, 1) ? ms : null;
}

/** A Weibo id for a time (for fixtures and tests): the time's seconds above 22 low bits of `low`. */
export function weiboIdAt(ms: number, low = 0): string {
  return (((BigInt(Math.floor(ms / 1000)) - WEIBO_ID_EPOCH_SECONDS) << 22n) | BigInt(low & 0x3fffff)).toString();
}
