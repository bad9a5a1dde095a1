/**
 * Unicode letter and Han tests by code point, as `/\p{L}/u` and `/\p{Script=Han}/u` answer them, without running a
 * regular expression per character: each BMP answer is worked out once and kept in a table.
 */

const LETTER = /^\p{L}$/u;
const HAN = /^\p{Script=Han}$/u;

/** 0 not yet known, 1 no, 2 yes; per BMP code unit. */
const letters = new Uint8Array(65536);
const han = new Uint8Array(65536);

function classify(table: Uint8Array, re: RegExp, c: number): boolean {
  if (c > 0xffff) return re.test(String.fromCodePoint(c));
  let v = table[c] as number;
  if (v === 0) {
    v = re.test(String.fromCharCode(c)) ? 2 : 1;
    table[c] = v;
  }
  return v === 2;
}

/** Whether a code point is a letter (`\p{L}`); a lone surrogate is not. */
export function isLetter(c: number): boolean {
  return classify(letters, LETTER, c);
}

/** Whether a code point is of the Han script (`\p{Script=Han}`). */
export function isHan(c: number): boolean {
  return classify(han, HAN, c);
}

/** The code point at `i` and how many code units it takes (1 or 2), as string iteration reads it. */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether the string holds a letter anywhere (`/\p{L}/u.test`). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c > 0xffff) i++;
    if (isLetter(c)) return true;
  }
  return false;
}

/** Whether the string is one or more Han characters and nothing else (`/^\p{Script=Han}+$/u.test`). */
export function isAllHan(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c > 0xffff) i++;
    if (!isHan(c)) return false;
  }
  return true;
}

/** Whether the string holds a Han character anywhere (`/\p{Script=Han}/u.test`). */
export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c > 0xffff) i++;
    if (isHan(c)) return true;
  }
  return false;
}

/** How many code points the string holds (`[...s].length`). */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (codePointAt(s, i) > 0xffff) i++;
    n++;
  }
  return n;
}

/**
 * `s.toLowerCase()`, without a copy when nothing can change: lower-case ASCII, CJK symbols, kana and ideographs
 * (U+3000–U+9FFF) and full-width punctuation and digits (U+FF01–U+FF20) have no case.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 ? c >= 0x41 && c <= 0x5a : !((c >= 0x3000 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff20))) return s.toLowerCase();
  }
  return s;
}
