/**
 * The text as NEAR units — Latin words and single Chinese characters — folded. Indexed this way, a full-text
 * engine (FTS5, tsvector) finds a superset of a term's matches as a phrase of units (it ignores punctuation
 * inside a Chinese word), so a search can pre-select with it and let `compileQuery` decide.
 */
import { classTable, fold, IDEOGRAPHIC, WORD } from './fold.js';

export interface UnitToken {
  token: string;
  /** Offsets into the text (and so into the original: folding keeps lengths). */
  start: number;
  end: number;
}

export function unitTokens(text: string): UnitToken[] {
  const f = fold(text);
  const out: UnitToken[] = [];
  let i = 0;
  while (i < f.length) {
    const code = f.charCodeAt(i);
    const cls = classTable[code];
    if (cls === WORD) {
      let end = i + 1;
      while (end < f.length && classTable[f.charCodeAt(end)] === WORD) end++;
      out.push({ token: f.slice(i, end), start: i, end });
      i = end;
    } else if (cls === IDEOGRAPHIC) {
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < f.length ? 2 : 1;
      out.push({ token: f.slice(i, i + pair), start: i, end: i + pair });
      i += pair;
    } else i++;
  }
  return out;
}
