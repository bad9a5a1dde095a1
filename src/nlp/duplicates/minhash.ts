/** MinHash over character 3-grams and LSH banding: 64 hash functions, 16 bands of 4 rows. */
import { mix32 } from '../sentiment/hash.js';

export const HASHES = 64;
export const BANDS = 16;
export const ROWS = HASHES / BANDS;
export const SHINGLE = 3;

// Fixed parameters, one pair per hash function: signatures stay comparable across processes and releases.
// Shingle hashes are already well mixed, so each function is a cheap bijection: xor, odd multiply, xor-shift.
const MUL = Uint32Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab) | 1);
const XOR = Uint32Array.from({ length: HASHES }, (_, i) => mix32(0x85ebca6b ^ (i * 0x27d4eb2f)));

/** The distinct 32-bit hashes of a text's character `SHINGLE`-grams (code points), sorted ascending. */
export function shingles(text: string): Uint32Array {
  // Code points straight from the UTF-16 units (a surrogate pair is one), no array of them made first.
  let cps = codePointBuffer;
  if (cps.length < text.length) cps = codePointBuffer = new Int32Array(text.length * 2);
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    cps[len++] = c;
    if (c > 0xffff) i++;
  }
  const n = Math.max(len - SHINGLE + 1, len > 0 ? 1 : 0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + SHINGLE, len);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (cps[j] as number), 0x01000193);
    out[i] = mix32(h >>> 0);
  }
  sortUint32(out);
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] as number;
  return out.subarray(0, w);
}

let codePointBuffer = new Int32Array(4096);
let sortScratch = new Uint32Array(4096);
const radixCounts = new Int32Array(256);

/** Sorts ascending in place: a radix sort by bytes for long arrays (an article's thousands of shingles), else the built-in. */
function sortUint32(a: Uint32Array): void {
  const n = a.length;
  if (n < 256) {
    a.sort();
    return;
  }
  if (sortScratch.length < n) sortScratch = new Uint32Array(n * 2);
  let from: Uint32Array = a;
  let to: Uint32Array = sortScratch.subarray(0, n);
  for (let shift = 0; shift < 32; shift += 8) {
    radixCounts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((from[i] as number) >>> shift) & 0xff;
      radixCounts[b] = (radixCounts[b] as number) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = radixCounts[b] as number;
      radixCounts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i] as number;
      const b = (v >>> shift) & 0xff;
      const at = radixCounts[b] as number;
      to[at] = v;
      radixCounts[b] = at + 1;
    }
    const t = from;
    from = to;
    to = t;
  }
  // Four passes: the sorted values are back in `a`.
}

/** The MinHash signature: for each hash function the minimum over the shingles. */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  if (set.length === 0) return sig;
  // One hash function at a time over every shingle: its constants and the running minimum stay in registers.
  for (let i = 0; i < HASHES; i++) {
    const xor = XOR[i] as number;
    const mul = MUL[i] as number;
    let min = 0xffffffff;
    for (let k = 0; k < set.length; k++) {
      let v = Math.imul((set[k] as number) ^ xor, mul);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** One bucket key per band (`BANDS` keys): two texts that share any key are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    let h2 = 0x2545f491 ^ b;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r] as number;
      h = Math.imul(h ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 13);
    }
    keys.push(base36(mix32(h) * 0x200000 + (mix32(h2) >>> 11)));
  }
  return keys;
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a whole number below 2^53, several times faster (band keys are made for every mention). */
export function base36(n: number): string {
  if (n < 36) return DIGITS36.charAt(n);
  let out = '';
  let rest = n;
  while (rest > 0) {
    const q = Math.floor(rest / 36);
    out = DIGITS36.charAt(rest - q * 36) + out;
    rest = q;
  }
  return out;
}

/** Exact Jaccard similarity of two sorted distinct shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/** Share of the smaller set found in the larger one (a truncated copy scores 1 against its original). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = a.length <= b.length ? a : b;
  if (small.length === 0) return 0;
  const j = jaccard(a, b);
  const both = (j * (a.length + b.length)) / (1 + j);
  return both / small.length;
}
