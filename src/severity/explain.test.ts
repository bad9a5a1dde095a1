import { describe, expect, it } from 'vitest';
import { explainSeverity, factorLines, formatCount } from './explain.js';
import { severityFacts } from './facts.js';
import { mentionSeverity } from './mention.js';
import { DEFAULT_SEVERITY_MODEL } from './model.js';
import { checkOverride, shownSeverity } from './override.js';
import { scoreSeverity } from './score.js';
import { HOUR, mention, stream, T0 } from './testkit.js';
import { DEFAULT_TIER_TABLE } from './tiers.js';

const model = DEFAULT_SEVERITY_MODEL;
const table = DEFAULT_TIER_TABLE;

/** 12 hours of 10 an hour, then 340 in the last hour: 12 outlets (1 central), 78% negative overall. */
function story() {
  const ms = stream([...Array(12).fill(10), 340], (hour, i) => ({
    sentiment: (hour * 1000 + i) % 50 < 39 ? 'negative' : 'neutral',
    categories: hour === 12 && i < 40 ? ['casualty'] : [],
    channel: hour === 12 && i < 12 ? 'news' : 'weibo',
    publisher:
      hour === 12 && i < 12
        ? { url: i === 0 ? 'https://www.news.cn/a' : `https://news${i}.example-city.cn/a`, channel: 'news' }
        : { author: `u${hour}-${i}`, followers: 10 },
  }));
  return { ms, at: T0 + 13 * HOUR };
}

describe('explainSeverity', () => {
  it('says the level with its figures in Chinese and English', () => {
    const { ms, at } = story();
    const facts = severityFacts(ms, at, table);
    const a = scoreSeverity(facts, model);
    const negative = Math.round((100 * facts.negative) / facts.mentions);
    const zh = explainSeverity(a, facts, model, 'zh');
    expect(zh).toContain(`负面 ${negative}%`);
    expect(zh).toContain('12 家媒体转载，其中中央媒体 1 家');
    expect(zh).toContain('每小时 340 条，较前 12 小时 ×34');
    expect(zh).toContain('涉及伤亡');
    expect(zh).toContain('2 个渠道');
    expect(zh.startsWith(`${['', 'I 特别重大', 'II 重大', 'III 较大', 'IV 一般'][a.level]}（${a.score} 分）：`)).toBe(true);
    const en = explainSeverity(a, facts, model, 'en');
    expect(en).toContain('carried by 12 media outlets, 1 of them central');
    expect(en).toContain('340 an hour, ×34 on the previous 12 hours');
  });

  it('gives one line per factor with its figure and points', () => {
    const { ms, at } = story();
    const facts = severityFacts(ms, at, table);
    const a = scoreSeverity(facts, model);
    const lines = factorLines(a, facts, model, 'zh');
    expect(lines.map((l) => l.factor)).toEqual(a.factors.map((f) => f.factor));
    expect(lines.find((l) => l.factor === 'authority')?.figure).toBe('中央媒体');
    expect(lines.find((l) => l.factor === 'pickup')?.figure).toBe('12 家');
  });

  it('says only the level when there is nothing to say', () => {
    const facts = severityFacts([], T0, table);
    expect(explainSeverity(scoreSeverity(facts, model), facts, model, 'zh')).toBe('IV 一般（0 分）');
  });

  it('writes large counts in 万 and 亿 in Chinese', () => {
    expect(formatCount(9_999, 'zh')).toBe('9,999');
    expect(formatCount(124_000, 'zh')).toBe('12.4 万');
    expect(formatCount(320_000_000, 'zh')).toBe('3.2 亿');
    expect(formatCount(124_000, 'en')).toBe('124,000');
  });
});

describe('mention severity and overrides', () => {
  it('grades a negative central-media report of deaths above an ordinary complaint', () => {
    const grave = mentionSeverity(
      mention({
        sentiment: 'negative',
        reach: 50_000,
        categories: ['casualty', 'children'],
        publisher: { url: 'https://society.people.com.cn/x' },
      }),
      model,
      table,
    );
    const minor = mentionSeverity(mention({ sentiment: 'negative', reach: 3 }), model, table);
    expect(grave.assessment.level).toBeLessThanOrEqual(2);
    expect(minor.assessment.level).toBe(4);
    expect(grave.assessment.factors.find((f) => f.factor === 'velocity')?.weight).toBe(0);
  });

  it('shows an override over the computed level and requires a reason', () => {
    const a = scoreSeverity(severityFacts([], T0, table), model);
    expect(shownSeverity(a, { level: 2, reason: '涉及未成年人', by: 1, at: T0 })).toMatchObject({ level: 2, computed: 4 });
    expect(shownSeverity(a, null).level).toBe(4);
    expect(checkOverride(2, ' ')).toBe('an override needs a reason');
    expect(checkOverride(5, '理由充分')).toBe('level must be 1, 2, 3 or 4 (I–IV)');
    expect(checkOverride(1, '理由充分')).toBeNull();
  });
});
