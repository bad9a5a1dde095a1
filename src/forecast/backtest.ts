/**
 * How good the forecast is, measured the only honest way: from every past hour with enough history, forecast the
 * next 24 hours with what was known then and compare with what came. Reported beside a naive forecast (the last 24
 * hours repeated) so the curve has something to beat.
 */
import { DEFAULT_FORECAST, type ForecastOptions, forecastHours } from './curve.js';

export interface ForecastError {
  /** Forecast origins evaluated. */
  origins: number;
  /** Error of the 24-hour totals, weighted (WAPE): Σ |forecast − actual| / Σ actual over the origins. */
  totalError: number;
  /** Mean absolute error per hour, in mentions. */
  hourlyMae: number;
}

export interface Backtest {
  curve: ForecastError;
  naive: ForecastError;
}

export function backtest(
  counts: readonly number[],
  horizon = 24,
  minHistory = 6,
  opts: ForecastOptions = DEFAULT_FORECAST,
): Backtest | null {
  const curve: number[][] = [];
  const naive: number[][] = [];
  const actual: number[][] = [];
  for (let origin = minHistory; origin + horizon <= counts.length; origin++) {
    const past = counts.slice(0, origin);
    curve.push(forecastHours(past, horizon, opts));
    naive.push(naiveForecast(past, horizon));
    actual.push(counts.slice(origin, origin + horizon));
  }
  if (actual.length === 0) return null;
  return { curve: score(curve, actual), naive: score(naive, actual) };
}

/** The last 24 hours repeated (fewer when the event is younger). */
export function naiveForecast(past: readonly number[], horizon: number): number[] {
  const window = past.slice(-24);
  return Array.from({ length: horizon }, (_, h) => window[h % window.length] ?? 0);
}

function score(predicted: number[][], actual: number[][]): ForecastError {
  let missed = 0;
  let came = 0;
  let hourly = 0;
  let hours = 0;
  predicted.forEach((p, i) => {
    const a = actual[i]!;
    const sumA = a.reduce((s, x) => s + x, 0);
    missed += Math.abs(p.reduce((s, x) => s + x, 0) - sumA);
    came += sumA;
    p.forEach((x, h) => {
      hourly += Math.abs(x - a[h]!);
      hours++;
    });
  });
  return { origins: predicted.length, totalError: round(missed / Math.max(1, came)), hourlyMae: round(hourly / Math.max(1, hours)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
