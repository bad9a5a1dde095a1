/** The tail score against exact Poisson sums. */
import { describe, expect, it } from 'vitest';
import { lnGamma, lnPoissonUpperTail, surpriseScore } from './tail.js';

function exactUpperTail(k: number, mu: number): number {
  let below = 0;
  let term = Math.exp(-mu);
  for (let i = 0; i < k; i++) {
    below += term;
    term *= mu / (i + 1);
  }
  return 1 - below;
}

describe('Poisson tail', () => {
  it('matches exact sums for small and large counts', () => {
    for (const [k, mu] of [
      [5, 1],
      [3, 0.2],
      [20, 8],
      [60, 30],
    ] as const)
      expect(Math.exp(lnPoissonUpperTail(k, mu))).toBeCloseTo(exactUpperTail(k, mu), 8);
    expect(lnGamma(11)).toBeCloseTo(Math.log(3_628_800), 10);
  });

  it('gives no surprise at or below the expectation, and less under over-dispersion', () => {
    expect(surpriseScore(4, 5, 1)).toBe(0);
    expect(surpriseScore(50, 10, 1)).toBeGreaterThan(10);
    expect(surpriseScore(50, 10, 4)).toBeLessThan(surpriseScore(50, 10, 1));
    expect(surpriseScore(100_000, 1, 1)).toBe(99);
  });
});
