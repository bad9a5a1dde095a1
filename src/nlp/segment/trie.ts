/**
 * Longest-match dictionary scan: a trie over lower-cased keys, found leftmost-longest without overlaps. Latin and
 * digit ends of a key must be whole-word ends in the text (so `SU7` is not found in `SU77`); Chinese matches anywhere.
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  value: T | undefined;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

export class WordTrie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };
  /** The (lower-cased) code units keys start with: positions starting with another are passed over at once. */
  private readonly starts = new Uint8Array(65536);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a key (compared lower-cased); a later value for the same key replaces the earlier one. */
  add(key: string, value: T): void {
    if (key === '') return;
    this.starts[lower(key.charCodeAt(0))] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = lower(key.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === undefined) this.count++;
    node.value = value;
  }

  find(text: string): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    if (this.count === 0) return hits;
    const starts = this.starts;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (starts[lower(c)] === 0 || (isAlnum(c) && i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let node: Node<T> | undefined = this.root;
      let end = -1;
      let value: T | undefined;
      for (let j = i; j < n && node; j++) {
        node = node.next.get(lower(text.charCodeAt(j)));
        if (node?.value !== undefined && !(isAlnum(text.charCodeAt(j)) && j + 1 < n && isAlnum(text.charCodeAt(j + 1)))) {
          end = j + 1;
          value = node.value;
        }
      }
      if (end > 0) {
        hits.push({ start: i, end, value: value as T });
        i = end;
      } else i++;
    }
    return hits;
  }
}
