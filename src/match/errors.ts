/** The one error a query can raise: where (column) and what was expected, e.g. `expected ')' at column 17`. */
import { AppError } from '../errors/catalogue.js';

export class QuerySyntaxError extends AppError {
  /** 1-based column, in UTF-16 units (what editors count); `offset + 1`. */
  readonly column: number;

  constructor(
    /** What the parser wanted, in words: `')'`, `a term, phrase or '('`. */
    readonly expected: string,
    /** 0-based offset into the query where the problem is (the query's length at its end). */
    readonly offset: number,
    /** What it found instead: a quoted token or `end of query`. */
    readonly found: string,
    /** Extra advice appended to the message. */
    readonly hint?: string,
  ) {
    const message = `expected ${expected} at column ${offset + 1}${hint ? ` (${hint})` : ''}`;
    super('invalid_request', message, [{ field: 'query', problem: message }]);
    this.name = 'QuerySyntaxError';
    this.column = offset + 1;
  }
}

export function isQuerySyntaxError(err: unknown): err is QuerySyntaxError {
  return err instanceof QuerySyntaxError;
}
