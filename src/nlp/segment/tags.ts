/**
 * Part-of-speech tags without jieba's `tag()`: `cut()` is about three times faster, and the tag of a word is what
 * jieba itself would give — its dictionary entry's tag, else `m` for ASCII digits, `eng` for other ASCII letters and
 * digits, `x` for everything else (HMM-found words, punctuation, white space). Checked against `tag()` in the tests.
 */
import { dict } from '@node-rs/jieba/dict.js';

let table: Map<string, string> | null = null;

function tagTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const first = line.indexOf(' ');
    if (first <= 0) continue;
    const last = line.lastIndexOf(' ');
    if (last > first) t.set(line.slice(0, first), line.slice(last + 1).trim());
  }
  table = t;
  return t;
}

export function tagOf(word: string): string {
  const known = tagTable().get(word);
  if (known !== undefined) return known;
  let alnum = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
      alnum++;
      if (digit) digits++;
    }
  }
  if (alnum === 0) return 'x';
  return alnum === digits ? 'm' : 'eng';
}
