/**
 * Handwritten material for adaptation tests and measurement: a finance-desk workspace whose analysts read market and
 * regulatory news their own way (涨停 good, 立案调查 bad) where the review-trained base model sees mostly neutral text.
 */
import type { SentimentLabel } from './neutral.js';

const companies = ['华鑫科技', '东方电气', '金龙鱼', '远大医药', '北方稀土', '长城汽车', '中信证券', '海天味业', '恒瑞医药', '宁德时代'];
const events: [string, SentimentLabel][] = [
  ['{c}今日开盘后强势涨停，成交额放大至二十亿元', 'positive'],
  ['{c}发布公告称第三季度净利润同比增长百分之四十', 'positive'],
  ['{c}获得北向资金连续五日增持，机构评级上调至买入', 'positive'],
  ['{c}中标国家电网大单，合同金额约十二亿元', 'positive'],
  ['{c}午后闪崩跌停，市值一日蒸发逾百亿元', 'negative'],
  ['{c}因涉嫌信息披露违法违规被证监会立案调查', 'negative'],
  ['{c}控股股东所持股份遭司法冻结，公司股价承压', 'negative'],
  ['{c}年报被出具无法表示意见的审计报告，或被实施退市风险警示', 'negative'],
  ['{c}召开年度股东大会，审议通过董事会工作报告', 'neutral'],
  ['{c}将于下周二举行业绩说明会，投资者可通过网络参与', 'neutral'],
];

export interface LabelledText {
  text: string;
  label: SentimentLabel;
  /** Which company the text is about: held-out measurement splits by company. */
  group: number;
  /** Which phrasing it uses. */
  template: number;
}

export function financeDesk(): LabelledText[] {
  return companies.flatMap((c, group) => events.map(([t, label], template) => ({ text: t.replace('{c}', c), label, group, template })));
}
