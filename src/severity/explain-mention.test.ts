import { describe, expect, it } from 'vitest';
import { explainMentionSeverity, mentionFactorLines } from './explain-mention.js';
import { mentionSeverity } from './mention.js';
import { DEFAULT_SEVERITY_MODEL } from './model.js';
import { mention } from './testkit.js';
import { DEFAULT_TIER_TABLE } from './tiers.js';

const model = DEFAULT_SEVERITY_MODEL;

describe('a high-risk mention explained', () => {
  const central = mention({
    sentiment: 'negative',
    reach: 12_400,
    categories: ['casualty'],
    publisher: { url: 'https://www.news.cn/a', channel: 'news' },
  });

  it('names its level, score and the mention’s own factors in Chinese and English, leaving out event factors', () => {
    const { assessment, facts } = mentionSeverity(central, model, DEFAULT_TIER_TABLE);
    const zh = explainMentionSeverity(assessment, facts, 'zh');
    const level = ['', 'I 特别重大', 'II 重大', 'III 较大', 'IV 一般'][assessment.level];
    expect(zh).toBe(`${level}（${assessment.score} 分）：负面，传播量 1.2 万，信源为中央媒体，涉及伤亡`);
    const en = explainMentionSeverity(assessment, facts, 'en');
    expect(en).toContain('negative, reach 12,400, published by central media, touches casualties');
    expect(zh).not.toContain('每小时');
    expect(zh).not.toContain('渠道');
  });

  it('lists only the factors a mention is scored on, and their points add up to the score', () => {
    const { assessment, facts } = mentionSeverity(central, model, DEFAULT_TIER_TABLE);
    const lines = mentionFactorLines(assessment, facts, model, 'zh');
    expect(lines.map((l) => l.factor)).toEqual(['negativity', 'reach', 'authority', 'sensitive']);
    expect(lines.find((l) => l.factor === 'authority')?.figure).toBe('中央媒体');
    expect(lines.find((l) => l.factor === 'reach')?.figure).toBe('1.2 万');
    const sum = lines.reduce((s, l) => s + l.points, 0);
    expect(Math.abs(sum - assessment.score)).toBeLessThan(0.3);
  });

  it('says just the level for a mention with nothing behind it but its sentiment gone', () => {
    const { assessment, facts } = mentionSeverity(mention({ sentiment: 'neutral', reach: 0 }), model, DEFAULT_TIER_TABLE);
    expect(explainMentionSeverity(assessment, facts, 'en')).toBe(`IV General (score ${assessment.score})`);
  });
});
