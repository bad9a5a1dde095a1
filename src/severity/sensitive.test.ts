/** The sensitive factor reads the default taxonomy's categories by key: a real post classified, then graded. */
import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../nlp/categories/classify.js';
import { DEFAULT_CATEGORIES } from '../nlp/categories/defaults.js';
import { explainSeverity } from './explain.js';
import { mentionSeverity } from './mention.js';
import { DEFAULT_SEVERITY_MODEL } from './model.js';
import { mention } from './testkit.js';
import { DEFAULT_TIER_TABLE } from './tiers.js';

const taxonomy = compileTaxonomy(DEFAULT_CATEGORIES);

function graded(title: string, text: string) {
  const m = mention({
    sentiment: 'negative',
    reach: 20_000,
    categories: taxonomy.classify({ title, text }),
    publisher: { url: 'https://www.thepaper.cn/newsDetail_forward_1', channel: 'news' },
  });
  const { assessment, facts } = mentionSeverity(m, DEFAULT_SEVERITY_MODEL, DEFAULT_TIER_TABLE);
  return { assessment, text: explainSeverity(assessment, facts, DEFAULT_SEVERITY_MODEL, 'zh') };
}

describe('sensitive categories in severity', () => {
  it('names the sensitive categories a classified post touches, strongest first, and grades it higher for them', () => {
    const grave = graded('某小学食堂疑似食物中毒 20余名学生送医', '家长反映孩子午饭后出现呕吐腹泻，已有学生送医抢救。');
    expect(grave.assessment.sensitive).toEqual(['casualty', 'children', 'food_drug']);
    expect(grave.text).toContain('涉及伤亡、未成年人、食品药品');
    const plain = graded('某品牌手机售后推诿', '客服态度差，退款迟迟不到账。');
    expect(plain.assessment.sensitive).toEqual([]);
    expect(grave.assessment.score).toBeGreaterThan(plain.assessment.score);
    expect(grave.assessment.level).toBeLessThan(plain.assessment.level);
  });

  it('reads officials and safety accidents too', () => {
    const a = graded('某县城管暴力执法致商户受伤', '网传视频显示，执法人员与商户发生冲突。');
    expect(a.assessment.sensitive).toEqual(['casualty', 'officials']);
    expect(graded('化工厂发生爆炸', '现场浓烟滚滚。').assessment.sensitive).toEqual(['safety']);
  });
});
