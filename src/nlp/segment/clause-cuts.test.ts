import { describe, expect, it } from 'vitest';
import { cutReusing, jiebaCut } from './clause-cuts.js';
import { segment } from './index.js';
import { UserLexicon } from './lexicon.js';

const analysed = '华为董事长任正非在深圳宣布，小米SU7卖得好！IP属地：广东\n难道这就是五星级酒店的服务吗？前台半天没人理。';
const others = [
  analysed,
  analysed.toLowerCase(),
  '前台半天没人理。华为董事长任正非在深圳宣布，',
  '小米su7卖得好！，难道这就是五星级酒店的服务吗？ ⌂ 前台半天没人理',
  '完全不同的一句话，没有一个分句相同',
  'line one\r\nline two， 第三行',
  '',
];

describe('cutting by clauses of an earlier cut', () => {
  it('gives exactly what jieba gives, whichever clauses are shared', () => {
    const cut = cutReusing(analysed, segment(analysed));
    for (const text of others) expect(cut(text)).toEqual(jiebaCut(text));
  });
  it('never reuses a clause holding a user-dictionary word', () => {
    const lexicon = new UserLexicon([
      { word: '小米SU7', pos: 'nz', kind: 'product' },
      { word: '五星级酒店的服务', pos: 'nz', kind: 'other' },
    ]);
    const words = segment(analysed, lexicon);
    expect(words.some((w) => w.word === '小米SU7')).toBe(true);
    const cut = cutReusing(analysed, words, lexicon);
    for (const text of others) expect(cut(text)).toEqual(jiebaCut(text));
  });
  it('falls back to jieba when the words do not spell the text', () => {
    const cut = cutReusing('别的文字', segment('华为在深圳'));
    expect(cut('华为在深圳，很好')).toEqual(jiebaCut('华为在深圳，很好'));
  });
});
