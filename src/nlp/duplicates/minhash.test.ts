import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../domain/random.js';
import { base36 } from './minhash.js';

describe('base36', () => {
  it('writes every whole number below 2^53 as toString(36) does, so stored band keys keep their form', () => {
    const rand = seededRandom(36);
    const cases = [0, 1, 35, 36, 37, 1295, 1296, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];
    for (let i = 0; i < 5000; i++) cases.push(Math.floor(rand.next() * 2 ** 53), Math.floor(rand.next() * 2 ** 21));
    for (const n of cases) expect(base36(n), String(n)).toBe(n.toString(36));
  });
});
