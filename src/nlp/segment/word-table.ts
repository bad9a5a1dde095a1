/**
 * A read-mostly set of words for large dictionaries (jieba's 350,000 words and its IDF table): the characters of all
 * words in one array and an open-addressing table of (hash, word number). A look-up touches a slot and the word's
 * characters, where a `Map` of strings chases buckets, entries and the stored key — three times slower on these sizes.
 * The table is megabytes, so a look-up there misses the cache; a small direct-mapped cache of recent words in front
 * of it answers the words text repeats (的, 了, ，, the topic's names) from memory that stays hot.
 */

const EMPTY = -1;
const RECENT_BITS = 13;
const RECENT_MASK = (1 << RECENT_BITS) - 1;

function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

export class WordTable {
  /** Per slot: the word's hash, then its number (EMPTY when free). */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private chars = new Uint16Array(1 << 16);
  private starts = new Int32Array(1 << 12);
  private used = 0;
  private count = 0;
  /** Recently found words (or misses, -1) by the low bits of their hash. */
  private readonly recentWords: string[] = new Array<string>(RECENT_MASK + 1).fill('');
  private readonly recentNumbers = new Int32Array(RECENT_MASK + 1).fill(EMPTY);

  /** Room for `capacity` words at most one third full. */
  constructor(capacity: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(capacity * 3)));
    this.slots = new Int32Array(2 << bits).fill(EMPTY);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The word's number (0, 1, … in order of adding), or -1. */
  find(word: string): number {
    const h = hashOf(word);
    const r = h & RECENT_MASK;
    if (this.recentWords[r] === word && word !== '') return this.recentNumbers[r] as number;
    const n = this.lookup(h, word);
    this.recentWords[r] = word;
    this.recentNumbers[r] = n;
    return n;
  }

  private lookup(h: number, word: string): number {
    const slots = this.slots;
    for (let s = Math.imul(h, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & this.mask) {
      const n = slots[2 * s + 1] as number;
      if (n === EMPTY) return -1;
      if (slots[2 * s] === h && this.equals(n, word)) return n;
    }
  }

  /** The word's number, adding the word when it is new. */
  add(word: string): number {
    if (this.count * 2 >= this.mask) throw new Error('word table is full');
    const h = hashOf(word);
    this.recentWords[h & RECENT_MASK] = '';
    const slots = this.slots;
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (; ; s = (s + 1) & this.mask) {
      const n = slots[2 * s + 1] as number;
      if (n === EMPTY) break;
      if (slots[2 * s] === h && this.equals(n, word)) return n;
    }
    const n = this.count++;
    this.store(n, word);
    slots[2 * s] = h;
    slots[2 * s + 1] = n;
    return n;
  }

  private store(n: number, word: string): void {
    if (this.used + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.used + word.length));
      grown.set(this.chars);
      this.chars = grown;
    }
    if (n + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    for (let i = 0; i < word.length; i++) this.chars[this.used + i] = word.charCodeAt(i);
    this.starts[n] = this.used;
    this.used += word.length;
    this.starts[n + 1] = this.used;
  }

  private equals(n: number, word: string): boolean {
    const start = this.starts[n] as number;
    if ((this.starts[n + 1] as number) - start !== word.length) return false;
    const chars = this.chars;
    for (let i = 0; i < word.length; i++) if (chars[start + i] !== word.charCodeAt(i)) return false;
    return true;
  }
}
