import { describe, expect, it } from 'vitest';
import { generateScenario } from '../demo/generate.js';
import { backtest, naiveForecast } from './backtest.js';
import { curveAt, fitCurve, forecastHours } from './curve.js';

const gamma = (A: number, k: number, tau: number, n: number) =>
  Array.from({ length: n }, (_, i) => A * (i + 1) ** k * Math.exp(-(i + 1) / tau));

function demoHourly(): number[] {
  const items = generateScenario();
  const counts = new Array<number>(Math.floor(Math.max(...items.map((s) => s.offsetMs)) / 3_600_000) + 1).fill(0);
  for (const s of items) counts[Math.floor(s.offsetMs / 3_600_000)]!++;
  return counts;
}

describe('fitCurve', () => {
  it('recovers the shape of a clean rise and fall', () => {
    const fit = fitCurve(gamma(5000, 2, 6, 30))!;
    expect(fit.k).toBeGreaterThan(1.7);
    expect(fit.k).toBeLessThan(2.3);
    expect(1 / fit.decay).toBeGreaterThan(5);
    expect(1 / fit.decay).toBeLessThan(7);
    const peak = Array.from({ length: 30 }, (_, i) => curveAt(fit, i)).indexOf(
      Math.max(...Array.from({ length: 30 }, (_, i) => curveAt(fit, i))),
    );
    expect(peak).toBeGreaterThanOrEqual(10);
    expect(peak).toBeLessThanOrEqual(12);
  });

  it('needs three hours', () => {
    expect(fitCurve([1, 2])).toBeNull();
    expect(forecastHours([4, 8], 3)).toHaveLength(3);
  });
});

describe('forecastHours', () => {
  it('forecasts a falling story lower than where it stands, and never below zero', () => {
    const falling = gamma(5000, 2, 6, 40).map(Math.round);
    const next = forecastHours(falling);
    expect(next).toHaveLength(24);
    expect(next[23]!).toBeLessThan(falling[39]!);
    expect(next.every((x) => x >= 0)).toBe(true);
  });

  it('caps a rising fit instead of exploding', () => {
    const rising = [1, 2, 4, 8, 16, 32, 64, 128];
    const next = forecastHours(rising);
    expect(Math.max(...next)).toBeLessThanOrEqual(1.5 * 128);
  });
});

describe('backtest', () => {
  it('repeats the last day for the naive forecast', () => {
    expect(naiveForecast([1, 2, 3], 5)).toEqual([1, 2, 3, 1, 2]);
  });

  it('beats the naive forecast on the demo crisis, a second surge included (measured 0.58 against 0.83)', () => {
    const b = backtest(demoHourly())!;
    expect(b.curve.origins).toBeGreaterThan(30);
    expect(b.curve.totalError).toBeLessThan(b.naive.totalError);
    expect(b.curve.totalError).toBeLessThan(0.65);
  });

  it('is close on a clean single-peak story', () => {
    const b = backtest(gamma(3000, 2, 5, 96).map(Math.round))!;
    expect(b.curve.totalError).toBeLessThan(0.6);
    expect(b.curve.totalError).toBeLessThan(b.naive.totalError / 3);
  });
});
