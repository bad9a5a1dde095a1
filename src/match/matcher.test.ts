import { describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/random.js';
import { prepareDocument } from './document.js';
import { compileQuery } from './evaluate.js';
import { generateDocument, generateQuery } from './generate.js';
import { compileTopics } from './matcher.js';
import { parseQuery } from './parse.js';
import { makeWorkload } from './workload.js';

describe('compileTopics', () => {
  const topics = [
    { id: 'huawei', query: '(华为 OR Huawei OR 華為) AND (投诉 OR 质量 OR "屏幕 断裂") NOT 招聘' },
    { id: 'cars', query: 'car OR recall*' },
    { id: 'not-jobs', query: 'NOT 招聘' },
    { id: 'weibo', query: 'source:weibo 华为' },
    { id: 'broken', query: '(华为' },
  ];
  const m = compileTopics(topics);

  it('returns the ids of matching topics in the order given', () => {
    expect(m.match({ title: '華為手機', text: '屏幕斷裂，recalled', source: 'weibo' })).toEqual(['huawei', 'cars', 'not-jobs', 'weibo']);
    expect(m.match({ text: 'scar 招聘' })).toEqual([]);
    expect(m.match({ text: 'nothing here' })).toEqual(['not-jobs']);
  });

  it('reports queries that do not parse and leaves them out', () => {
    expect(m.size).toBe(4);
    expect(m.errors.map((e) => [e.id, e.error.message])).toEqual([['broken', `expected ')' at column 4`]]);
  });

  it('lists topics that can match without any of their terms; they are evaluated for every item', () => {
    expect(m.unanchored).toEqual(['not-jobs']);
    expect(m.candidates({ text: 'x' })).toEqual(['not-jobs']);
  });

  it('evaluates only topics whose anchor (the rarest of a required group of terms) was seen', () => {
    expect(m.candidates({ text: '华为' })).toEqual(['huawei', 'not-jobs']);
    expect(m.candidates({ text: '华为', source: 'weibo' })).toEqual(['huawei', 'not-jobs', 'weibo']);
    expect(m.candidates({ text: 'a scar' })).toEqual(['not-jobs']);
  });

  it('accepts parsed trees and prepared documents', () => {
    const m2 = compileTopics([{ id: 1, query: parseQuery('华为') }]);
    expect(m2.match(prepareDocument({ text: '华为' }))).toEqual([1]);
  });

  it('is rebuilt, not changed, when topics change', () => {
    const before = compileTopics([{ id: 1, query: '华为' }]);
    const after = compileTopics([{ id: 1, query: '荣耀' }]);
    expect(before.match({ text: '华为' })).toEqual([1]);
    expect(after.match({ text: '华为' })).toEqual([]);
    expect(after.match({ text: '荣耀' })).toEqual([1]);
  });
});

describe('live matching equals evaluate', () => {
  for (const seed of [1, 2, 3]) {
    it(`for every topic on generated Chinese/English texts (seed ${seed})`, () => {
      const rng = seededRandom(seed);
      const topics = Array.from({ length: 300 }, (_, id) => ({ id, query: generateQuery(rng, 3) }));
      const programs = topics.map((t) => compileQuery(parseQuery(t.query)));
      const m = compileTopics(topics);
      expect(m.errors).toEqual([]);
      let total = 0;
      for (let i = 0; i < 400; i++) {
        const doc = prepareDocument(generateDocument(rng));
        const expected = topics.filter((_, t) => programs[t]!(doc)).map((t) => t.id);
        const got = m.match(doc);
        expect(got, JSON.stringify(doc.fields)).toEqual(expected);
        expect(m.candidates(doc)).toEqual(expect.arrayContaining(got));
        total += got.length;
      }
      expect(total).toBeGreaterThan(400); // the generators really produce matches
    });
  }

  it('with 10,000 topics, the same as brute force on a sample of items', () => {
    const { topics, docs } = makeWorkload({ topics: 10_000, items: 40, seed: 99 });
    const m = compileTopics(topics);
    expect(m.size).toBe(10_000);
    const programs = topics.map((t) => compileQuery(parseQuery(t.query)));
    let total = 0;
    for (const raw of docs) {
      const doc = prepareDocument(raw);
      const expected = topics.filter((_, t) => programs[t]!(doc)).map((t) => t.id);
      expect(m.match(doc)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(20);
  });
});

describe('edge cases', () => {
  it('works with no topics, or only broken ones', () => {
    expect(compileTopics([]).match({ text: '华为' })).toEqual([]);
    const m = compileTopics([{ id: 1, query: 'NEAR' }]);
    expect(m.size).toBe(0);
    expect(m.match({ text: 'near' })).toEqual([]);
  });

  it('treats a term used whole and as a wildcard prefix separately', () => {
    const m = compileTopics([
      { id: 'exact', query: 'recall' },
      { id: 'prefix', query: 'recall*' },
    ]);
    expect(m.match({ text: 'recalled' })).toEqual(['prefix']);
    expect(m.match({ text: 'recall' })).toEqual(['exact', 'prefix']);
  });
});
