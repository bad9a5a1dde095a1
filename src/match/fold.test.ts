import { describe, expect, it } from 'vitest';
import { charClass, fold, IDEOGRAPHIC, SEPARATOR, WORD } from './fold.js';

describe('fold', () => {
  it('folds traditional to simplified, both ways of writing the same name', () => {
    expect(fold('華為')).toBe('华为');
    expect(fold('华为')).toBe('华为');
    expect(fold('屏幕斷裂，投訴無門')).toBe('屏幕断裂,投诉无门');
    expect(fold('臺灣 裡面 爲什麼')).toBe('台湾 里面 为什么');
  });

  it('folds case and full-width forms (NFKC for the ASCII range)', () => {
    expect(fold('ＨＵＡＷＥＩ')).toBe('huawei');
    expect(fold('iPhone１５ Pro')).toBe('iphone15 pro');
    expect(fold('（华为）　＆')).toBe('(华为) &');
    expect(fold('ÉCOLE Straße')).toBe('école straße');
  });

  it('keeps simplified characters that look like variants', () => {
    expect(fold('什么')).toBe('什么');
    expect(fold('台风')).toBe('台风');
  });

  it('preserves length exactly, so offsets map back to the original', () => {
    const samples = ['華為ＨＵＡＷＥＩ手機，真的很好', 'İstanbul', '😀華為😀', 'a\uD800b', '\uDC00華'];
    for (const s of samples) {
      const f = fold(s);
      expect(f.length).toBe(s.length);
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdfff) expect(f[i]).toBe(s[i]);
    }
  });

  it('is idempotent over the whole BMP', () => {
    let all = '';
    for (let c = 0; c < 0xd800; c++) all += String.fromCharCode(c);
    for (let c = 0xe000; c < 0x10000; c++) all += String.fromCharCode(c);
    const once = fold(all);
    expect(fold(once)).toBe(once);
  });

  it('returns the same string object when nothing changes', () => {
    const s = '华为手机 quality';
    expect(fold(s)).toBe(s);
  });

  it('classifies folded characters', () => {
    expect(charClass('a'.charCodeAt(0))).toBe(WORD);
    expect(charClass('5'.charCodeAt(0))).toBe(WORD);
    expect(charClass('é'.charCodeAt(0))).toBe(WORD);
    expect(charClass('华'.charCodeAt(0))).toBe(IDEOGRAPHIC);
    expect(charClass('の'.charCodeAt(0))).toBe(IDEOGRAPHIC);
    expect(charClass('😀'.charCodeAt(0))).toBe(IDEOGRAPHIC);
    for (const c of ' ,.，。-_/#@!?「」') expect(charClass(c.charCodeAt(0))).toBe(SEPARATOR);
  });
});
