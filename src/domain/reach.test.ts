import { describe, expect, it } from 'vitest';
import { reachOf } from './reach.js';

describe('reachOf', () => {
  it('keeps a comment nobody reacted to low, whoever wrote it', () => {
    expect(reachOf({ reposts: 0, replies: 0, likes: 0, followers: 92 })).toBe(20);
    expect(reachOf({ reposts: 0, replies: 0, likes: 0, followers: 1_000_000 })).toBe(60);
    expect(reachOf({ reposts: null, replies: null, likes: null, followers: null })).toBe(0);
  });

  it('counts engagement in full, so reactions outrank a large audience', () => {
    const shared = reachOf({ reposts: 120, replies: 30, likes: 400, followers: 50 });
    const ignored = reachOf({ reposts: 0, replies: 0, likes: 1, followers: 5_000_000 });
    expect(shared).toBe(550 + 17);
    expect(shared).toBeGreaterThan(ignored);
  });

  it('treats negative or non-finite counts as nothing', () => {
    expect(reachOf({ reposts: -5, replies: Number.NaN, likes: 3, followers: -1 })).toBe(3);
  });
});
