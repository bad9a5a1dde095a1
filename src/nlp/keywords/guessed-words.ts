/**
 * Words jieba's HMM guessed (in neither its dictionary nor its IDF table, not a user word): often a fragment straddling
 * two real words (充电宝到了 → 宝到, 星澜换的 → 星澜换). A guess makes a keyword only when the text repeats it and
 * neither end is a function character that belongs to the next or previous word.
 */
import type { TaggedWord } from '../../domain/mention.js';
import { isAllHan } from '../text/char-classes.js';
import type { IdfTable } from './idf.js';

/** Characters that stand as words of their own far more often than they end or start a new word (written for this project). */
const FUNCTION_CHARS = new Set(
  '的了在到是和与也就都把被让给从向对里上下中内外着过吗呢吧啊呀么个们这那有为以及或而但又还很才再更最换'.split(''),
);

/** jieba tags everything outside its dictionary `x` (see segment/tags.ts); a known IDF entry is a real word too. */
export function isGuessedWord(w: TaggedWord, idf: IdfTable): boolean {
  return w.tag === 'x' && isAllHan(w.word) && !idf.has(w.word);
}

/** A guessed word that is plausibly a new word (a name, a coinage) rather than a fragment. */
export function isPlausibleGuess(word: string, count: number): boolean {
  const chars = [...word];
  return count >= 2 && !FUNCTION_CHARS.has(chars[0] ?? '') && !FUNCTION_CHARS.has(chars[chars.length - 1] ?? '');
}
