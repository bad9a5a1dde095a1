/** The holiday calendar in the profile: a quiet Golden Week makes no spikes on the working days after it. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/random.js';
import { chinaHolidays, effectiveWeekday, isDayOff } from './holidays.js';
import { detectSeries } from './run.js';
import { negativeBinomial } from './testkit/sample.js';
import { HOUR_MS, seasonalMean } from './testkit/streams.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 7, 2, 16); // Monday 3 Aug 2026, 00:00 in China.
const holidayStart = Date.UTC(2026, 8, 30, 16); // 1 Oct, 00:00 in China.
const holidayEnd = holidayStart + 7 * DAY;

/** Ten weeks of desk-shaped counts whose National Day week is quieter than a Sunday, and whose make-up Saturday is busy. */
function series(seed: number, perHour: number) {
  const r = seededRandom(seed);
  // The same hour on a Sunday (6 Sep 2026).
  const sunday = (at: number) => seasonalMean(Date.UTC(2026, 8, 5, 16) + ((((at - start) % DAY) + DAY) % DAY));
  return Array.from({ length: 10 * 168 }, (_, h) => {
    const at = start + h * HOUR_MS;
    const local = Math.floor((at + 8 * HOUR_MS) / DAY);
    const mean = chinaHolidays.off.has(local)
      ? 0.6 * sunday(at)
      : chinaHolidays.workdays.has(local)
        ? seasonalMean(at - 2 * DAY)
        : seasonalMean(at);
    return { at, value: negativeBinomial(r, perHour * mean, 8) };
  });
}

describe('holiday calendar', () => {
  it('lists the days off and the working weekends', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
    expect(chinaHolidays.off.has(day('2026-10-01'))).toBe(true);
    expect(chinaHolidays.off.has(day('2026-10-08'))).toBe(false);
    expect(chinaHolidays.off.has(day('2025-01-29'))).toBe(true);
    expect(chinaHolidays.workdays.has(day('2026-10-10'))).toBe(true);
    // 1 Oct 00:30 in China is still 30 Sep in UTC.
    expect(isDayOff(Date.UTC(2026, 8, 30, 16, 30), 480, chinaHolidays)).toBe(true);
    expect(isDayOff(Date.UTC(2026, 8, 30, 16, 30), 0, chinaHolidays)).toBe(false);
    expect(isDayOff(Date.UTC(2026, 8, 30, 16, 30), 480, undefined)).toBe(false);
    expect(effectiveWeekday(day('2026-10-01'), 3, chinaHolidays)).toBe(3);
    expect(effectiveWeekday(day('2026-10-10'), 5, chinaHolidays)).toBe(2);
    expect(effectiveWeekday(day('2026-10-10'), 5, undefined)).toBe(5);
  });

  it('keeps a quiet holiday week from making false spikes in the fortnight after it', () => {
    let without = 0;
    let withCalendar = 0;
    for (const perHour of [25, 150])
      for (let seed = 1; seed <= 6; seed++) {
        const buckets = series(seed, perHour);
        const after = (s: { at: number }) => s.at >= holidayEnd && s.at < holidayEnd + 14 * DAY;
        without += detectSeries(buckets, HOUR_MS).signals.filter(after).length;
        withCalendar += detectSeries(buckets, HOUR_MS, { holidays: 'cn' }).signals.filter(after).length;
      }
    expect(without).toBeGreaterThan(0);
    expect(without).toBeGreaterThanOrEqual(8);
    expect(withCalendar * 4).toBeLessThanOrEqual(without);
  });
});
