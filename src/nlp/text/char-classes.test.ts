/** The table-driven character tests agree with the string and regular-expression answers they stand for. */
import { describe, expect, it } from 'vitest';
import { lowerCase } from './char-classes.js';

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for every script and case', () => {
    const samples = [
      '星澜充电宝',
      'SU7',
      '小米SU7 Ultra',
      'ΣΟΦΙΑ',
      'ＡＢＣ全角',
      '１２３！？',
      'Привет',
      'İstanbul',
      'ǅ',
      '𝐀𝐁',
      '',
      '，。',
    ];
    for (let c = 0; c < 0x10000; c += 7) samples.push(`字${String.fromCharCode(c)}字`);
    for (const s of samples) expect(lowerCase(s)).toBe(s.toLowerCase());
  });

  it('returns the string itself when nothing has case', () => {
    const s = `${'测试'.repeat(3)}１２３`;
    expect(lowerCase(s)).toBe(s);
  });
});
