/**
 * The text a full-text index holds for a mention: the NEAR units (`unitTokens`) of every matchable field, each
 * encoded so that any full-text tokenizer keeps it as one token: `[a-z0-9]` and common CJK ideographs stay as they
 * are, any other UTF-16 unit becomes `x` + 4 hex digits. The encoding is per unit, so equal tokens stay equal and a
 * prefix stays a prefix; collisions (a literal `x1234`) can only add candidates, which the post-filter removes.
 */
import { FIELDS } from './ast.js';
import type { MatchDocument } from './document.js';
import { unitTokens } from './units.js';

/** Longest encoded token kept; longer ones are cut, and a query for them becomes a prefix query. */
export const MAX_TOKEN = 240;

function safe(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x4e00 && c <= 0x9fcc) || (c >= 0x3400 && c <= 0x4db5);
}

export function encodeToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    out += safe(c) ? token[i] : `x${c.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** Every field's tokens, in field order, encoded and cut to MAX_TOKEN. */
export function indexTokens(doc: MatchDocument): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    const value = doc[f];
    if (value) for (const t of unitTokens(value)) out.push(encodeToken(t.token).slice(0, MAX_TOKEN));
  }
  return out;
}
