import { describe, expect, it } from 'vitest';
import { eventStatus } from './status.js';

const H = 3_600_000;
const now = 100 * H;
const win = 72 * H;
const at = (hourly: number[], firstAt = now - hourly.length * H, lastAt = now - H / 2) =>
  eventStatus({ firstAt, lastAt, hourly, now, windowMs: win });

describe('event status', () => {
  it('reads the hourly volume', () => {
    expect(at([1, 2, 1])).toBe('emerging');
    expect(at([1, 1, 2, 2, 1, 1, 5, 9, 20])).toBe('rising');
    expect(at([1, 5, 9, 30, 25, 20, 18, 15, 12])).toBe('peaked');
    expect(at([1, 5, 40, 30, 25, 20, 18, 15, 12, 10, 8, 6, 4, 3, 2])).toBe('declining');
    expect(at([5, 5, 5], now - 80 * H, now - 73 * H)).toBe('ended');
  });
});
