import { describe, expect, it } from 'vitest';
import { dominantEmotions, scoreEmotions } from './score.js';

describe('emotion lexicon', () => {
  it('finds the dominant emotion', () => {
    expect(dominantEmotions(scoreEmotions('太过分了，真是气死我了[怒]'))).toEqual(['anger']);
    expect(dominantEmotions(scoreEmotions('收到礼物好开心，谢谢大家'))).toEqual(['joy']);
    expect(dominantEmotions(scoreEmotions('孩子的安全让人担心，家长很焦虑'))).toEqual(['fear']);
    expect(dominantEmotions(scoreEmotions('I was shocked, totally unexpected'))).toEqual(['surprise']);
  });
  it('drops negated cues', () => {
    expect(scoreEmotions('我并不生气').anger).toBe(0);
    expect(scoreEmotions('不得不说很开心').joy).toBeGreaterThan(0);
    expect(scoreEmotions('不开心').joy).toBe(0);
    expect(scoreEmotions('I am not happy').joy).toBe(0);
  });
  it('scales by degree words', () => {
    expect(scoreEmotions('非常失望').sadness).toBeGreaterThan(scoreEmotions('失望').sadness);
    expect(scoreEmotions('有点失望').sadness).toBeLessThan(scoreEmotions('失望').sadness);
  });
  it('scores a neutral text zero everywhere', () => {
    expect(dominantEmotions(scoreEmotions('公司今天发布了第三季度财报'))).toEqual([]);
  });
});
