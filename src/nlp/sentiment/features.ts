/** Hashed features of one Chinese text: character n-grams, word uni/bigrams and cue-scoped copies (negation, degree, contrast, rhetorical). */

import { CLAUSE_END, CONCESSION, CONTRAST, DOWNTONERS, INTENSIFIERS, NEGATORS, RHETORICAL_OPENERS, SENTENCE_END } from './cues.js';
import { hashString, mix32, seedHash, stepHash } from './hash.js';

/** Which feature families to produce; stored with the weights so inference matches training. */
export interface FeatureOptions {
  /** Longest character n-gram (1 = unigrams only). */
  charOrder: number;
  wordUnigrams: boolean;
  wordBigrams: boolean;
  /** Negation, degree, contrast, concession and rhetorical-question scoped copies of words. */
  cues: boolean;
  /** Copies of the words of the first and last sentence (reviews open and close with their verdict). */
  position: boolean;
}

/** Feature kinds: the seed each family hashes under. */
const KIND = {
  char: 0,
  word: 10,
  bigram: 11,
  neg: 12,
  hi: 13,
  lo: 14,
  after: 15,
  concede: 16,
  rq: 17,
  rqFlag: 18,
  bias: 19,
  first: 20,
  last: 21,
} as const;
const SEED = Object.fromEntries(Object.entries(KIND).map(([k, v]) => [k, seedHash(v)])) as Record<keyof typeof KIND, number>;

/** A growable list of (hash, value) pairs; reused across texts to avoid allocation. */
export class FeatureBag {
  hashes = new Uint32Array(1024);
  values = new Float32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  add(hash: number, value: number): void {
    if (this.size === this.hashes.length) {
      const h = new Uint32Array(this.size * 2);
      h.set(this.hashes);
      this.hashes = h;
      const v = new Float32Array(this.size * 2);
      v.set(this.values);
      this.values = v;
    }
    this.hashes[this.size] = hash;
    this.values[this.size] = value;
    this.size++;
  }
}

/** Code points of the text being featurised; grown as needed, reused across texts. */
let codePoints = new Int32Array(1024);

/** Character n-grams over code points, orders 1..maxOrder. */
export function addCharNgrams(bag: FeatureBag, text: string, maxOrder: number): void {
  if (codePoints.length < text.length) codePoints = new Int32Array(text.length * 2);
  const cps = codePoints;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    cps[n++] = c;
  }
  const seed = SEED.char;
  for (let i = 0; i < n; i++) {
    let h = seed;
    const top = Math.min(maxOrder, n - i);
    for (let k = 0; k < top; k++) {
      h = stepHash(h, cps[i + k] as number);
      if (k === 0 && cps[i] === 32) break;
      bag.add(mix32(h ^ (k + 1)), 1);
    }
  }
}

function wordHash(seed: number, w: string): number {
  return mix32(hashString(w, seed));
}

const BAR = 0x7c; // '|' between the two words of a bigram feature
const BIGRAM_START = stepHash(stepHash(SEED.bigram, 0x5e), BAR); // the state after hashing '^|'
const DOLLAR = 0x24; // '$', the end of the text in the last bigram

/** Word unigrams, bigrams and cue-scoped copies from segmented tokens. */
export function addWordFeatures(bag: FeatureBag, tokens: readonly string[], sentence: string, opts: FeatureOptions): void {
  // A bigram is the hash of `${prev}|${t}`: FNV-1a runs on, so the state after `prev|` carries over to the next word.
  let prefix = BIGRAM_START;
  const words: string[] = [];
  for (const t of tokens) {
    if (t === ' ') continue;
    words.push(t);
    if (opts.wordUnigrams) bag.add(wordHash(SEED.word, t), 1);
    if (opts.wordBigrams) {
      bag.add(mix32(hashString(t, prefix)), 1);
      prefix = stepHash(hashString(t, SEED.bigram), BAR);
    }
  }
  if (opts.wordBigrams) bag.add(mix32(stepHash(prefix, DOLLAR)), 1);
  if (opts.cues) addCueFeatures(bag, words, sentence);
  if (opts.position) addPositionFeatures(bag, words);
}

/** FIRST|w for the first sentence's words and LAST|w for the last one's, when the text has more than one sentence. */
function addPositionFeatures(bag: FeatureBag, words: readonly string[]): void {
  let end = words.length;
  while (end > 0 && SENTENCE_END.has(words[end - 1] ?? '')) end--;
  let lastStart = end;
  while (lastStart > 0 && !SENTENCE_END.has(words[lastStart - 1] ?? '')) lastStart--;
  if (lastStart === 0) return;
  for (let i = lastStart; i < end; i++) bag.add(wordHash(SEED.last, words[i] ?? ''), 1);
  for (let i = 0; i < words.length && !SENTENCE_END.has(words[i] ?? ''); i++) bag.add(wordHash(SEED.first, words[i] ?? ''), 1);
}

/** What a word is to the cue scopes, as bits, so that one lookup answers every cue list. */
const CLAUSE = 1;
const SENTENCE = 2;
const NEGATOR = 4;
const INTENSIFIER = 8;
const DOWNTONER = 16;
const CONTRAST_MARK = 32;
const CONCESSION_MARK = 64;
const CUE_BITS = cueBits();

function cueBits(): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  mark(CLAUSE_END, CLAUSE);
  mark(SENTENCE_END, SENTENCE);
  mark(NEGATORS, NEGATOR);
  mark(INTENSIFIERS, INTENSIFIER);
  mark(DOWNTONERS, DOWNTONER);
  mark(CONTRAST, CONTRAST_MARK);
  mark(CONCESSION, CONCESSION_MARK);
  return bits;
}

/** Whether a word holds a character a rhetorical question needs (吗 呢 ? ？): without one no sentence can be one. */
function hasQuestionChar(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x5417 || c === 0x5462 || c === 0x3f || c === 0xff1f) return true;
  }
  return false;
}

/** Scoped copies: NEG|w after a negator, HI|w / LO|w after degree words, AFTER|w after a contrast, CONCEDE|w inside a concession, RQ|w inside a rhetorical question. */
function addCueFeatures(bag: FeatureBag, words: readonly string[], text: string): void {
  let neg = 0;
  let degree: 'hi' | 'lo' | null = null;
  let after = false;
  let concede = false;
  let sentenceStart = 0;
  const questions = words.some(hasQuestionChar);
  const flush = (end: number): void => {
    if (!questions) return;
    const sentence = words.slice(sentenceStart, end).join('');
    if (!isRhetorical(sentence, text)) return;
    bag.add(SEED.rqFlag, 1);
    for (let j = sentenceStart; j < end; j++) bag.add(wordHash(SEED.rq, words[j] ?? ''), 1);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const bits = CUE_BITS.get(w) ?? 0;
    if (bits & CLAUSE) {
      neg = 0;
      degree = null;
      concede = false;
      if (bits & SENTENCE) {
        flush(i + 1);
        sentenceStart = i + 1;
        after = false;
      }
      continue;
    }
    if (neg > 0) {
      bag.add(wordHash(SEED.neg, w), 1);
      neg--;
    }
    if (degree) {
      bag.add(wordHash(degree === 'hi' ? SEED.hi : SEED.lo, w), 1);
      degree = null;
    }
    if (after) bag.add(wordHash(SEED.after, w), 1);
    if (concede) bag.add(wordHash(SEED.concede, w), 1);
    if (bits & NEGATOR) neg = 3;
    if (bits & INTENSIFIER) degree = 'hi';
    else if (bits & DOWNTONER) degree = 'lo';
    if (bits & CONTRAST_MARK) after = true;
    if (bits & CONCESSION_MARK) concede = true;
  }
  if (sentenceStart < words.length) flush(words.length);
}

/** A sentence opened by a rhetorical marker and closed as a question. */
function isRhetorical(sentence: string, _text: string): boolean {
  if (!/[吗呢?？]\s*[!?！？。]*$/.test(sentence) && !sentence.includes('吗')) return false;
  return RHETORICAL_OPENERS.some((o) => sentence.includes(o));
}

/** The bias feature every text carries. */
export const BIAS_HASH = SEED.bias;
