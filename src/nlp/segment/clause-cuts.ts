/**
 * Reusing one text's jieba cut for another text that shares most of its clauses (the sentiment model's copy of a
 * mention beside the analysis copy). jieba cuts each run of Han, Latin letters and digits on its own and emits every
 * other character as a token of its own, so a cut never crosses a clause mark (，。！？ …): the cut of a text is the
 * cuts of its clauses one after another. The clauses found in the cut text are looked up; the others are cut by jieba
 * in one call. Words from the user dictionary are not jieba's: clauses holding one are never reused.
 */
import { sharedJieba } from './jieba.js';
import { EMPTY_LEXICON, type LexiconHit, type UserLexicon } from './lexicon.js';

/** Characters after which a clause ends: punctuation jieba never joins to a word, and the space. */
const CLAUSE_MARKS = new Uint8Array(65536);
for (const c of '，,。！!？?；;：:、“”（）()【】《》…\n ') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

const isMark = (c: number) => CLAUSE_MARKS[c] === 1;

export type CutWords = (text: string) => string[];

/** jieba's exact mode with HMM. */
export function jiebaCut(text: string): string[] {
  return sharedJieba().cut(text, true);
}

/**
 * A cut for other texts that reuses the clauses of `text` cut into `words` by `segment(text, lexicon)`. Gives exactly
 * what `jiebaCut` gives.
 */
export function cutReusing(text: string, words: ReadonlyArray<{ word: string }>, lexicon: UserLexicon = EMPTY_LEXICON): CutWords {
  let known: KnownClauses | null = null;
  return (other) => {
    known ??= knownClauses(text, words, lexicon.size === 0 ? [] : lexicon.find(text));
    return known ? cutWithKnown(other, known) : jiebaCut(other);
  };
}

/** The clauses of the cut text: clause i is text[bounds[2i], bounds[2i+1]), its words words[firsts[i], firsts[i+1]). */
interface KnownClauses {
  text: string;
  words: ReadonlyArray<{ word: string }>;
  bounds: number[];
  firsts: number[];
  /** Clauses holding a user word are not jieba's cut. */
  reusable: boolean[];
  /** Clause text → the first reusable clause with it, built when the clauses are not met in order. */
  index: Map<string, number> | null;
}

function knownClauses(text: string, words: ReadonlyArray<{ word: string }>, userWords: readonly LexiconHit[]): KnownClauses | null {
  const bounds: number[] = [];
  const firsts: number[] = [0];
  const reusable: boolean[] = [];
  let at = 0;
  let start = 0;
  let hit = 0;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as { word: string }).word;
    if (!text.startsWith(w, at)) return null;
    at += w.length;
    if (!(w.length === 1 && isMark(w.charCodeAt(0))) && i + 1 < words.length) continue;
    // A clause [start, at) of words [first, i]; not reusable when a user word lies inside it.
    while (hit < userWords.length && (userWords[hit] as LexiconHit).end <= start) hit++;
    reusable.push(!(hit < userWords.length && (userWords[hit] as LexiconHit).start < at));
    bounds.push(start, at);
    firsts.push(i + 1);
    start = at;
  }
  if (at !== text.length || bounds.length === 0) return null;
  return { text, words, bounds, firsts, reusable, index: null };
}

/** Whether known clause i reads as other[start, end). */
function sameClause(known: KnownClauses, i: number, other: string, start: number, end: number): boolean {
  if (i >= known.reusable.length || !known.reusable[i]) return false;
  const from = known.bounds[2 * i] as number;
  if ((known.bounds[2 * i + 1] as number) - from !== end - start) return false;
  const text = known.text;
  for (let k = 0; k < end - start; k++) if (text.charCodeAt(from + k) !== other.charCodeAt(start + k)) return false;
  return true;
}

function clauseIndex(known: KnownClauses): Map<string, number> {
  if (known.index) return known.index;
  const index = new Map<string, number>();
  for (let i = 0; i < known.reusable.length; i++) {
    if (!known.reusable[i]) continue;
    const clause = known.text.slice(known.bounds[2 * i], known.bounds[2 * i + 1]);
    if (!index.has(clause)) index.set(clause, i);
  }
  known.index = index;
  return index;
}

function cutWithKnown(text: string, known: KnownClauses): string[] {
  // Per clause of `text`: the known clause it equals, or -1 (cut afresh).
  const found: number[] = [];
  const missing: string[] = [];
  let next = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i)) && i + 1 < text.length) continue;
    // Usually the texts run in step: try the known clause after the last one used before looking the clause up.
    let k = sameClause(known, next, text, start, i + 1) ? next : -1;
    if (k < 0) {
      const clause = text.slice(start, i + 1);
      k = clauseIndex(known).get(clause) ?? -1;
      if (k < 0) missing.push(clause);
    }
    found.push(k);
    next = k < 0 ? next + 1 : k + 1;
    start = i + 1;
  }
  // Clauses end with a mark (only the last may not), so cutting the missing ones together cuts each alone.
  const fresh = missing.length > 0 ? jiebaCut(missing.join('')) : [];
  const out: string[] = [];
  const words = known.words;
  let f = 0;
  let m = 0;
  for (const k of found) {
    if (k >= 0) {
      const last = known.firsts[k + 1] as number;
      for (let j = known.firsts[k] as number; j < last; j++) out.push((words[j] as { word: string }).word);
      continue;
    }
    const length = (missing[m++] as string).length;
    for (let taken = 0; taken < length && f < fresh.length; f++) {
      const w = fresh[f] as string;
      out.push(w);
      taken += w.length;
    }
  }
  return out;
}
