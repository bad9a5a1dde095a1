/**
 * TF-IDF keywords over the segmented words (so user-dictionary words count as one), with jieba's IDF table:
 * weight = (count / content words) × IDF, for words of two or more characters that carry content. Words jieba only
 * guessed must pass a check (guessed-words.ts): unknown words get the median IDF, so a one-off fragment would rank high.
 */
import type { Keyword } from '../../domain/analysis.js';
import type { TaggedWord } from '../../domain/mention.js';
import { hasLetter } from '../text/char-classes.js';
import { isGuessedWord, isPlausibleGuess } from './guessed-words.js';
import { jiebaIdf } from './idf.js';
import { STOPWORDS } from './stopwords.js';

export type { Keyword };

// Tags that never make a keyword: numbers, quantifiers, pronouns, prepositions, conjunctions, particles, adverbs, time, position, interjections.
const SKIP_TAGS = new Set([
  'm',
  'mq',
  'q',
  'r',
  'rr',
  'rz',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uv',
  'uz',
  'ug',
  'ud',
  'd',
  'df',
  'dg',
  'y',
  'e',
  'o',
  'f',
  't',
  'tg',
  'zg',
  'k',
  'h',
]);

interface Count {
  n: number;
  guessed: boolean;
}

export function extractKeywords(words: readonly TaggedWord[], top = 10): Keyword[] {
  const idf = jiebaIdf();
  const counts = new Map<string, Count>();
  let total = 0;
  for (const w of words) {
    if (w.word.length < 2 || SKIP_TAGS.has(w.tag)) continue;
    const word = w.tag === 'eng' ? w.word.toLowerCase() : w.word;
    if (word.length < 2 || !hasLetter(word) || STOPWORDS.has(word)) continue;
    let c = counts.get(word);
    if (!c) {
      c = { n: 0, guessed: false };
      counts.set(word, c);
    }
    c.n++;
    if (!c.guessed && isGuessedWord(w, idf)) c.guessed = true;
    total++;
  }
  if (total === 0) return [];
  const scored: Keyword[] = [];
  for (const [word, c] of counts) {
    if (c.guessed && !isPlausibleGuess(word, c.n)) continue;
    scored.push({ word, weight: (c.n / total) * idf.get(word) });
  }
  scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1));
  return scored.slice(0, top).map((k) => ({ word: k.word, weight: Math.round(k.weight * 1e4) / 1e4 }));
}
