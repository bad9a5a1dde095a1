/**
 * Recursive-descent parser. Precedence, tightest first: NEAR/n, field scope, NOT (and `-`), AND (and `&`, or
 * nothing between two operands), OR (and `|`). Returns the normalized tree or throws QuerySyntaxError.
 */
import type { Field, Pattern, QueryNode, TermNode } from './ast.js';
import { QuerySyntaxError, type Words } from './errors.js';
import { classTable, WORD } from './fold.js';
import { makeAnd, makeNot, makeOr } from './normalize.js';
import { segmentsOf } from './pattern.js';
import { type QueryToken, tokenizeQuery } from './tokenize.js';

export const MAX_QUERY_LENGTH = 20_000;
export const MAX_DEPTH = 64;

const OPERAND: Words = { en: `a term, phrase or '('`, zh: `词、短语或 '('` };

export function parseQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QuerySyntaxError(
      { en: `at most ${MAX_QUERY_LENGTH} characters`, zh: `不超过 ${MAX_QUERY_LENGTH} 个字符` },
      MAX_QUERY_LENGTH,
      'a longer query',
    );
  }
  return new Parser(query, tokenizeQuery(query)).parse();
}

export type ParseResult = { ok: true; tree: QueryNode } | { ok: false; error: QuerySyntaxError };

/** Like parseQuery, but returns the error instead of throwing (for editors and batch compiles). */
export function tryParseQuery(query: string): ParseResult {
  try {
    return { ok: true, tree: parseQuery(query) };
  } catch (err) {
    if (err instanceof QuerySyntaxError) return { ok: false, error: err };
    throw err;
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly query: string,
    private readonly tokens: QueryToken[],
  ) {}

  parse(): QueryNode {
    const tree = this.or(null);
    const t = this.peek();
    if (t) throw this.error({ en: 'end of query', zh: '检索式结束' }, t, { en: `no '(' before this ')'`, zh: `这个 ')' 前面没有 '('` });
    return tree;
  }

  private or(scope: Field | null): QueryNode {
    const children = [this.and(scope)];
    while (this.peek()?.kind === 'or') {
      this.pos++;
      children.push(this.and(scope));
    }
    return makeOr(children);
  }

  private and(scope: Field | null): QueryNode {
    const children = [this.unary(scope)];
    for (;;) {
      const t = this.peek();
      if (t?.kind === 'and') {
        this.pos++;
        children.push(this.unary(scope));
      } else if (t && t.kind !== 'or' && t.kind !== 'rparen') {
        children.push(this.unary(scope)); // implicit AND
      } else break;
    }
    return makeAnd(children);
  }

  private unary(scope: Field | null): QueryNode {
    if (this.peek()?.kind === 'not') {
      this.pos++;
      return makeNot(this.nested(() => this.unary(scope)));
    }
    return this.near(scope);
  }

  private near(scope: Field | null): QueryNode {
    const leftToken = this.peek();
    const left = this.primary(scope);
    const op = this.peek();
    if (op?.kind !== 'near') return left;
    this.pos++;
    if (left.type !== 'term')
      throw this.error({ en: `a term or phrase before NEAR/${op.distance}`, zh: `NEAR/${op.distance} 前的词或短语` }, leftToken);
    const rightToken = this.peek();
    const right = this.primary(scope);
    if (right.type !== 'term')
      throw this.error({ en: `a term or phrase after NEAR/${op.distance}`, zh: `NEAR/${op.distance} 后的词或短语` }, rightToken);
    if (left.field !== right.field) {
      throw this.error(
        { en: `the same field on both sides of NEAR/${op.distance}`, zh: `NEAR/${op.distance} 两边相同的字段` },
        rightToken,
        {
          en: `write ${left.field ?? right.field}:(a NEAR/${op.distance} b)`,
          zh: `请写成 ${left.field ?? right.field}:(a NEAR/${op.distance} b)`,
        },
      );
    }
    const next = this.peek();
    if (next?.kind === 'near')
      throw this.error({ en: 'AND or OR between two NEAR operators', zh: '两个 NEAR 之间的 AND 或 OR' }, next, {
        en: 'NEAR joins exactly two terms',
        zh: 'NEAR 只能连接两个词',
      });
    return { type: 'near', field: left.field, distance: op.distance, left: pattern(left), right: pattern(right) };
  }

  private primary(scope: Field | null): QueryNode {
    const t = this.peek();
    if (!t) throw this.error(OPERAND, t);
    if (t.kind === 'field') {
      if (scope) throw this.error(OPERAND, t, { en: 'field scopes cannot be nested', zh: '字段限定不能嵌套' });
      this.pos++;
      return this.scoped(t.field);
    }
    if (t.kind === 'lparen') {
      this.pos++;
      const inner = this.nested(() => this.or(scope));
      const close = this.peek();
      if (close?.kind !== 'rparen') throw this.error({ en: `')'`, zh: `')'` }, close);
      this.pos++;
      return inner;
    }
    if (t.kind === 'term' || t.kind === 'phrase') {
      this.pos++;
      return this.term(t, scope);
    }
    throw this.error(OPERAND, t);
  }

  /** After `field:` — NOT, a group, or a term, all in that field. */
  private scoped(field: Field): QueryNode {
    if (this.peek()?.kind === 'not') {
      this.pos++;
      return makeNot(this.nested(() => this.scoped(field)));
    }
    return this.primary(field);
  }

  private term(t: QueryToken & { kind: 'term' | 'phrase' }, field: Field | null): TermNode {
    const segments = segmentsOf(t.raw);
    if (segments.length === 0)
      throw this.error({ en: 'a term with letters, digits or Chinese characters', zh: '含字母、数字或汉字的词' }, t);
    const value = segments.join(' ');
    if (t.wildcard && classTable[value.charCodeAt(value.length - 1)] !== WORD) {
      throw new QuerySyntaxError(
        { en: `a Latin letter or digit before '*'`, zh: `'*' 前的拉丁字母或数字` },
        t.offset + t.length - 1,
        `'*'`,
        { en: 'Chinese terms already match inside longer words', zh: '中文词本来就能匹配更长的词' },
      );
    }
    return { type: 'term', field, value, wildcard: t.wildcard };
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH)
      throw this.error({ en: `at most ${MAX_DEPTH} levels of nesting`, zh: `不超过 ${MAX_DEPTH} 层嵌套` }, this.peek());
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.pos];
  }

  private error(expected: Words, at: QueryToken | undefined, hint?: Words): QuerySyntaxError {
    if (!at) return new QuerySyntaxError(expected, this.query.length, 'end of query', hint);
    return new QuerySyntaxError(expected, at.offset, `'${this.query.slice(at.offset, at.offset + at.length)}'`, hint);
  }
}

function pattern(t: TermNode): Pattern {
  return { value: t.value, wildcard: t.wildcard };
}
