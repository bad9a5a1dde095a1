import { describe, expect, it } from 'vitest';
import { tokenizeQuery } from './tokenize.js';

describe('tokenizeQuery', () => {
  it('gives every token its kind, offset and length (what an editor highlights)', () => {
    const tokens = tokenizeQuery('title:(华为 | "屏幕 断裂") -招聘 recall* NEAR/3 car');
    expect(tokens.map((t) => [t.kind, t.offset, t.length])).toEqual([
      ['field', 0, 6],
      ['lparen', 6, 1],
      ['term', 7, 2],
      ['or', 10, 1],
      ['phrase', 12, 7],
      ['rparen', 19, 1],
      ['not', 21, 1],
      ['term', 22, 2],
      ['term', 25, 7],
      ['near', 33, 6],
      ['term', 40, 3],
    ]);
    expect(tokens[8]).toMatchObject({ raw: 'recall', wildcard: true });
    expect(tokens[9]).toMatchObject({ distance: 3 });
  });

  it('keeps offsets into the original text when full-width forms are used', () => {
    const tokens = tokenizeQuery('（华为）ＡＮＤ投诉');
    expect(tokens.map((t) => t.kind)).toEqual(['lparen', 'term', 'rparen', 'term']);
    expect(tokens[3]).toMatchObject({ offset: 4, length: 5, raw: 'ＡＮＤ投诉' });
    expect(tokenizeQuery('华为 ＡＮＤ 投诉').map((t) => t.kind)).toEqual(['term', 'and', 'term']);
  });
});
