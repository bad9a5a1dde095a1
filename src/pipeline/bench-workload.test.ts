/** The pipeline bench's items: deterministic, varied, and of the stated sizes. */
import { expect, it } from 'vitest';
import { benchWorkload, templateFlood } from './bench-workload.js';

it('makes the same posts and articles each time: short posts with reposts, long articles with reprints, unique ids', () => {
  const w = benchWorkload({ posts: 400, articles: 40 });
  expect(w).toEqual(benchWorkload({ posts: 400, articles: 40 }));
  expect(w.topics).toHaveLength(1000);
  expect(w.posts).toHaveLength(400);
  expect(w.articles).toHaveLength(40);
  expect(new Set(w.posts.map((p) => p.externalId)).size).toBe(400);
  expect(new Set(w.posts.map((p) => p.text)).size).toBeGreaterThan(300);
  expect(w.posts.filter((p) => p.parent !== undefined).length).toBeGreaterThan(40);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  expect(median(w.posts.map((p) => [...p.text].length))).toBeGreaterThanOrEqual(60);
  expect(median(w.posts.map((p) => [...p.text].length))).toBeLessThanOrEqual(200);
  for (const a of w.articles) expect(a.text.length).toBeGreaterThanOrEqual(1400);
  for (const a of w.articles) expect(a.text.length).toBeLessThanOrEqual(3100);
  expect(templateFlood(3).map((i) => i.title)).toEqual([
    '某品牌充电宝起火事件第0条报道',
    '某品牌充电宝起火事件第1条报道',
    '某品牌充电宝起火事件第2条报道',
  ]);
});
