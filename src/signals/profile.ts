/**
 * The seasonal profile of a series: one factor per hour of the week on the desk's clock, so a busy Monday morning,
 * lunch and evening peaks and quiet weekends are all expected. A slot keeps two exponentially weighted sums, the
 * counts it saw and the level at those times; its factor is their ratio, shrunk towards the product of its hour of
 * day and its day of week (the same sums added over the week and over the day), which are in turn shrunk towards
 * 1 by a prior of a few mentions. A quiet series thus learns little seasonality, a new slot starts from its hour
 * and its day, and nothing is fitted against anything else (no backfitting to run away). Factors are normalised to
 * average 1, so the level carries the scale. Pure and serialisable: two arrays of 168 numbers.
 */
import { effectiveWeekday, type HolidayCalendar } from './holidays.js';

export interface Profile {
  num: number[];
  den: number[];
}

export interface ProfileOptions {
  /** Pseudo-mentions that pull a factor towards the coarser one (hour of day × day of week, and those towards 1). */
  prior: number;
  /** The same pull in visits of a slot (each worth the current level). */
  priorVisits: number;
  /** Half-life of what a slot has learnt, in ms. */
  halfLifeMs: number;
  utcOffsetMinutes: number;
  /** Make-up working days read as weekdays (`holidays.ts`). */
  holidays?: HolidayCalendar;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const SLOTS = 168;

export function emptyProfile(): Profile {
  return { num: new Array<number>(SLOTS).fill(0), den: new Array<number>(SLOTS).fill(0) };
}

/** Hour of the week (0 = Monday 00–01 on the desk's clock); with a calendar, a make-up working day's are a Wednesday's. */
export function slotOf(at: number, utcOffsetMinutes: number, holidays?: HolidayCalendar): number {
  const local = at + utcOffsetMinutes * 60_000;
  const hod = Math.floor((((local % DAY) + DAY) % DAY) / HOUR);
  const day = Math.floor(local / DAY);
  // 1970-01-01 was a Thursday.
  const dow = effectiveWeekday(day, (((day + 3) % 7) + 7) % 7, holidays);
  return dow * 24 + hod;
}

/** Every slot's factor, averaging 1. */
export function factors(p: Profile, prior: number): number[] {
  const hodNum = new Array<number>(24).fill(0);
  const hodDen = new Array<number>(24).fill(0);
  const dowNum = new Array<number>(7).fill(0);
  const dowDen = new Array<number>(7).fill(0);
  for (let s = 0; s < SLOTS; s++) {
    const n = p.num[s] ?? 0;
    const d = p.den[s] ?? 0;
    hodNum[s % 24] = (hodNum[s % 24] ?? 0) + n;
    hodDen[s % 24] = (hodDen[s % 24] ?? 0) + d;
    dowNum[Math.floor(s / 24)] = (dowNum[Math.floor(s / 24)] ?? 0) + n;
    dowDen[Math.floor(s / 24)] = (dowDen[Math.floor(s / 24)] ?? 0) + d;
  }
  const ratio = (n: number, d: number, towards: number) => (n + prior * towards) / (d + prior);
  const out: number[] = [];
  let sum = 0;
  for (let s = 0; s < SLOTS; s++) {
    const h = s % 24;
    const w = Math.floor(s / 24);
    const coarse = ratio(hodNum[h] ?? 0, hodDen[h] ?? 0, 1) * ratio(dowNum[w] ?? 0, dowDen[w] ?? 0, 1);
    const f = ratio(p.num[s] ?? 0, p.den[s] ?? 0, coarse);
    out.push(f);
    sum += f;
  }
  return out.map((f) => (f * SLOTS) / sum);
}

/**
 * The seasonal multiplier of the bucket at `at`. The prior is the larger of `prior` mentions and `priorVisits`
 * visits at the current level: counts are over-dispersed at every volume, so a busy series needs shrinking too.
 */
export function seasonAt(p: Profile, at: number, level: number, o: ProfileOptions): number {
  return factors(p, Math.max(o.prior, o.priorVisits * level))[slotOf(at, o.utcOffsetMinutes, o.holidays)] ?? 1;
}

/** Learns from one bucket's (already clipped) count, given the level before it; returns a new profile. */
export function learnProfile(p: Profile, at: number, count: number, level: number, stepMs: number, o: ProfileOptions): Profile {
  const s = slotOf(at, o.utcOffsetMinutes, o.holidays);
  // How long until this slot comes round again, so the half-life is in time whatever the bucket spacing.
  const gap = Math.max(stepMs, WEEK) / Math.max(1, HOUR / stepMs);
  const decay = 2 ** (-gap / o.halfLifeMs);
  const num = [...p.num];
  const den = [...p.den];
  num[s] = (num[s] ?? 0) * decay + count;
  den[s] = (den[s] ?? 0) * decay + level;
  return { num, den };
}
