/** The pure text-analysis stages on single drafts: analysis copy, language, regions from text and label, tags without repeats. */
import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { defaultEnrichmentResources } from '../../nlp/analyze.js';
import { categorize } from './categories.js';
import { emotion } from './emotion.js';
import { entitiesOf } from './entities.js';
import { keywords } from './keywords.js';
import { language } from './language.js';
import { normalizeText } from './normalize-text.js';
import { regions } from './regions.js';
import { segmentDraft } from './segmentation.js';

const res = defaultEnrichmentResources();
const run = (over: Parameters<typeof draftFixture>[0]) => {
  let d = normalizeText(draftFixture(over));
  d = language(d);
  d = segmentDraft(d, res);
  d = keywords(d);
  d = entitiesOf(d, res);
  d = regions(d);
  d = emotion(d);
  return categorize(d, res);
};

describe('text-analysis stages', () => {
  it('keeps the display text and analyses a simplified copy', () => {
    const d = normalizeText(draftFixture({ title: '標題', text: '華為　手機' }));
    expect(d.text).toBe('華為　手機');
    expect(d.nlp?.text).toBe('标题 华为 手机');
  });
  it('overrides an implausible declared language', () => {
    expect(language(draftFixture({ text: '这家店的服务很好', lang: 'en' })).lang).toBe('zh');
    expect(language(draftFixture({ text: 'Great service at this shop', lang: 'en-US' })).lang).toBe('en');
  });
  it('fills analysis and tags, each tag once', () => {
    const d = run({ text: '深圳深圳！华为客服推诿，退款太慢，气死了。深圳的门店也不管。', regionLabel: 'IP属地：四川' });
    expect(Object.keys(d.analysis).sort()).toEqual(['categories', 'emotions', 'entities', 'keywords', 'regions']);
    expect(d.tags.filter((t) => t.kind === 'region')).toEqual([
      { kind: 'region', value: '广东' },
      { kind: 'region', value: '深圳' },
    ]);
    expect(d.tags).toContainEqual({ kind: 'author_region', value: '四川' });
    expect(d.tags).toContainEqual({ kind: 'org', value: '华为' });
    expect(d.tags).toContainEqual({ kind: 'category', value: 'service' });
    expect(d.tags).toContainEqual({ kind: 'emotion', value: 'anger' });
    const keys = d.tags.map((t) => `${t.kind}:${t.value}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(d.tags.filter((t) => t.kind === 'keyword').length).toBeLessThanOrEqual(5);
  });
  it('handles an empty text', () => {
    const d = run({ text: '' });
    expect(d.tags).toEqual([]);
    expect(d.lang).toBe('und');
  });
});
