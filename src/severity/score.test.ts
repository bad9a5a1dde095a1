import { describe, expect, it } from 'vitest';
import { severityFacts } from './facts.js';
import { checkSeverityModel, DEFAULT_SEVERITY_MODEL, type SeverityModel } from './model.js';
import { levelOf, scoreSeverity } from './score.js';
import { HOUR, mention, stream, T0 } from './testkit.js';
import { DEFAULT_TIER_TABLE } from './tiers.js';

const model = DEFAULT_SEVERITY_MODEL;
const table = DEFAULT_TIER_TABLE;

/** Twelve quiet hours of 2 an hour, then a negative story that grows and is picked up by media. */
function crisis(hoursOfGrowth: number) {
  const perHour = [...Array(12).fill(2), ...[20, 60, 180, 400, 700].slice(0, hoursOfGrowth)];
  return stream(perHour, (hour, i) => {
    const growing = hour >= 12;
    const media = growing && i % 40 === 0;
    return {
      sentiment: growing && i % 5 !== 0 ? 'negative' : 'neutral',
      reach: growing ? 300 : 5,
      channel: media ? 'news' : i % 3 === 0 ? 'video' : 'weibo',
      categories: growing && i % 4 === 0 ? ['safety', 'casualty'] : [],
      publisher: media
        ? { url: i % 80 === 0 ? `https://society.people.com.cn/n/${hour}-${i}` : `https://www.thepaper.cn/n/${hour}-${i}`, channel: 'news' }
        : { author: `网友${hour}-${i}`, followers: 80 },
    };
  });
}

describe('severity facts', () => {
  it('counts only what was published up to the moment judged', () => {
    const ms = crisis(5);
    const at = T0 + 14 * HOUR;
    const f = severityFacts(ms, at, table);
    expect(f.mentions).toBe(ms.filter((m) => m.at <= at).length);
    expect(f.lastHour).toBe(ms.filter((m) => m.at > at - HOUR && m.at <= at).length);
    expect(f.previousHourly).toBeCloseTo(ms.filter((m) => m.at > at - 13 * HOUR && m.at <= at - HOUR).length / 12, 5);
  });

  it('counts an outlet once however often it writes', () => {
    const ms = [1, 2, 3].map((i) => mention({ at: T0 + i, channel: 'news', publisher: { url: `https://www.caixin.com/a/${i}` } }));
    const f = severityFacts(ms, T0 + 10, table);
    expect(f.tiers.industry).toBe(1);
    expect(f.mediaOutlets).toBe(1);
  });
});

describe('scoreSeverity', () => {
  it('grades nothing as IV with a score of 0', () => {
    const a = scoreSeverity(severityFacts([], T0, table), model);
    expect(a.level).toBe(4);
    expect(a.score).toBe(0);
    expect(a.factors.every((f) => f.points === 0)).toBe(true);
  });

  it('keeps quiet chatter at IV and raises a growing negative story to II or I within hours', () => {
    const quiet = scoreSeverity(severityFacts(crisis(0), T0 + 12 * HOUR, table), model);
    expect(quiet.level).toBe(4);
    const early = scoreSeverity(severityFacts(crisis(1), T0 + 13 * HOUR, table), model);
    const later = scoreSeverity(severityFacts(crisis(4), T0 + 16 * HOUR, table), model);
    expect(later.score).toBeGreaterThan(early.score);
    expect(later.level).toBeLessThanOrEqual(2);
    expect(later.topTier).toBe('central');
    expect(later.sensitive).toEqual(['casualty', 'safety']);
  });

  it('adds up the factor points to the score', () => {
    const a = scoreSeverity(severityFacts(crisis(3), T0 + 15 * HOUR, table), model);
    const sum = a.factors.reduce((s, f) => s + f.points, 0);
    expect(Math.abs(sum - a.score)).toBeLessThan(0.5);
  });

  it('follows the weights: a factor weighted 0 adds nothing; weighting the strongest factor up raises the score', () => {
    const facts = severityFacts(crisis(3), T0 + 15 * HOUR, table);
    const base = scoreSeverity(facts, model);
    const noNeg: SeverityModel = { ...model, weights: { ...model.weights, negativity: 0 } };
    expect(scoreSeverity(facts, noNeg).factors.find((f) => f.factor === 'negativity')?.points).toBe(0);
    const byStrength = [...base.factors].sort((a, b) => b.strength - a.strength);
    const strongest = byStrength[0]!.factor;
    const weakest = byStrength[byStrength.length - 1]!.factor;
    const up = (f: string): SeverityModel => ({ ...model, weights: { ...model.weights, [f]: 60 } });
    expect(scoreSeverity(facts, up(strongest)).score).toBeGreaterThan(base.score);
    expect(scoreSeverity(facts, up(weakest)).score).toBeLessThan(base.score);
  });

  it('does not call a jump from one mention to three a surge', () => {
    const ms = stream([...Array(12).fill(0), 3], () => ({}));
    const a = scoreSeverity(severityFacts(ms, T0 + 13 * HOUR, table), model);
    expect(a.factors.find((f) => f.factor === 'growth')?.strength).toBe(0);
  });

  it('maps scores to levels at the thresholds', () => {
    expect(levelOf(75, model)).toBe(1);
    expect(levelOf(74.9, model)).toBe(2);
    expect(levelOf(55, model)).toBe(2);
    expect(levelOf(35, model)).toBe(3);
    expect(levelOf(34.9, model)).toBe(4);
  });
});

describe('checkSeverityModel', () => {
  it('accepts the defaults and names what is wrong with a broken model', () => {
    expect(checkSeverityModel(model)).toEqual([]);
    const broken: SeverityModel = {
      ...model,
      weights: { ...model.weights, reach: -1 },
      thresholds: { 1: 40, 2: 50, 3: 30 },
      mentionThresholds: { 1: 90, 2: 70, 3: 0 },
      scales: { ...model.scales, growthFull: 1 },
    };
    expect(checkSeverityModel(broken)).toEqual([
      'weight of reach must be a number ≥ 0',
      'thresholds must fall from level I to level III',
      'mentionThresholds must lie in (0, 100]',
      'scale growthFull must be above 1',
    ]);
  });
});
