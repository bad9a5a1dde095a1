/** The query lexer: turns query text into tokens with offsets (also what an editor highlights). */
import { FIELDS, type Field, resolveField } from './ast.js';
import { QuerySyntaxError } from './errors.js';

interface Span {
  /** 0-based UTF-16 offset into the query, and length in UTF-16 units. */
  offset: number;
  length: number;
}

export type QueryToken =
  | (Span & { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' })
  | (Span & { kind: 'near'; distance: number })
  | (Span & { kind: 'field'; field: Field })
  | (Span & { kind: 'term' | 'phrase'; raw: string; wildcard: boolean });

export const MAX_NEAR_DISTANCE = 1000;

/** Splits a query into tokens. Throws QuerySyntaxError on an unclosed phrase, a misplaced `*`, or an unknown field. */
export function tokenizeQuery(query: string): QueryToken[] {
  const v = lexView(query);
  const n = v.length;
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < n) {
    const c = v[i]!;
    if (isSpace(v.charCodeAt(i))) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', offset: i, length: 1 });
      i++;
    } else if (c === '&' || c === '|') {
      const length = v[i + 1] === c ? 2 : 1;
      tokens.push({ kind: c === '&' ? 'and' : 'or', offset: i, length });
      i += length;
    } else if (c === '-') {
      tokens.push({ kind: 'not', offset: i, length: 1 });
      i++;
    } else if (c === '"') {
      const close = v.indexOf('"', i + 1);
      if (close < 0) {
        throw new QuerySyntaxError({ en: `'"'`, zh: `'"'` }, n, 'end of query', {
          en: `the phrase opened at column ${i + 1} is not closed`,
          zh: `第 ${i + 1} 列开始的短语没有结束`,
        });
      }
      const wildcard = v[close + 1] === '*';
      const end = close + 1 + (wildcard ? 1 : 0);
      tokens.push({ kind: 'phrase', offset: i, length: end - i, raw: query.slice(i + 1, close), wildcard });
      i = end;
    } else {
      i = bareWord(query, v, i, tokens);
    }
  }
  return tokens;
}

/** Lexes one run of non-delimiters starting at `start`; returns where lexing continues. */
function bareWord(query: string, v: string, start: number, tokens: QueryToken[]): number {
  let end = start;
  while (end < v.length && !isDelimiter(v.charCodeAt(end))) end++;
  const word = v.slice(start, end);
  const span = { offset: start, length: end - start };
  if (word === 'AND' || word === 'OR' || word === 'NOT') {
    tokens.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', ...span });
    return end;
  }
  if (word === 'NEAR' || word.startsWith('NEAR/')) {
    const m = /^NEAR\/(\d{1,4})$/.exec(word);
    const distance = m ? Number(m[1]) : Number.NaN;
    if (!(distance <= MAX_NEAR_DISTANCE)) {
      throw new QuerySyntaxError(
        {
          en: `a distance after NEAR, such as NEAR/5 (0 to ${MAX_NEAR_DISTANCE})`,
          zh: `NEAR 后的距离，如 NEAR/5（0 到 ${MAX_NEAR_DISTANCE}）`,
        },
        start,
        `'${word}'`,
      );
    }
    tokens.push({ kind: 'near', distance, ...span });
    return end;
  }
  const colon = word.indexOf(':');
  if (colon > 0) {
    const name = word.slice(0, colon);
    const field = resolveField(name);
    if (field) {
      tokens.push({ kind: 'field', field, offset: start, length: colon + 1 });
      return start + colon + 1;
    }
    if (/^[A-Za-z]+$/.test(name)) {
      throw new QuerySyntaxError({ en: `a field name (${FIELDS.join(', ')})`, zh: `字段名（${FIELDS.join('、')}）` }, start, `'${name}:'`, {
        en: `quote "${word}" to search for it as text`,
        zh: `要按文字搜索请加引号："${word}"`,
      });
    }
  }
  const star = word.indexOf('*');
  if (star >= 0 && star !== word.length - 1) {
    throw new QuerySyntaxError({ en: `'*' only at the end of a word`, zh: `'*' 只能在词尾` }, start + star, `'*'`);
  }
  if (star === 0) throw new QuerySyntaxError({ en: "a word before '*'", zh: "'*' 前的词" }, start, `'*'`);
  const wildcard = star >= 0;
  tokens.push({ kind: 'term', raw: query.slice(start, wildcard ? end - 1 : end), wildcard, ...span });
  return end;
}

/**
 * The query as the lexer sees it: full-width ASCII and the ideographic space as ASCII, Chinese quotation marks
 * as `"`, so operators typed with a Chinese input method work. Same length as the query.
 */
function lexView(query: string): string {
  let out = '';
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x201c || c === 0x201d) out += '"';
    else out += query[i];
  }
  return out;
}

function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

function isDelimiter(c: number): boolean {
  return isSpace(c) || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x26 || c === 0x7c;
}
