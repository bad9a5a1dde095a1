import { describe, expect, it } from 'vitest';
import { layoutWords, textWidth } from './word-cloud-layout.js';

describe('word cloud layout', () => {
  it('puts the most frequent word biggest in the middle and no two boxes overlap', () => {
    const words = Array.from({ length: 60 }, (_, i) => ({ text: i % 2 ? `word${i}` : `关键词${i}`, count: 100 - i }));
    const placed = layoutWords(words, 560, 300);
    expect(placed[0]).toMatchObject({ text: '关键词0', x: 280, y: 150, size: 44 });
    expect(placed.length).toBeGreaterThan(30);
    const boxes = placed.map((p) => ({
      x0: p.x - textWidth(p.text, p.size) / 2,
      x1: p.x + textWidth(p.text, p.size) / 2,
      y0: p.y - p.size / 2,
      y1: p.y + p.size / 2,
    }));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    for (const b of boxes) expect(b.x0 >= 0 && b.x1 <= 560 && b.y0 >= 0 && b.y1 <= 300).toBe(true);
  });
});
