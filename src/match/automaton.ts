/**
 * A multi-pattern Aho-Corasick automaton over UTF-16 code units. Transitions live in typed arrays: a dense
 * table for the root and one open-addressing hash for the rest, so a scan allocates nothing.
 */

export interface Automaton {
  readonly patternCount: number;
  /** Pattern lengths in UTF-16 units, by pattern id. */
  readonly lengths: Int32Array;
  /** Calls `hit(patternId, end)` for every occurrence of every pattern, `end` being its exclusive end offset. */
  scan(text: string, hit: (pattern: number, end: number) => void): void;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. The trie, with a Map per state while building.
  const children: Array<Map<number, number>> = [new Map()];
  const output: number[] = [-1];
  patterns.forEach((p, id) => {
    if (p.length === 0) throw new Error('empty pattern');
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push(-1);
        children[s]!.set(c, next);
      }
      s = next;
    }
    output[s] = id;
  });
  const states = children.length;

  // 2. Failure links and dictionary links (nearest proper suffix state that ends a pattern), breadth first.
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (const next of children[0]!.values()) queue.push(next);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [c, next] of children[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[next] = target !== undefined && target !== next ? target : 0;
      dict[next] = output[fail[next]!]! >= 0 ? fail[next]! : dict[fail[next]!]!;
      queue.push(next);
    }
  }

  // 3. Frozen: one 4-int record per state, so a step touches one cache line — [single child's char, or
  //    BRANCHING / LEAF; that child; failure state; first state on the dictionary chain that ends a pattern].
  const BRANCHING = -2;
  const LEAF = -1;
  const record = new Int32Array(states * 4);
  const root = new Int32Array(65536);
  const alphabet = new Uint8Array(65536);
  let edges = 0;
  children.forEach((map, s) => {
    const [first] = map;
    record[s * 4] = map.size === 0 ? LEAF : map.size === 1 ? first![0] : BRANCHING;
    record[s * 4 + 1] = map.size === 1 ? first![1] : 0;
    record[s * 4 + 2] = fail[s]!;
    record[s * 4 + 3] = output[s]! >= 0 ? s : dict[s]!;
    if (s > 0 && map.size > 1) edges += map.size;
    for (const [c, next] of map) {
      alphabet[c] = 1;
      if (s === 0) root[c] = next;
    }
  });
  // The children of branching states, in one open-addressing hash keyed by (state, char).
  const bits = Math.max(4, Math.ceil(Math.log2(edges * 2 + 1)));
  const mask = (1 << bits) - 1;
  const keyState = new Int32Array(mask + 1).fill(-1);
  const keyChar = new Uint16Array(mask + 1);
  const value = new Int32Array(mask + 1);
  const hash = (s: number, c: number) => (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - bits);
  children.forEach((map, s) => {
    if (s === 0 || map.size < 2) return;
    for (const [c, next] of map) {
      let h = hash(s, c);
      while (keyState[h] !== -1) h = (h + 1) & mask;
      keyState[h] = s;
      keyChar[h] = c;
      value[h] = next;
    }
  });
  const out = Int32Array.from(output);
  const lengths = Int32Array.from(patterns, (p) => p.length);

  return {
    patternCount: patterns.length,
    lengths,
    scan(text, hit) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (alphabet[c] === 0) {
          s = 0;
          continue;
        }
        for (;;) {
          if (s === 0) {
            s = root[c]!;
            break;
          }
          const at = s * 4;
          const only = record[at]!;
          let next = -1;
          if (only === c) next = record[at + 1]!;
          else if (only === BRANCHING) {
            let h = hash(s, c);
            for (let k = keyState[h]!; k !== -1; k = keyState[h]!) {
              if (k === s && keyChar[h] === c) {
                next = value[h]!;
                break;
              }
              h = (h + 1) & mask;
            }
          }
          if (next !== -1) {
            s = next;
            break;
          }
          s = record[at + 2]!;
        }
        for (let o = record[s * 4 + 3]!; o !== -1; o = dict[o]!) hit(out[o]!, i + 1);
      }
    },
  };
}
