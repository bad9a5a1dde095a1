/** B-cubed on cases small enough to check by hand. */
import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.js';

const map = (o: Record<string, string>) => new Map(Object.entries(o));

describe('bcubed', () => {
  it('is 1 for a perfect clustering, whatever the cluster names', () => {
    expect(bcubed(map({ a: 'x', b: 'x', c: 'y' }), map({ a: '1', b: '1', c: '2' }))).toEqual({ precision: 1, recall: 1, f1: 1, items: 3 });
  });

  it('one cluster for everything: recall 1, precision the share of each item’s label in it', () => {
    // labels 1,1,2: precision per item 2/3, 2/3, 1/3 → 5/9; recall 1.
    const r = bcubed(map({ a: 'x', b: 'x', c: 'x' }), map({ a: '1', b: '1', c: '2' }));
    expect(r.precision).toBeCloseTo(5 / 9, 10);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo((2 * (5 / 9)) / (5 / 9 + 1), 10);
  });

  it('all singletons: precision 1, recall the mean of 1 / label size', () => {
    // labels 1,1,1,2: recall 1/3 ×3 and 1 → (1 + 1) / 4 = 0.5.
    const r = bcubed(map({ a: 'p', b: 'q', c: 'r', d: 's' }), map({ a: '1', b: '1', c: '1', d: '2' }));
    expect(r).toMatchObject({ precision: 1, recall: 0.5, items: 4 });
  });

  it('a mixed case, and items missing on one side left out', () => {
    // clusters {a,b,c} {d}; labels {a,b} {c,d}. precision: 2/3, 2/3, 1/3, 1 → 2/3. recall: 1, 1, 1/2, 1/2 → 3/4.
    const r = bcubed(map({ a: 'x', b: 'x', c: 'x', d: 'y', z: 'y' }), map({ a: '1', b: '1', c: '2', d: '2', w: '3' }));
    expect(r.items).toBe(4);
    expect(r.precision).toBeCloseTo(2 / 3, 10);
    expect(r.recall).toBeCloseTo(3 / 4, 10);
  });
});
