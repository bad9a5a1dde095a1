/** Folding for matching: case, full-width → ASCII, traditional → simplified; one UTF-16 unit in, one out. */
import { hanFoldPairs } from './han-variants.js';

/** Character classes of folded text: what separates words, what is a word letter, what matches as a substring. */
export const SEPARATOR = 0;
export const WORD = 1;
export const IDEOGRAPHIC = 2;
export type CharClass = typeof SEPARATOR | typeof WORD | typeof IDEOGRAPHIC;

const FOLD = buildFoldTable();
const CLASS = buildClassTable();
const decoder = new TextDecoder('utf-16le');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Folds one UTF-16 code unit. */
export function foldChar(code: number): number {
  return FOLD[code & 0xffff]!;
}

/** The class of a (folded) UTF-16 code unit. */
export function charClass(code: number): CharClass {
  return CLASS[code & 0xffff] as CharClass;
}

/** The class table itself, for hot loops. */
export const classTable: Readonly<Uint8Array> = CLASS;

/**
 * Folds a string for matching. The result has exactly the same length, so an offset into it is an offset into
 * the original (for highlighting). Idempotent: fold(fold(s)) === fold(s).
 */
export function fold(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (FOLD[c] !== c) break;
    i++;
  }
  if (i === n) return s;
  const out = new Uint16Array(n);
  let surrogates = false;
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(j);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    out[j] = FOLD[c]!;
  }
  // The decoder would replace a lone surrogate with U+FFFD; keep such (rare) strings exact.
  if (surrogates && loneSurrogate.test(s)) return fromUnits(out);
  return decoder.decode(out);
}

function fromUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096));
  return out;
}

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  // Full-width ASCII (！ … ～) and the ideographic space, as NFKC does for this range.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  // Lower case, where it stays one unit (İ → i̇ is two units and is left alone).
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const lower = String.fromCharCode(t[c]!).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  for (const [from, to] of hanFoldPairs()) t[from] = to;
  // Close under composition so folding is idempotent (e.g. compatibility ideograph → traditional → simplified).
  for (let changed = true; changed; ) {
    changed = false;
    for (let c = 0; c < 65536; c++) {
      const next = t[t[c]!]!;
      if (next !== t[c]) {
        t[c] = next;
        changed = true;
      }
    }
  }
  return t;
}

function buildClassTable(): Uint8Array {
  const t = new Uint8Array(65536);
  const letter = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = IDEOGRAPHIC;
    else if (letter.test(String.fromCharCode(c))) t[c] = isSubstringScript(c) ? IDEOGRAPHIC : WORD;
  }
  t[0x3005] = IDEOGRAPHIC; // 々
  t[0x3007] = IDEOGRAPHIC; // 〇
  return t;
}

/** Scripts written without spaces between words: Han, kana, bopomofo, Yi, Thai, Lao, Khmer, Myanmar. */
function isSubstringScript(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x2fdf) || // CJK radicals, Kangxi radicals
    (c >= 0x3021 && c <= 0x303b) || // Hangzhou numerals, etc.
    (c >= 0x3040 && c <= 0x31ff) || // kana, bopomofo, kanbun, CJK strokes, kana extensions
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xa000 && c <= 0xa4cf) || // Yi
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) // Khmer
  );
}
