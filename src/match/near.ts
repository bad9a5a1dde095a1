/**
 * NEAR distances. A unit is one Latin word (a run of letters and digits) or one Chinese character; spaces and
 * punctuation are not units. The distance between two occurrences is the number of units strictly between them
 * (0 when adjacent or overlapping), in either order.
 */
import { classTable, IDEOGRAPHIC, WORD } from './fold.js';

/**
 * Units that start in `text[from, to)`, counting no further than `limit + 1` (enough to say "more than limit").
 * A word that began before `from` is not counted again.
 */
export function unitsBetween(text: string, from: number, to: number, limit: number): number {
  let count = 0;
  let prev = from > 0 ? classTable[text.charCodeAt(from - 1)]! : 0;
  for (let i = from; i < to && count <= limit; i++) {
    const code = text.charCodeAt(i);
    const cls = classTable[code]!;
    if ((cls === IDEOGRAPHIC && (code < 0xdc00 || code > 0xdfff)) || (cls === WORD && prev !== WORD)) count++;
    prev = cls;
  }
  return count;
}

/**
 * Whether some occurrence in `a` and some in `b` (flat `[start, end, …]` lists sorted by start) are at most
 * `distance` units apart in `text`. With `b` null, two different occurrences of `a` are needed (`x NEAR/3 x`).
 */
export function withinDistance(text: string, a: readonly number[], b: readonly number[] | null, distance: number): boolean {
  const near = (end: number, start: number) => start <= end || unitsBetween(text, end, start, distance) <= distance;
  if (b === null) {
    let maxEnd = a.length > 0 ? a[1]! : -1;
    for (let i = 2; i < a.length; i += 2) {
      if (near(maxEnd, a[i]!)) return true;
      maxEnd = Math.max(maxEnd, a[i + 1]!);
    }
    return false;
  }
  // Walk both lists by start; each occurrence is compared with the furthest-reaching earlier one of the other side.
  let i = 0;
  let j = 0;
  let maxEndA = -1;
  let maxEndB = -1;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      if (maxEndB >= 0 && near(maxEndB, a[i]!)) return true;
      maxEndA = Math.max(maxEndA, a[i + 1]!);
      i += 2;
    } else {
      if (maxEndA >= 0 && near(maxEndA, b[j]!)) return true;
      maxEndB = Math.max(maxEndB, b[j + 1]!);
      j += 2;
    }
  }
  return false;
}
