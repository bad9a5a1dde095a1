import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './classify.js';
import { DEFAULT_CATEGORIES } from './defaults.js';

describe('categories', () => {
  const taxonomy = compileTaxonomy(DEFAULT_CATEGORIES);
  it('compiles every default category', () => {
    expect(taxonomy.keys).toHaveLength(DEFAULT_CATEGORIES.length);
  });
  it('labels a mention with every category that matches', () => {
    expect(taxonomy.classify({ text: '手机质量太差，客服推诿不给退款' })).toEqual(['product_quality', 'service']);
    expect(taxonomy.classify({ title: 'Carmaker recalls 10,000 cars after fire risk', text: '' })).toEqual(['product_quality', 'safety']);
    expect(taxonomy.classify({ text: '網傳公司董事長被查，官方闢謠' })).toEqual(['legal', 'executives', 'rumour']);
    expect(taxonomy.classify({ text: '今天天气不错' })).toEqual([]);
  });
  it('uses the query language, NOT and fields included', () => {
    const t = compileTaxonomy([
      { key: 'jobs', name: '招聘', query: 'title:招聘 NOT 实习' },
      { key: 'bad', name: '坏', query: '(' },
    ]);
    expect(t.keys).toEqual(['jobs']);
    expect(t.classify({ title: '招聘工程师', text: '' })).toEqual(['jobs']);
    expect(t.classify({ title: '招聘实习生', text: '' })).toEqual([]);
    expect(t.classify({ title: '新闻', text: '招聘' })).toEqual([]);
  });
});
