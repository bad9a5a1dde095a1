import { describe, expect, it } from 'vitest';
import { lintQuery } from './lint.js';
import { parseQuery } from './parse.js';

const lint = (q: string) => lintQuery(q, parseQuery(q));

describe('lintQuery', () => {
  it('warns about operator words written in lower case', () => {
    expect(lint('华为 or 荣耀')).toEqual([`'or' at column 4 is searched as a word; operators are written in capitals (OR)`]);
    expect(lint('a Near b')).toEqual([`'Near' at column 3 is searched as a word; operators are written in capitals (NEAR/n)`]);
  });

  it('warns about queries that can match without any of their terms', () => {
    expect(lint('NOT 招聘')).toEqual([
      'this query can match items that contain none of its terms (it only excludes), so it is tested against every item',
    ]);
    expect(lint('华为 OR -招聘')).toHaveLength(1);
  });

  it('is quiet for an ordinary query', () => {
    expect(lint('(华为 OR Huawei) AND 投诉 NOT 招聘')).toEqual([]);
    expect(lint('"and"')).toEqual([]);
  });
});
