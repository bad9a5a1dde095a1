/** 32-bit hashing for hashed features: FNV-1a over UTF-16 units with a murmur3 finaliser, seeded per feature kind. */

/** Murmur3's fmix32: spreads the bits of a 32-bit value. */
export function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Starts a hash for a feature kind (a small integer seed). */
export function seedHash(kind: number): number {
  return Math.imul(0x811c9dc5 ^ kind, 0x01000193) >>> 0;
}

/** Folds one code unit or code point into a running FNV-1a hash. */
export function stepHash(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}

/** Hashes a whole string under a kind seed, starting from `h` when given. */
export function hashString(s: string, h: number): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return x >>> 0;
}
