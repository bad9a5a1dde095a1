/**
 * Cutting a batch's rows or keys into parts of a few fixed lengths, so each query of a batch has one of a few SQL
 * texts: SQLite prepares each once per connection (the driver keeps them) instead of parsing a new statement of
 * thousands of values for every batch.
 */

/** Parts of `most` items, then the rest in powers of two (1,000 rows by 256: 256, 256, 256, 128, 64, 32, 8). */
export function insertParts<T>(rows: readonly T[], most: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (; rows.length - at >= most; at += most) out.push(rows.slice(at, at + most));
  for (let size = most / 2; size >= 1 && at < rows.length; size = Math.floor(size / 2)) {
    if (rows.length - at >= size) {
      out.push(rows.slice(at, at + size));
      at += size;
    }
  }
  if (at < rows.length) out.push(rows.slice(at));
  return out;
}

/**
 * Parts for an IN list: of `most` keys, the last padded to a power of two (16 at least) with its own last key. A
 * repeated key changes nothing in an IN list.
 */
export function fixedParts<T>(list: readonly T[], most: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += most) {
    const part = list.slice(i, i + most);
    let size = 16;
    while (size < part.length) size *= 2;
    const last = part[part.length - 1] as T;
    while (part.length < Math.min(size, most)) part.push(last);
    out.push(part);
  }
  return out;
}
