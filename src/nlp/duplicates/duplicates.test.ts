/** Near-duplicates on handwritten texts: normalisation, short texts, reposts with edits, the earliest original, and the generated set. */
import { describe, expect, it } from 'vitest';
import { evaluateDuplicates } from './evaluate.js';
import { fingerprint, isCopy } from './fingerprint.js';
import { createDuplicateIndex } from './memory-index.js';
import { duplicateText } from './normalize.js';
import { generateReposts } from './reposts.js';

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
