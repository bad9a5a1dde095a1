/** The text analysis reads: title and body joined, NFKC, whitespace collapsed, traditional Chinese folded to simplified. */
import { foldChar } from '../../match/fold.js';

const SPACE = /[\s\u3000]+/g;
const HAN = /\p{Script=Han}/u;
const decoder = new TextDecoder('utf-16le');

/** Traditional → simplified, character by character, touching only Han characters (case and width are left alone). */
export function simplify(text: string): string {
  if (!HAN.test(text)) return text;
  let units: Uint16Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0xfaff) continue;
    const f = foldChar(c);
    if (f === c) continue;
    units ??= codeUnits(text);
    units[i] = f;
  }
  return units ? decoder.decode(units) : text;
}

function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) units[j] = text.charCodeAt(j);
  return units;
}

/** NFKC and one space for every run of white space. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFKC').replace(SPACE, ' ').trim();
}

/** The analysis copy of a mention; the title is left out when the body already starts with it (titles made from the first line). */
export function analysisText(title: string, text: string): string {
  const head = title.endsWith('…') ? title.slice(0, -1) : title;
  const both = head === '' || text.startsWith(head) ? text : `${title}\n${text}`;
  return simplify(normalizeSpace(both));
}
