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
  let known: Map<string, string[]> | null = null;
  return (other) => {
    known ??= knownClauses(text, words, lexicon.size === 0 ? [] : lexicon.find(text));
    return known.size === 0 ? jiebaCut(other) : cutWithKnown(other, known);
  };
}

function knownClauses(text: string, words: ReadonlyArray<{ word: string }>, userWords: readonly LexiconHit[]): Map<string, string[]> {
  const known = new Map<string, string[]>();
  let at = 0;
  let start = 0;
  let first = 0;
  let hit = 0;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as { word: string }).word;
    if (!text.startsWith(w, at)) return new Map();
    at += w.length;
    if (!(w.length === 1 && isMark(w.charCodeAt(0))) && i + 1 < words.length) continue;
    // A clause [start, at) of words [first, i]; skip it when a user word lies inside it.
    while (hit < userWords.length && (userWords[hit] as LexiconHit).end <= start) hit++;
    const user = hit < userWords.length && (userWords[hit] as LexiconHit).start < at;
    if (!user) {
      const clause = text.slice(start, at);
      if (!known.has(clause)) {
        const cut: string[] = [];
        for (let j = first; j <= i; j++) cut.push((words[j] as { word: string }).word);
        known.set(clause, cut);
      }
    }
    start = at;
    first = i + 1;
  }
  if (at !== text.length) return new Map();
  return known;
}

function cutWithKnown(text: string, known: ReadonlyMap<string, string[]>): string[] {
  const clauses: Array<string[] | null> = [];
  const missing: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i)) && i + 1 < text.length) continue;
    const clause = text.slice(start, i + 1);
    const cut = known.get(clause);
    clauses.push(cut ?? null);
    if (!cut) missing.push(clause);
    start = i + 1;
  }
  // Clauses end with a mark (only the last may not), so cutting the missing ones together cuts each alone.
  const fresh = missing.length > 0 ? jiebaCut(missing.join('')) : [];
  const out: string[] = [];
  let f = 0;
  let m = 0;
  for (const cut of clauses) {
    if (cut) {
      for (const w of cut) out.push(w);
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
