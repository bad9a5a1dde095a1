import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.js';
import { UserLexicon } from '../segment/lexicon.js';
import { WordTrie } from '../segment/trie.js';
import { extractEntities } from './extract.js';
import { type EntityKind, isPlausiblePersonName } from './kinds.js';
import { topicNameTrie } from './topic-terms.js';

const none = { lexicon: new UserLexicon([]), topicNames: new WordTrie<{ name: string; kind: EntityKind }>() };
const names = (text: string, sources = none) =>
  extractEntities(text, segment(text, sources.lexicon), sources).map((e) => `${e.kind}:${e.name}`);

describe('entities', () => {
  it('reads people, places and organisations from tags', () => {
    const found = names('华为公司董事长任正非在深圳宣布，马云也到了杭州');
    expect(found).toContain('person:任正非');
    expect(found).toContain('person:马云');
    expect(found).toContain('place:深圳');
    expect(found).toContain('org:华为公司');
  });
  it('joins an organisation name at its suffix', () => {
    expect(names('患者在广州市第一人民医院就诊')).toContain('org:广州市第一人民医院');
  });
  it('uses the user dictionary and topic names', () => {
    const lexicon = new UserLexicon([
      { word: '极氪', pos: 'nz', kind: 'brand' },
      { word: '张三丰', pos: 'nr', kind: 'person' },
    ]);
    const topicNames = topicNameTrie(['(蔚来 OR 理想汽车) AND 投诉 NOT 招聘', '"Tesla" OR 极氪'], lexicon);
    const found = names('极氪和蔚来的车主张三丰投诉，tesla回应', { lexicon, topicNames });
    expect(found).toContain('brand:极氪');
    expect(found).toContain('person:张三丰');
    expect(found).toContain('org:蔚来');
    expect(found).toContain('org:tesla');
    expect(found.some((f) => f.endsWith(':投诉'))).toBe(false);
  });
});

describe('well-known organisations', () => {
  it('are organisations whatever jieba tags them', () => {
    const found = names('华为和京东、比亚迪都回应了');
    expect(found).toEqual(expect.arrayContaining(['org:华为', 'org:京东', 'org:比亚迪']));
    expect(found.some((f) => f.startsWith('person:'))).toBe(false);
  });
});

interface NotPeopleCase {
  text: string;
  notPeople: string[];
  people: string[];
}

describe('person names', () => {
  const cases = JSON.parse(readFileSync(new URL('./testdata/not-people.json', import.meta.url), 'utf8')) as NotPeopleCase[];
  it.each(cases)('are not fragments that jieba tags as names: $text', (c) => {
    const found = names(c.text);
    for (const w of c.notPeople) expect(found).not.toContain(`person:${w}`);
    for (const w of c.people) expect(found).toContain(`person:${w}`);
  });
  it('do not end in a locative or a particle', () => {
    expect(isPlausiblePersonName('任正非')).toBe(true);
    expect(isPlausiblePersonName('包里')).toBe(false);
    expect(isPlausiblePersonName('王')).toBe(false);
    expect(isPlausiblePersonName('张三的')).toBe(false);
  });
  it('from the user dictionary are kept whatever they end with', () => {
    const lexicon = new UserLexicon([{ word: '田中', pos: 'nr', kind: 'person' }]);
    expect(names('田中发布了新视频', { lexicon, topicNames: none.topicNames })).toContain('person:田中');
  });
});
