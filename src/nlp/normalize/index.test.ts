import { describe, expect, it } from 'vitest';
import { analysisText, simplify } from './index.js';

describe('analysis text', () => {
  it('folds traditional to simplified and keeps Latin case', () => {
    expect(simplify('華為手機 iPhone 發佈')).toBe('华为手机 iPhone 发布');
  });
  it('applies NFKC and collapses white space', () => {
    expect(analysisText('', 'ＡＢＣ１２３\n\n  好　的')).toBe('ABC123 好 的');
  });
  it('joins title and text, skipping a title made from the first line', () => {
    expect(analysisText('標題', '正文')).toBe('标题 正文');
    expect(analysisText('第一行很长…', '第一行很长的正文')).toBe('第一行很长的正文');
  });
});
