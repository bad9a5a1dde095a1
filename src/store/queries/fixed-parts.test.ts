import { describe, expect, it } from 'vitest';
import { fixedParts, insertParts } from './fixed-parts.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fixed parts', () => {
  it('cuts rows for inserts into full parts, then powers of two, every row once and in order', () => {
    const parts = insertParts(range(1000), 256);
    expect(parts.map((p) => p.length)).toEqual([256, 256, 256, 128, 64, 32, 8]);
    expect(parts.flat()).toEqual(range(1000));
    expect(insertParts([], 256)).toEqual([]);
  });

  it('pads the last part of an IN list to a power of two with its own last key, so few lengths ever occur', () => {
    const parts = fixedParts(range(1100), 1024);
    expect(parts.map((p) => p.length)).toEqual([1024, 128]);
    expect(new Set(parts.flat())).toEqual(new Set(range(1100)));
    expect(parts[1]?.slice(-1)).toEqual([1099]);
    expect(fixedParts([7], 1024)).toEqual([Array(16).fill(7)]);
    const lengths = new Set(range(600).map((n) => fixedParts(range(n + 1), 1024)[0]?.length));
    expect([...lengths].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([16, 32, 64, 128, 256, 512, 1024]);
  });
});
