/**
 * A small word-cloud layout (pure): the biggest word in the middle, each next one walked out along a spiral until its
 * box overlaps no placed box; a word that finds no room is left out. Sizes are by square root of the count.
 */

export interface PlacedWord {
  text: string;
  count: number;
  /** Centre of the text. */
  x: number;
  y: number;
  size: number;
}

const wide = (ch: string) => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch);
/** Width of a text at a font size: a CJK character is about one em, a Latin one about 0.6. */
export const textWidth = (text: string, size: number) => [...text].reduce((w, ch) => w + (wide(ch) ? size : size * 0.6), 0);

export function layoutWords(
  words: readonly { text: string; count: number }[],
  width: number,
  height: number,
  { minSize = 13, maxSize = 44 } = {},
): PlacedWord[] {
  const sorted = [...words].sort((a, b) => b.count - a.count);
  const top = Math.sqrt(sorted[0]?.count ?? 1);
  const low = Math.sqrt(sorted.at(-1)?.count ?? 1);
  const boxes: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out: PlacedWord[] = [];
  for (const w of sorted) {
    const size = top === low ? (minSize + maxSize) / 2 : minSize + ((Math.sqrt(w.count) - low) / (top - low)) * (maxSize - minSize);
    const bw = textWidth(w.text, size) + 6;
    const bh = size * 1.15;
    const reach = Math.hypot(width, height) / 2;
    // An Archimedean spiral walked in steps of about 3 px along it.
    for (let angle = 0, radius = 0; radius < reach; angle += 3 / (radius + 1), radius = 1.2 * angle) {
      // Wider than tall, like the box.
      const x = width / 2 + radius * Math.cos(angle) * 1.6;
      const y = height / 2 + radius * Math.sin(angle);
      const box = { x0: x - bw / 2, y0: y - bh / 2, x1: x + bw / 2, y1: y + bh / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) continue;
      boxes.push(box);
      out.push({ text: w.text, count: w.count, x, y, size: Math.round(size) });
      break;
    }
  }
  return out;
}
