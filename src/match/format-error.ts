/** A query error for a terminal: the message, the query line, and a caret under the column (wide characters count double). */
import type { QuerySyntaxError } from './errors.js';

export function formatQueryError(query: string, error: QuerySyntaxError): string {
  const lineStart = query.lastIndexOf('\n', error.offset - 1) + 1;
  const lineEnd = query.indexOf('\n', error.offset);
  const line = query.slice(lineStart, lineEnd < 0 ? query.length : lineEnd);
  const caret = ' '.repeat(displayWidth(query.slice(lineStart, error.offset)));
  return `${error.message}\n  ${line}\n  ${caret}^`;
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x1f300
  );
}
