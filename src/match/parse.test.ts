import { describe, expect, it } from 'vitest';
import type { Field } from './ast.js';
import { QuerySyntaxError } from './errors.js';
import { MAX_DEPTH, parseQuery } from './parse.js';
import { printQuery } from './print.js';

const canon = (q: string) => printQuery(parseQuery(q));
const term = (value: string, field: Field | null = null, wildcard = false) => ({ type: 'term', field, value, wildcard });

describe('parseQuery', () => {
  it('parses the example from the issue', () => {
    expect(canon('(华为 OR Huawei OR 華為) AND (投诉 OR 质量 OR "屏幕 断裂") NOT 招聘')).toBe(
      '(华为 OR huawei) AND (投诉 OR 质量 OR "屏幕 断裂") AND NOT 招聘',
    );
  });

  it('reads terms, quoted phrases and Chinese quotation marks', () => {
    expect(parseQuery('华为')).toEqual(term('华为'));
    expect(parseQuery('"屏幕  断裂"')).toEqual(term('屏幕 断裂'));
    expect(parseQuery('“屏幕，断裂”')).toEqual(term('屏幕 断裂'));
    expect(parseQuery('"华为"')).toEqual(parseQuery('华为'));
    expect(parseQuery('covid-19')).toEqual(term('covid 19'));
  });

  it('has AND, OR, NOT and the short forms &, |, -', () => {
    expect(canon('a AND b')).toBe('a AND b');
    expect(canon('a & b && c')).toBe('a AND b AND c');
    expect(canon('a | b || c')).toBe('a OR b OR c');
    expect(canon('a NOT b')).toBe('a AND NOT b');
    expect(canon('a -b')).toBe('a AND NOT b');
    expect(canon('a - b')).toBe('a AND NOT b');
    expect(canon('-a')).toBe('NOT a');
    expect(canon('a-b')).toBe('"a b"');
  });

  it('joins adjacent operands with an implicit AND', () => {
    expect(canon('华为 投诉 (质量 OR 屏幕)')).toBe('华为 AND 投诉 AND (质量 OR 屏幕)');
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(parseQuery('a OR b AND c')).toEqual({ type: 'or', children: [term('a'), { type: 'and', children: [term('b'), term('c')] }] });
    expect(parseQuery('NOT a AND b')).toEqual({ type: 'and', children: [{ type: 'not', child: term('a') }, term('b')] });
    expect(parseQuery('NOT a OR b')).toEqual({ type: 'or', children: [{ type: 'not', child: term('a') }, term('b')] });
    expect(canon('(a OR b) c')).toBe('(a OR b) AND c');
    expect(canon('NOT (a OR b)')).toBe('NOT (a OR b)');
  });

  it('treats lower-case and/or/not as words (operators are capitals)', () => {
    expect(canon('cats and dogs')).toBe('cats AND and AND dogs');
  });

  it('normalizes: flattens, drops duplicates (after folding) and double negation', () => {
    expect(canon('(a AND (b AND c)) AND a')).toBe('a AND b AND c');
    expect(canon('华为 OR 華為 OR HUAWEI OR huawei')).toBe('华为 OR huawei');
    expect(canon('NOT NOT a')).toBe('a');
    expect(canon('-(-a)')).toBe('a');
    expect(canon('((a))')).toBe('a');
  });

  it('parses NEAR/n between two terms or phrases', () => {
    expect(parseQuery('华为 NEAR/5 "屏幕 断裂"')).toEqual({
      type: 'near',
      field: null,
      distance: 5,
      left: { value: '华为', wildcard: false },
      right: { value: '屏幕 断裂', wildcard: false },
    });
    expect(canon('a NEAR/0 b OR c')).toBe('a NEAR/0 b OR c');
    expect(canon('NOT a NEAR/2 b')).toBe('NOT a NEAR/2 b');
    expect(canon('recall* NEAR/3 tesla')).toBe('recall* NEAR/3 tesla');
  });

  it('scopes terms, groups and NEARs to fields, with Chinese field names too', () => {
    expect(parseQuery('title:华为')).toEqual(term('华为', 'title'));
    expect(parseQuery('title: 华为')).toEqual(term('华为', 'title'));
    expect(canon('title:(华为 OR 荣耀) -author:"小 王"')).toBe('(title:华为 OR title:荣耀) AND NOT author:"小 王"');
    expect(canon('title:(a NEAR/3 b)')).toBe('title:(a NEAR/3 b)');
    expect(canon('text:a NEAR/3 text:b')).toBe('text:(a NEAR/3 b)');
    expect(canon('title:-招聘')).toBe('NOT title:招聘');
    expect(canon('标题：华为 来源:weibo')).toBe('title:华为 AND source:weibo');
    expect(canon('Title:a lang:zh region:广东 channel:news url:example.com')).toBe(
      'title:a AND lang:zh AND region:广东 AND channel:news AND url:"example com"',
    );
  });

  it('keeps a colon inside a Chinese or numeric word as punctuation', () => {
    expect(canon('华为：回应')).toBe('"华为 回应"');
    expect(canon('12:30')).toBe('"12 30"');
  });

  it('has a suffix wildcard for Latin words', () => {
    expect(parseQuery('recall*')).toEqual(term('recall', null, true));
    expect(parseQuery('"covid 1"*')).toEqual(term('covid 1', null, true));
    expect(parseQuery('title:Recall*')).toEqual(term('recall', 'title', true));
  });

  it('accepts operators typed with a Chinese input method', () => {
    expect(canon('（华为｜荣耀）＆投诉')).toBe('(华为 OR 荣耀) AND 投诉');
  });
});

describe('parse errors', () => {
  const cases: Array<[string, string]> = [
    ['(华为 OR Huawei AND 投诉', `expected ')' at column 21`],
    ['(a OR b', `expected ')' at column 8`],
    ['a )', `expected end of query at column 3 (no '(' before this ')')`],
    ['', `expected a term, phrase or '(' at column 1`],
    ['   ', `expected a term, phrase or '(' at column 4`],
    ['a OR', `expected a term, phrase or '(' at column 5`],
    ['AND a', `expected a term, phrase or '(' at column 1`],
    ['a AND OR b', `expected a term, phrase or '(' at column 7`],
    ['a ()', `expected a term, phrase or '(' at column 4`],
    ['"abc', `expected '"' at column 5 (the phrase opened at column 1 is not closed)`],
    ['a "" b', `expected a term with letters, digits or Chinese characters at column 3`],
    ['+++', `expected a term with letters, digits or Chinese characters at column 1`],
    ['a NEAR b', `expected a distance after NEAR, such as NEAR/5 (0 to 1000) at column 3`],
    ['a NEAR/x b', `expected a distance after NEAR, such as NEAR/5 (0 to 1000) at column 3`],
    ['a NEAR/1001 b', `expected a distance after NEAR, such as NEAR/5 (0 to 1000) at column 3`],
    ['(a OR b) NEAR/2 c', `expected a term or phrase before NEAR/2 at column 1`],
    ['a NEAR/2 (b OR c)', `expected a term or phrase after NEAR/2 at column 10`],
    ['a NEAR/2', `expected a term, phrase or '(' at column 9`],
    ['a NEAR/3 b NEAR/2 c', `expected AND or OR between two NEAR operators at column 12 (NEAR joins exactly two terms)`],
    ['title:a NEAR/3 b', `expected the same field on both sides of NEAR/3 at column 16 (write title:(a NEAR/3 b))`],
    [
      'titel:华为',
      `expected a field name (title, text, author, source, channel, lang, region, url) at column 1 (quote "titel:华为" to search for it as text)`,
    ],
    ['title:(text:a)', `expected a term, phrase or '(' at column 8 (field scopes cannot be nested)`],
    ['title:', `expected a term, phrase or '(' at column 7`],
    ['华为*', `expected a Latin letter or digit before '*' at column 3 (Chinese terms already match inside longer words)`],
    ['re*call', `expected '*' only at the end of a word at column 3`],
    ['a *', `expected a word before '*' at column 3`],
  ];
  for (const [query, message] of cases) {
    it(`${JSON.stringify(query)} → ${message}`, () => {
      expect(() => parseQuery(query)).toThrow(message);
    });
  }

  it('is a typed error with column, offset, what was expected and what was found', () => {
    try {
      parseQuery('(华为 OR 荣耀');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(QuerySyntaxError);
      const e = err as QuerySyntaxError;
      expect({ column: e.column, offset: e.offset, expected: e.expected, found: e.found, code: e.code, status: e.status }).toEqual({
        column: 10,
        offset: 9,
        expected: `')'`,
        found: 'end of query',
        code: 'invalid_request',
        status: 400,
      });
      expect(e.toBody().error.details).toEqual([
        { field: 'query', problem: `expected ')' at column 10`, problemZh: `第 10 列应为 ')'`, column: 10 },
      ]);
    }
  });

  it('words every error in Chinese too, with the same column and hint', () => {
    const zh = (query: string) => (tryParse(query) as QuerySyntaxError).messageZh;
    expect(zh('(华为 OR Huawei AND 投诉')).toBe(`第 21 列应为 ')'`);
    expect(zh('a )')).toBe(`第 3 列应为检索式结束（这个 ')' 前面没有 '('）`);
    expect(zh('"abc')).toBe(`第 5 列应为 '"'（第 1 列开始的短语没有结束）`);
    expect(zh('a NEAR/3 b NEAR/2 c')).toBe('第 12 列应为两个 NEAR 之间的 AND 或 OR（NEAR 只能连接两个词）');
    expect(zh('a*b')).toBe(`第 2 列应为 '*' 只能在词尾`);
  });

  it('limits nesting and length', () => {
    expect(() => parseQuery(`${'('.repeat(MAX_DEPTH + 1)}a${')'.repeat(MAX_DEPTH + 1)}`)).toThrow(/levels of nesting/);
    expect(() => parseQuery(`${'('.repeat(MAX_DEPTH - 1)}a${')'.repeat(MAX_DEPTH - 1)}`)).not.toThrow();
    expect(() => parseQuery('a '.repeat(20_000))).toThrow(/at most 20000 characters/);
  });
});

function tryParse(query: string): unknown {
  try {
    parseQuery(query);
    return null;
  } catch (err) {
    return err;
  }
}
