/**
 * Longest-match dictionary scan: a trie over lower-cased keys, found leftmost-longest without overlaps. Latin and
 * digit ends of a key must be whole-word ends in the text (so `SU7` is not found in `SU77`); Chinese matches anywhere.
 * Nodes are numbers and edges one open-addressing hash keyed by (node, code unit), rebuilt after an `add`, so a scan
 * steps through typed arrays instead of a `Map` per node.
 */

export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
const slotOf = (node: number, c: number, shift: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> shift;

interface Edges {
  node: Int32Array;
  char: Uint16Array;
  child: Int32Array;
  shift: number;
  mask: number;
}

export class WordTrie<T> {
  /** Per node: its children by code unit while adding; node 0 is the root. */
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly values: Array<T | undefined> = [undefined];
  /** The (lower-cased) code units keys start with: positions starting with another are passed over at once. */
  private readonly starts = new Uint8Array(65536);
  private edges: Edges | null = null;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a key (compared lower-cased); a later value for the same key replaces the earlier one. */
  add(key: string, value: T): void {
    if (key === '') return;
    this.starts[lower(key.charCodeAt(0))] = 1;
    this.edges = null;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = lower(key.charCodeAt(i));
      const map = this.children[node] as Map<number, number>;
      let child = map.get(c);
      if (child === undefined) {
        child = this.children.push(new Map()) - 1;
        this.values.push(undefined);
        map.set(c, child);
      }
      node = child;
    }
    if (this.values[node] === undefined) this.count++;
    this.values[node] = value;
  }

  find(text: string): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    if (this.count === 0) return hits;
    const { node: keyNode, char: keyChar, child, shift, mask } = this.edges ?? this.freeze();
    const values = this.values;
    const starts = this.starts;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (starts[lower(c)] === 0 || (isAlnum(c) && i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let node = 0;
      let end = -1;
      let value: T | undefined;
      for (let j = i; j < n; j++) {
        const cj = lower(text.charCodeAt(j));
        let s = slotOf(node, cj, shift);
        let next = -1;
        for (let k = keyNode[s] as number; k !== -1; k = keyNode[s] as number) {
          if (k === node && keyChar[s] === cj) {
            next = child[s] as number;
            break;
          }
          s = (s + 1) & mask;
        }
        if (next < 0) break;
        node = next;
        const v = values[node];
        if (v !== undefined && !(isAlnum(text.charCodeAt(j)) && j + 1 < n && isAlnum(text.charCodeAt(j + 1)))) {
          end = j + 1;
          value = v;
        }
      }
      if (end > 0) {
        hits.push({ start: i, end, value: value as T });
        i = end;
      } else i++;
    }
    return hits;
  }

  private freeze(): Edges {
    const edgeCount = this.children.length - 1;
    const bits = Math.max(4, Math.ceil(Math.log2(edgeCount * 2 + 1)));
    const mask = (1 << bits) - 1;
    const edges: Edges = {
      node: new Int32Array(mask + 1).fill(-1),
      char: new Uint16Array(mask + 1),
      child: new Int32Array(mask + 1),
      shift: 32 - bits,
      mask,
    };
    this.children.forEach((map, node) => {
      for (const [c, next] of map) {
        let s = slotOf(node, c, edges.shift);
        while (edges.node[s] !== -1) s = (s + 1) & mask;
        edges.node[s] = node;
        edges.char[s] = c;
        edges.child[s] = next;
      }
    });
    this.edges = edges;
    return edges;
  }
}
