/** An in-memory near-duplicate index: each added text is checked against earlier ones and points to the earliest copy. */
import { type Fingerprint, fingerprint, isCopy } from './fingerprint.js';

export interface DuplicateIndex {
  /** Adds a text; returns the id of the earliest earlier-seen copy (its original), or null when it is new. */
  add(id: string | number, text: string, sortAt?: number): string | number | null;
  /** Adds an already computed fingerprint (the pipeline computes it once). */
  addFingerprint(id: string | number, fp: Fingerprint, sortAt?: number): string | number | null;
  /** The original of the copies of `fp` already in the index, without adding it. */
  match(fp: Fingerprint): string | number | null;
  readonly size: number;
}

interface Entry {
  id: string | number;
  fp: Fingerprint;
  sortAt: number;
  /** The entry this one was found to copy, or null for an original; followed to the end it gives the original. */
  up: Entry | null;
}

function rootOf(e: Entry): Entry {
  let r = e;
  while (r.up) r = r.up;
  return r;
}

export interface DuplicateIndexOptions {
  /**
   * Bounds memory for long streams (the `analyze` CLI): the oldest entries are dropped first, so copies are found
   * within the last `maxEntries` texts.
   */
  maxEntries?: number;
  /**
   * Entries a bucket holds at most; past that an entry joins the bucket's other keys only, so a flood of one
   * template with other facts is compared with a bounded number of entries instead of all of them.
   */
  bucketCap?: number;
  /** Members a bucket already has elsewhere (the store), counted toward `bucketCap`; band −1 is the exact hash. */
  heldElsewhere?: (band: number, bucket: string) => number;
}

interface Key {
  key: string;
  band: number;
  bucket: string;
}

function keysOf(fp: Fingerprint): Key[] {
  const exact = { key: `x${fp.exact}`, band: -1, bucket: fp.exact };
  return fp.short ? [exact] : [exact, ...fp.bands.map((b, i) => ({ key: `${i}:${b}`, band: i, bucket: b }))];
}

export function createDuplicateIndex({
  maxEntries = 200_000,
  bucketCap = Number.POSITIVE_INFINITY,
  heldElsewhere = () => 0,
}: DuplicateIndexOptions = {}): DuplicateIndex {
  const buckets = new Map<string, Entry[]>();
  const order: { entry: Entry; keys: string[] }[] = [];
  let head = 0;

  function evict(): void {
    const old = order[head];
    if (!old) return;
    order[head++] = undefined as never;
    for (const k of old.keys) {
      const list = buckets.get(k);
      if (!list) continue;
      const i = list.indexOf(old.entry);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) buckets.delete(k);
    }
    if (head > 4096 && head * 2 > order.length) {
      order.splice(0, head);
      head = 0;
    }
  }

  /**
   * The original of `fp`: the earliest original it copies directly, else the earliest original of a copy it matches.
   * Originals first, as the pipeline stage does: a copy that lost the facts telling two reports apart (a part left
   * out) matches both families, and must not pull the copies of the later one into the earlier one.
   */
  function find(fp: Fingerprint, keys: Key[]): Entry | null {
    const seen = new Set<Entry>();
    let direct: Entry | null = null;
    let viaCopy: Entry | null = null;
    for (const { key } of keys) {
      for (const e of buckets.get(key) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        if (!isCopy(fp, e.fp)) continue;
        if (!e.up) {
          if (!direct || e.sortAt < direct.sortAt) direct = e;
          continue;
        }
        const r = rootOf(e);
        if (!viaCopy || r.sortAt < viaCopy.sortAt) viaCopy = r;
      }
    }
    return direct ?? viaCopy;
  }

  function addFingerprint(id: string | number, fp: Fingerprint, sortAt = 0): string | number | null {
    const keys = keysOf(fp);
    const best = find(fp, keys);
    // A copy points to the earliest original; a text earlier than the original it matches becomes the original.
    const entry: Entry = { id, fp, sortAt, up: best && best.sortAt <= sortAt ? best : null };
    if (best && !entry.up) best.up = entry;
    if (fp.text !== '') {
      const joined: string[] = [];
      for (const { key, band, bucket } of keys) {
        const list = buckets.get(key);
        if ((list?.length ?? 0) + (bucketCap === Number.POSITIVE_INFINITY ? 0 : heldElsewhere(band, bucket)) >= bucketCap) continue;
        if (list) list.push(entry);
        else buckets.set(key, [entry]);
        joined.push(key);
      }
      order.push({ entry, keys: joined });
      if (order.length - head > maxEntries) evict();
    }
    return entry.up ? entry.up.id : null;
  }

  return {
    add: (id, text, sortAt) => addFingerprint(id, fingerprint(text), sortAt),
    addFingerprint,
    match: (fp) => (fp.text === '' ? null : (find(fp, keysOf(fp))?.id ?? null)),
    get size() {
      return order.length - head;
    },
  };
}
