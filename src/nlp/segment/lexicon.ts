/** A workspace's user dictionary: its words (simplified, case-insensitive) found in text leftmost-longest. */
import { simplify } from '../normalize/index.js';
import { WordTrie } from './trie.js';

export type UserWordKind = 'brand' | 'product' | 'person' | 'org' | 'place' | 'other';
export const USER_WORD_KINDS: readonly UserWordKind[] = ['brand', 'product', 'person', 'org', 'place', 'other'];

export interface UserWord {
  word: string;
  /** Part-of-speech tag given to the word in segmentation (jieba's tag set: nr person, nt org, ns place, nz other). */
  pos: string;
  kind: UserWordKind;
}

export interface LexiconHit {
  start: number;
  end: number;
  entry: UserWord;
}

/** The default tag for a kind of user word. */
export function posForKind(kind: UserWordKind): string {
  return kind === 'person' ? 'nr' : kind === 'org' ? 'nt' : kind === 'place' ? 'ns' : 'nz';
}

export class UserLexicon {
  private readonly trie = new WordTrie<UserWord>();
  private readonly byWord = new Map<string, UserWord>();

  constructor(words: readonly UserWord[]) {
    for (const w of words) {
      const key = keyOf(w.word);
      if (key === '') continue;
      this.byWord.set(key, w);
      this.trie.add(key, w);
    }
  }

  get size(): number {
    return this.byWord.size;
  }

  /** The entry for a word, if the workspace defined it. */
  lookup(word: string): UserWord | undefined {
    return this.byWord.size === 0 ? undefined : this.byWord.get(keyOf(word));
  }

  /** Non-overlapping occurrences, leftmost first, longest at each position. */
  find(text: string): LexiconHit[] {
    return this.trie.find(text).map((h) => ({ start: h.start, end: h.end, entry: h.value }));
  }
}

function keyOf(word: string): string {
  return simplify(word.normalize('NFKC').trim()).toLowerCase();
}

export const EMPTY_LEXICON = new UserLexicon([]);
