import { describe, expect, it } from 'vitest';
import { unitTokens } from './units.js';

describe('unitTokens', () => {
  it('splits folded text into Latin words and single Chinese characters, with offsets', () => {
    expect(unitTokens('華為Mate60，5G手機!').map((t) => t.token)).toEqual(['华', '为', 'mate60', '5g', '手', '机']);
    expect(unitTokens('a 𠀀b')).toEqual([
      { token: 'a', start: 0, end: 1 },
      { token: '𠀀', start: 2, end: 4 },
      { token: 'b', start: 4, end: 5 },
    ]);
  });
});
