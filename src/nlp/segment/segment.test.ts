import { describe, expect, it } from 'vitest';
import { segment } from './index.js';
import { sharedJieba } from './jieba.js';
import { UserLexicon } from './lexicon.js';

describe('segmentation', () => {
  it('tags words with jieba parts of speech', () => {
    const words = segment('华为董事长任正非在深圳宣布');
    expect(words.map((w) => w.word).join('')).toBe('华为董事长任正非在深圳宣布');
    expect(words).toContainEqual({ word: '深圳', tag: 'ns' });
    expect(words).toContainEqual({ word: '任正非', tag: 'nr' });
  });
  it('applies user words as whole tokens without touching jieba', () => {
    const lexicon = new UserLexicon([
      { word: '小米SU7', pos: 'nz', kind: 'product' },
      { word: '雷軍', pos: 'nr', kind: 'person' },
    ]);
    const words = segment('雷军说小米su7卖得好，小米SU77不存在', lexicon);
    expect(words[0]).toEqual({ word: '雷军', tag: 'nr' });
    expect(words).toContainEqual({ word: '小米su7', tag: 'nz' });
    expect(words.filter((w) => w.tag === 'nz')).toHaveLength(1);
    expect(segment('雷军说小米su7卖得好').some((w) => w.word === '小米su7')).toBe(false);
  });
  it('prefers the longest user word at a position', () => {
    const lexicon = new UserLexicon([
      { word: '问界', pos: 'nz', kind: 'brand' },
      { word: '问界M9', pos: 'nz', kind: 'product' },
    ]);
    expect(lexicon.find('新款问界M9上市').map((h) => h.entry.word)).toEqual(['问界M9']);
  });
});

describe('tags without jieba tag()', () => {
  it('gives exactly what jieba tag() gives', () => {
    const jieba = sharedJieba();
    for (const text of [
      '华为公司董事长任正非在深圳宣布，小米手机在广州市第一人民医院被投诉。IP属地：广东',
      '雷军说小米SU7 Ultra很好 hello world  123 3.5G',
      'The battery caught fire on the train. 第3季度营收12亿元 iPhone15 😀 [怒]',
    ])
      expect(segment(text)).toEqual(jieba.tag(text, true).map((w) => ({ word: w.word, tag: w.tag })));
  });
});
