/**
 * A query input with syntax highlighting: a transparent textarea over a layer that paints the tokens of
 * `tokenizeQuery` (pure, shared with the server). Errors (from the lexer here, from the parser via the preview
 * call) are shown under it once, in the UI language, with a caret under their column.
 */
import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { isQuerySyntaxError } from '../../../../src/match/errors.js';
import { type QueryToken, tokenizeQuery } from '../../../../src/match/tokenize.js';
import { ApiError } from '../../api/client.js';
import type { Lang } from '../../i18n/index.js';
import { detailText } from '../../lib/errors.js';

const colors: Record<QueryToken['kind'], string> = {
  and: '#1677ff',
  or: '#1677ff',
  not: '#cf1322',
  near: '#722ed1',
  field: '#08979c',
  lparen: '#8c8c8c',
  rparen: '#8c8c8c',
  term: '#262626',
  phrase: '#d46b08',
};

export interface QueryError {
  message: string;
  column: number | null;
}

/** Lexer errors found without a round trip (unclosed phrase, bad `*`, unknown field). */
export function lexError(query: string, lang: Lang): QueryError | null {
  try {
    tokenizeQuery(query);
    return null;
  } catch (err) {
    if (isQuerySyntaxError(err)) return { message: lang === 'zh' ? err.messageZh : err.message, column: err.column };
    return { message: err instanceof Error ? err.message : String(err), column: null };
  }
}

/** Columns a monospace font gives the text: wide (CJK, full-width) characters take two. */
function displayColumns(s: string): number {
  let n = 0;
  for (const ch of s)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1;
  return n;
}

/** The server's error about the query (the `query` detail of a 400), in the UI language with its column; null for any other error. */
export function queryErrorOf(err: unknown, lang: Lang): QueryError | null {
  if (!(err instanceof ApiError)) return null;
  const detail = err.details.find((d) => d.field === 'query');
  return detail ? { message: detailText(detail, lang), column: detail.column ?? null } : null;
}

function paint(query: string) {
  let tokens: QueryToken[] = [];
  try {
    tokens = tokenizeQuery(query);
  } catch {
    return [<span key="all">{query}</span>];
  }
  const out = [];
  let pos = 0;
  for (const tk of tokens) {
    if (tk.offset > pos) out.push(<span key={`g${pos}`}>{query.slice(pos, tk.offset)}</span>);
    const bold = tk.kind !== 'term' && tk.kind !== 'phrase';
    out.push(
      <span key={`t${tk.offset}`} data-kind={tk.kind} style={{ color: colors[tk.kind], fontWeight: bold ? 600 : 400 }}>
        {query.slice(tk.offset, tk.offset + tk.length)}
      </span>,
    );
    pos = tk.offset + tk.length;
  }
  if (pos < query.length) out.push(<span key="end">{query.slice(pos)}</span>);
  return out;
}

const box: CSSProperties = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
  fontSize: 14,
  lineHeight: '22px',
  padding: '6px 11px',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  margin: 0,
  border: '1px solid transparent',
};

export function QueryEditor({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: QueryError | null }) {
  return (
    <div>
      <div style={{ position: 'relative', border: `1px solid ${error ? '#ff4d4f' : '#d9d9d9'}`, borderRadius: 6, background: '#fff' }}>
        <pre aria-hidden style={{ ...box, position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden' }}>
          {paint(value)}
          {'\n'}
        </pre>
        <textarea
          aria-label="query"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          rows={3}
          style={{
            ...box,
            position: 'relative',
            width: '100%',
            resize: 'vertical',
            color: 'transparent',
            caretColor: '#000',
            background: 'transparent',
            outline: 'none',
            display: 'block',
          }}
        />
      </div>
      {error && (
        <Typography.Text type="danger" data-testid="query-error">
          {error.column !== null ? (
            <pre style={{ ...box, padding: '4px 12px', color: '#cf1322' }}>
              {value}
              {'\n'}
              {' '.repeat(displayColumns(value.slice(0, Math.max(0, error.column - 1))))}^ {error.message}
            </pre>
          ) : (
            error.message
          )}
        </Typography.Text>
      )}
    </div>
  );
}
