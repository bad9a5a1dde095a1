/**
 * Near-duplicates on handwritten texts: normalisation, short texts, reposts with edits, the earliest original, the
 * generated set; and hard negatives — one report template with different facts (testdata/report-templates.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDuplicates, evaluateHardNegatives } from './evaluate.js';
import { factsOf } from './facts.js';
import { fingerprint, isCopy } from './fingerprint.js';
import { createDuplicateIndex } from './memory-index.js';
import { cleanText, duplicateText } from './normalize.js';
import { generateReposts, HEAVY_EDITS } from './reposts.js';
import { fillTemplates, type TemplateSet } from './templates.js';

const templates = JSON.parse(readFileSync(new URL('./testdata/report-templates.json', import.meta.url), 'utf8')) as TemplateSet;

const reviews = [
  '房间很干净，服务员态度也好，早餐种类丰富，就是停车有点不方便，下次来北京出差还会选择这家酒店。',
  '外卖送得太慢了，等了一个多小时，到手的时候饭菜都凉了，打电话给商家也没人接，以后再也不点这家了。',
  '这款手机的电池续航非常给力，充一次电能用两天，拍照效果也比上一代好很多，就是价格稍微贵了点。',
  '物流很快，第二天就收到了，包装也很用心，衣服的面料摸起来很舒服，尺码标准，推荐给大家购买。',
  '客服回复很及时，退货流程也简单，虽然这次商品有点小问题，但是处理得很好，给个好评鼓励一下吧。',
  '酒店位置不错，离地铁站步行五分钟，但是隔音太差了，半夜隔壁说话都听得清清楚楚，一晚上没睡好。',
];

describe('duplicate normalisation', () => {
  it('strips quote prefixes, links, tags, punctuation and folds traditional to simplified', () => {
    expect(duplicateText('说得对//@小王: 服務很好，價格也便宜！ #好評# http://t.cn/abc')).toBe('说得对服务很好价格也便宜');
    expect(duplicateText('Hello, World!!')).toBe('helloworld');
    expect(duplicateText('太气人了[怒]😡🙏 [doge]服务差')).toBe('太气人了服务差');
  });
});

describe('fingerprints', () => {
  it('compares short texts only by exact normalised match', () => {
    expect(isCopy(fingerprint('太差了！'), fingerprint('太差了'))).toBe(true);
    expect(isCopy(fingerprint('太差了！'), fingerprint('太差了吧'))).toBe(false);
    expect(fingerprint('好').short).toBe(true);
  });

  it('finds edited copies of long texts and keeps different texts apart', () => {
    const [a = '', b = ''] = reviews;
    expect(isCopy(fingerprint(a), fingerprint(`同感//@路人甲: ${a} #避雷#`))).toBe(true);
    expect(isCopy(fingerprint(a), fingerprint(`${[...a].slice(0, 38).join('')}...全文`))).toBe(true);
    expect(isCopy(fingerprint(a), fingerprint(b))).toBe(false);
  });
});

describe('the in-memory duplicate index', () => {
  it('points every copy to the earliest original, also when the original arrives late', () => {
    const [a = '', b = ''] = reviews;
    const index = createDuplicateIndex();
    expect(index.add('copy1', `转发//@吃货日记:${a}`, 20)).toBeNull();
    expect(index.add('orig', a, 10)).toBeNull();
    expect(index.add('copy2', `${a.replace(/，/g, ',')} #热点#`, 30)).toBe('orig');
    expect(index.add('other', b, 40)).toBeNull();
    expect(index.add('copy3', `//@momo:${b}`, 50)).toBe('other');
  });

  it('drops the oldest entries beyond its bound', () => {
    const index = createDuplicateIndex({ maxEntries: 2 });
    const [a = '', b = '', c = ''] = reviews;
    index.add(1, a);
    index.add(2, b);
    index.add(3, c);
    expect(index.size).toBe(2);
    expect(index.add(4, a)).toBeNull();
    expect(index.add(5, c)).toBe(3);
  });
});

describe('generated reposts', () => {
  it('is deterministic for a seed', () => {
    expect(generateReposts(reviews, { seed: 3 })).toEqual(generateReposts(reviews, { seed: 3 }));
  });

  it('finds at least 95% of reposts with at least 95% precision on handwritten reviews', () => {
    const s = evaluateDuplicates(reviews, { seed: 11, perOriginal: 10, minChars: 30 });
    expect(s.reposts).toBe(60);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe('facts of a report', () => {
  const facts = (t: string) => factsOf(cleanText(t));

  it('reads numbers (digits, and Chinese numerals before a measure word), places, districts and institutions', () => {
    expect(facts('11月20日杭州市西湖区发生火灾，3人受伤，十二辆车被烧毁，一直无人回应')).toEqual({
      numbers: ['11', '12', '20', '3'],
      names: ['杭州', '西湖区'],
      outcomes: ['伤'],
    });
    expect(facts('2人遇难、1人负伤').outcomes).toEqual(['亡', '伤']);
    // 山区 after a city is a district; on its own it is a common word. Institutions after a division or punctuation.
    expect(facts('深圳市南山区第一人民医院通报，山区道路已抢通').names).toEqual(['南山区', '深圳', '第一人民医院']);
    // A text cut off inside a number does not state that number.
    expect(facts('事故已造成1…全文').numbers).toEqual([]);
  });
});

describe('hard negatives: one template, different facts', () => {
  const fire = (place: string, injured: string, day: string) =>
    `11月${day}日凌晨，${place}一居民楼发生火灾，消防部门接警后迅速赶到现场处置，目前火势已被扑灭，事故造成${injured}，起火原因正在调查中。`;

  it('keeps reports with other places, numbers or dates apart, and still finds the copies of each', () => {
    const a = fire('杭州市西湖区', '3人受伤', '20');
    expect(isCopy(fingerprint(a), fingerprint(fire('宁波市鄞州区', '5人死亡', '20')))).toBe(false);
    expect(isCopy(fingerprint(a), fingerprint(fire('杭州市余杭区', '3人受伤', '20')))).toBe(false);
    expect(isCopy(fingerprint(a), fingerprint(fire('杭州市西湖区', '三人死亡', '20')))).toBe(false);
    expect(isCopy(fingerprint(a), fingerprint(fire('杭州市西湖区', '3人受伤', '21')))).toBe(false);
    // A copy may lose facts (cut off) or gain some (a comment), not trade them for others.
    expect(isCopy(fingerprint(a), fingerprint(`${[...a].slice(0, 45).join('')}...全文`))).toBe(true);
    expect(isCopy(fingerprint(a), fingerprint(`第2次看到了//@北京发布: ${a}`))).toBe(true);
  });

  it('points a copy to the original it copies, not to an earlier report reached through a copy that lost the facts', () => {
    const a = fire('杭州市西湖区', '3人受伤', '20');
    const b = fire('杭州市西湖区', '3人受伤', '21');
    const undated = a.replace('11月20日凌晨，', '');
    const index = createDuplicateIndex();
    expect(index.add('a', a, 1)).toBeNull();
    expect(index.add('b', b, 2)).toBeNull();
    // Without its date the copy of a is a copy of b as well; it goes to the earliest.
    expect(index.add('undated', undated, 3)).toBe('a');
    expect(index.add('copy of b', `坐等后续//@路人甲: ${b}`, 4)).toBe('b');
  });

  it('takes almost no filled template for a copy of another, and finds the reposts of each (measured in docs/duplicates.md)', () => {
    const groups = fillTemplates(templates, { seed: 5 });
    const hard = evaluateHardNegatives(groups);
    expect(hard.pairs).toBeGreaterThan(250);
    expect(hard.copies / hard.pairs).toBeLessThanOrEqual(0.02);
    const texts = groups.flat().map((g) => g.text);
    const light = evaluateDuplicates(texts, { seed: 5, minChars: 20, perOriginal: 4 });
    expect(light.originalsFlagged).toBeLessThanOrEqual(2);
    expect(light.recall).toBeGreaterThanOrEqual(0.95);
    expect(light.precision).toBeGreaterThanOrEqual(0.95);
    const heavy = evaluateDuplicates(texts, { seed: 5, minChars: 20, perOriginal: 4, kinds: HEAVY_EDITS });
    expect(heavy.recall).toBeGreaterThanOrEqual(0.8);
    expect(heavy.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('heavy edits the normaliser does not undo', () => {
  it('generates each kind deterministically', () => {
    const reposts = generateReposts(reviews, { seed: 4, perOriginal: 6, kinds: HEAVY_EDITS });
    expect(new Set(reposts.flatMap((r) => r.edits))).toEqual(new Set(HEAVY_EDITS));
    expect(reposts).toEqual(generateReposts(reviews, { seed: 4, perOriginal: 6, kinds: HEAVY_EDITS }));
    expect(reposts.every((r) => r.text !== reviews[r.of])).toBe(true);
  });
});
