/**
 * The forecast's error where the issue asks for it (pure): on the demo's 72-hour crisis and on each story of the
 * labelled clustering set, every origin with six hours of history forecasting the next 24, beside the naive forecast.
 * Stories too short for one origin are counted, not hidden. `bin/yuqing bench --only forecast`.
 */
import { generateScenario } from '../demo/generate.js';
import { buildLabelledSet } from '../events/testdata/labelled.js';
import { type Backtest, backtest } from '../forecast/index.js';

const HOUR = 3_600_000;

/** Hourly counts from the first timestamp to the last (empty hours as 0). */
export function hourlySeries(times: readonly number[]): number[] {
  if (times.length === 0) return [];
  const first = Math.min(...times);
  const counts: number[] = [];
  for (const t of times) {
    const h = Math.floor((t - first) / HOUR);
    while (counts.length <= h) counts.push(0);
    counts[h]!++;
  }
  return counts;
}

export interface ForecastFigures {
  demo: Backtest | null;
  labelled: { stories: number; measured: number; tooShort: number; curve: Pooled; naive: Pooled };
}

interface Pooled {
  origins: number;
  /** WAPE of the 24-hour totals pooled over every story's origins. */
  totalError: number;
}

export function measureForecast(): ForecastFigures {
  const demo = backtest(hourlySeries(generateScenario().map((s) => s.offsetMs)));
  const byStory = new Map<string, number[]>();
  for (const m of buildLabelledSet()) {
    const times = byStory.get(m.story) ?? [];
    times.push(Date.parse(m.publishedAt));
    byStory.set(m.story, times);
  }
  const curve = { origins: 0, missed: 0 };
  const naive = { origins: 0, missed: 0 };
  let came = 0;
  let measured = 0;
  for (const times of byStory.values()) {
    const series = hourlySeries(times);
    // Padded with the quiet day after, so a story that ended is forecast to end.
    const padded = [...series, ...new Array<number>(24).fill(0)];
    const b = backtest(padded);
    if (!b) continue;
    measured++;
    // WAPE × actual gives back the absolute error; the actual per origin is spread evenly enough for a pooled figure.
    const actualSum = sumOfWindows(padded, 6, 24);
    curve.origins += b.curve.origins;
    curve.missed += b.curve.totalError * actualSum;
    naive.origins += b.naive.origins;
    naive.missed += b.naive.totalError * actualSum;
    came += actualSum;
  }
  const pooled = (p: { origins: number; missed: number }): Pooled => ({
    origins: p.origins,
    totalError: Math.round((p.missed / Math.max(1, came)) * 1000) / 1000,
  });
  return {
    demo,
    labelled: { stories: byStory.size, measured, tooShort: byStory.size - measured, curve: pooled(curve), naive: pooled(naive) },
  };
}

/** Σ over origins of the actual 24-hour totals, as backtest counts them. */
function sumOfWindows(counts: readonly number[], minHistory: number, horizon: number): number {
  let sum = 0;
  for (let origin = minHistory; origin + horizon <= counts.length; origin++) {
    for (let h = 0; h < horizon; h++) sum += counts[origin + h]!;
  }
  return sum;
}
