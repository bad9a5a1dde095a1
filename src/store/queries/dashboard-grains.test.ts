import { describe, expect, it } from 'vitest';
import { bucketStart, coverDays, DAY } from './dashboard-grains.js';

describe('dashboard grains', () => {
  it('covers whole days exactly with the fewest aligned buckets', () => {
    const d0 = Date.UTC(2026, 0, 1);
    for (const days of [1, 6, 7, 13, 28, 30, 90, 400]) {
      const cover = coverDays(d0, d0 + days * DAY);
      let at = d0;
      for (const b of cover) {
        expect(b.at).toBe(at);
        expect(bucketStart(b.grain, b.at)).toBe(b.at);
        at += { d: 1, w: 7, M: 28 }[b.grain] * DAY;
      }
      expect(at).toBe(d0 + days * DAY);
    }
    // 90 days: at most 6 + 3 days and weeks on each side around the blocks.
    expect(coverDays(d0, d0 + 90 * DAY).length).toBeLessThanOrEqual(16);
    expect(coverDays(d0, d0 + 90 * DAY).filter((b) => b.grain === 'M').length).toBeGreaterThanOrEqual(2);
  });

  it('aligns weeks to Mondays', () => {
    // 2026-01-05 is a Monday.
    expect(bucketStart('w', Date.UTC(2026, 0, 7, 15))).toBe(Date.UTC(2026, 0, 5));
    expect(new Date(bucketStart('M', Date.UTC(2026, 3, 1))).getUTCDay()).toBe(1);
  });
});
