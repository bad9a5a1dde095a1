/**
 * China's public holidays 2025–2027 as data (pure): the days off (法定节假日 and the weekend days joined to them) and
 * the weekend days worked in exchange (调休上班). The detector learns nothing on a day off: its level and profile stay
 * as they were before the holiday, however quiet (or busy) the holiday is, so a quiet Golden Week does not drag the
 * baseline down and make the first working day after it look like a spike. A day off is still tested against the
 * expectation of its weekday (a quiet holiday raises nothing; a story in it still fires). The seasonal profile
 * (`profile.ts`) reads a make-up working day as a Wednesday, so a busy working Saturday is not a Saturday spike.
 * Measured on synthetic series that ignore the calendar (no holiday dip, make-up days as quiet as weekends), it costs
 * false alarms: about 0.05 → 0.07–0.24 per series-week (`bin/yuqing bench --only bursts`, `stored`). Reading a day
 * off as a Sunday was tried and dropped: 0.7 per series-week on those series. 2025 and 2026 are the State Council's
 * published arrangements; 2027 is provisional, following the usual rules around the festival dates, to be replaced
 * when it is published.
 */

export interface HolidayCalendar {
  name: string;
  /** Local days (days since 1970-01-01 on the desk's clock) off work, and weekend days worked. */
  off: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
}

interface Span {
  name: string;
  from: string;
  to: string;
  workdays: string[];
}

const CN: Span[] = [
  { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
  { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
  { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
  { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
  { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
  { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
  { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
  { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
  { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
  { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
  { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  // Provisional (festival dates: 春节 6 Feb, 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep).
  { name: '元旦', from: '2027-01-01', to: '2027-01-03', workdays: [] },
  { name: '春节', from: '2027-02-05', to: '2027-02-13', workdays: ['2027-01-31', '2027-02-20'] },
  { name: '清明节', from: '2027-04-03', to: '2027-04-05', workdays: [] },
  { name: '劳动节', from: '2027-05-01', to: '2027-05-05', workdays: ['2027-04-25'] },
  { name: '端午节', from: '2027-06-09', to: '2027-06-11', workdays: [] },
  { name: '中秋节', from: '2027-09-15', to: '2027-09-17', workdays: [] },
  { name: '国庆节', from: '2027-10-01', to: '2027-10-07', workdays: ['2027-09-26', '2027-10-09'] },
];

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;

function calendarOf(name: string, spans: readonly Span[]): HolidayCalendar {
  const off = new Set<number>();
  const workdays = new Set<number>();
  for (const s of spans) {
    for (let d = dayOf(s.from); d <= dayOf(s.to); d++) off.add(d);
    for (const w of s.workdays) workdays.add(dayOf(w));
  }
  return { name, off, workdays };
}

export const chinaHolidays: HolidayCalendar = calendarOf('cn', CN);

/** The calendars by the name the detector's options use. */
export const holidayCalendars: Readonly<Record<string, HolidayCalendar>> = { cn: chinaHolidays };

/** True when the bucket at `at` falls on a day off of the calendar (on the desk's clock). */
export function isDayOff(at: number, utcOffsetMinutes: number, calendar: HolidayCalendar | undefined): boolean {
  return calendar?.off.has(Math.floor((at + utcOffsetMinutes * 60_000) / DAY)) ?? false;
}

/** The day of the week the profile reads a local day as (0 = Monday … 6 = Sunday), given its real one. */
export function effectiveWeekday(localDay: number, weekday: number, calendar: HolidayCalendar | undefined): number {
  if (!calendar) return weekday;
  if (calendar.workdays.has(localDay)) return 2;
  return weekday;
}
