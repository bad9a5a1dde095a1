import { describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/random.js';
import { buildAutomaton } from './automaton.js';

function hits(patterns: string[], text: string): string[] {
  const out: string[] = [];
  buildAutomaton(patterns).scan(text, (p, end) => out.push(`${patterns[p]}@${end}`));
  return out.sort();
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${p}@${i + p.length}`);
  return out.sort();
}

describe('buildAutomaton', () => {
  it('finds overlapping patterns and patterns that are suffixes of others', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(hits(patterns, 'ushers')).toEqual(['he@4', 'hers@6', 'she@4']);
    expect(hits(['华为', '为人', '华为人'], '华为人民')).toEqual(['为人@3', '华为@2', '华为人@3']);
  });

  it('agrees with a naive search on random texts', () => {
    const rng = seededRandom(11);
    const alphabet = 'ab华为c';
    const word = (n: number) => Array.from({ length: n }, () => rng.pick([...alphabet])).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + rng.int(12) }, () => word(1 + rng.int(4))))];
      const text = word(rng.int(60));
      expect(hits(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('handles many patterns sharing prefixes', () => {
    const patterns = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    expect(hits(patterns, 'k12 k2999 k30000')).toEqual(naive(patterns, 'k12 k2999 k30000'));
  });

  it('refuses an empty pattern', () => {
    expect(() => buildAutomaton([''])).toThrow('empty pattern');
  });
});
