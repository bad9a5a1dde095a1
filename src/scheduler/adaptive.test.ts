/** The adaptive interval rules, as pure functions. */
import { describe, expect, it } from 'vitest';
import { nextCheckAt, nextInterval } from './adaptive.js';

const b = { minSeconds: 60, maxSeconds: 3600 };

describe('adaptive interval', () => {
  it('speeds up on a busy source, down to the minimum', () => {
    expect(nextInterval(600, { ok: true, newItems: 25 }, b)).toBe(300);
    expect(nextInterval(100, { ok: true, newItems: 25 }, b)).toBe(60);
  });
  it('keeps the interval when a few items came', () => {
    expect(nextInterval(600, { ok: true, newItems: 3 }, b)).toBe(600);
  });
  it('slows down on a quiet source (nothing new, or 304), up to the maximum', () => {
    expect(nextInterval(600, { ok: true, newItems: 0 }, b)).toBe(900);
    expect(nextInterval(600, { ok: true, newItems: 5, notModified: true }, b)).toBe(900);
    expect(nextInterval(3000, { ok: true, newItems: 0 }, b)).toBe(3600);
  });
  it('backs off harder the longer a source keeps failing', () => {
    expect(nextInterval(100, { ok: false, consecutiveFailures: 1 }, b)).toBe(200);
    expect(nextInterval(100, { ok: false, consecutiveFailures: 3 }, b)).toBe(800);
    expect(nextInterval(100, { ok: false, consecutiveFailures: 40 }, b)).toBe(3600);
  });
  it("honours a server's Retry-After when longer", () => {
    expect(nextInterval(60, { ok: false, consecutiveFailures: 1, retryAfterMs: 1_800_000 }, b)).toBe(1800);
  });
  it('jitters the next check by at most ±10 %', () => {
    expect(nextCheckAt(0, 100, () => 0)).toBe(90_000);
    expect(nextCheckAt(0, 100, () => 0.5)).toBe(100_000);
    expect(nextCheckAt(0, 100, () => 0.999999)).toBeLessThanOrEqual(110_000);
  });
});
