/** The adjustment layer on handwritten examples: it moves similar new texts towards analysts' labels and leaves unrelated ones alone. */
import { describe, expect, it } from 'vitest';
import { adaptedResult, identityAdaptation, learnAdaptation } from './adaptation.js';
import { financeDesk } from './adaptation-fixtures.js';
import { loadSentimentModel } from './index.js';

const model = loadSentimentModel();
const desk = financeDesk();
const corrections = desk
  .filter((e) => e.group !== 9)
  .map((e) => ({ text: e.text, label: e.label, baseLogit: model.polarity(e.text, 'zh') }));
const adapted = learnAdaptation(corrections);
const label = (text: string) => adaptedResult(adapted.adjust(text, model.polarity(text, 'zh')).logit).label;

describe('sentiment adaptation', () => {
  it('changes the outcome for similar new texts of the workspace', () => {
    const rise = '宁德时代今日开盘后强势涨停，成交额放大至二十亿元';
    const probe = '宁德时代午后闪崩跌停，市值一日蒸发逾百亿元';
    expect(model.analyze(rise).label).not.toBe('positive');
    expect(model.analyze(probe).label).not.toBe('negative');
    expect(label(rise)).toBe('positive');
    expect(label(probe)).toBe('negative');
    const held = desk.filter((e) => e.group === 9);
    expect(held.filter((e) => label(e.text) === e.label).length).toBeGreaterThanOrEqual(held.length - 1);
  });

  it('leaves unrelated texts with the base model’s label', () => {
    for (const text of ['房间很干净，服务员态度也很好，下次还来', '外卖送得太慢了，饭菜都凉了，差评', 'The service was not good']) {
      const lang = /[a-z]/i.test(text) ? 'en' : 'zh';
      expect(adaptedResult(adapted.adjust(text, model.polarity(text, lang)).logit).label).toBe(model.analyze(text, lang).label);
    }
  });

  it('gives copies of a corrected text the analyst’s label, the latest correction winning', () => {
    const text = '这家酒店的早餐一般般，房间还算凑合，总体来说就那样吧，没有什么特别的印象。';
    const a = learnAdaptation([
      { text, label: 'positive', baseLogit: model.polarity(text) },
      { text: `${text}!!`, label: 'negative', baseLogit: model.polarity(text) },
    ]);
    expect(a.adjust(`同感//@路人甲: ${text} #避雷#`, 0.3)).toEqual({ logit: -2.5, copyOf: 'negative' });
  });

  it('is the identity without corrections and deterministic with them', () => {
    expect(learnAdaptation([])).toBe(identityAdaptation);
    const again = learnAdaptation(corrections);
    const t = '比亚迪午后闪崩跌停';
    expect(again.adjust(t, 0.1)).toEqual(adapted.adjust(t, 0.1));
  });
});
