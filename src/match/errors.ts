/**
 * The one error a query can raise: where (column) and what was expected, e.g. `expected ')' at column 17`, worded in
 * English and in Chinese (`第 17 列应为 ')'`) so every interface shows it in its own language.
 */
import { AppError } from '../errors/catalogue.js';

/** A phrase in both interface languages. */
export interface Words {
  en: string;
  zh: string;
}

export class QuerySyntaxError extends AppError {
  /** 1-based column, in UTF-16 units (what editors count); `offset + 1`. */
  readonly column: number;
  /** What the parser wanted, in words: `')'`, `a term, phrase or '('`. */
  readonly expected: string;
  /** Extra advice appended to the message. */
  readonly hint: string | undefined;
  /** The whole message in Chinese. */
  readonly messageZh: string;

  constructor(
    expected: Words,
    /** 0-based offset into the query where the problem is (the query's length at its end). */
    readonly offset: number,
    /** What it found instead: a quoted token or `end of query`. */
    readonly found: string,
    hint?: Words,
  ) {
    const column = offset + 1;
    const message = `expected ${expected.en} at column ${column}${hint ? ` (${hint.en})` : ''}`;
    // A space between Chinese and a quoted symbol, none before Chinese words.
    const gap = /^[\x21-\x7e]/.test(expected.zh) ? ' ' : '';
    const messageZh = `第 ${column} 列应为${gap}${expected.zh}${hint ? `（${hint.zh}）` : ''}`;
    super('invalid_request', message, [{ field: 'query', problem: message, problemZh: messageZh, column }]);
    this.name = 'QuerySyntaxError';
    this.column = column;
    this.expected = expected.en;
    this.hint = hint?.en;
    this.messageZh = messageZh;
  }
}

export function isQuerySyntaxError(err: unknown): err is QuerySyntaxError {
  return err instanceof QuerySyntaxError;
}
