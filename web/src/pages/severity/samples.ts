/** Sample events for the 试算 card: the figures severity counts, for three typical stories. */
import type { SeverityFacts } from '../../../../src/severity/facts.js';

export interface Sample {
  zh: string;
  en: string;
  facts: SeverityFacts;
}

const tiers = (central: number, provincial: number, industry: number, kol: number, ordinary: number) => ({
  central,
  provincial,
  industry,
  kol,
  ordinary,
});

export const SAMPLES: readonly Sample[] = [
  {
    zh: '工厂爆炸致人员伤亡，央媒转载，快速扩散',
    en: 'A factory blast with casualties, carried by central media, spreading fast',
    facts: {
      mentions: 4_200,
      negative: 3_276,
      reach: 1_800_000,
      tiers: tiers(1, 8, 3, 26, 2_400),
      mediaOutlets: 12,
      lastHour: 340,
      previousHourly: 56,
      channels: 4,
      categories: { safety: 2_100, casualty: 1_300 },
    },
  },
  {
    zh: '学校食堂疑似食物中毒，地方媒体报道',
    en: 'Suspected food poisoning at a school canteen, in local media',
    facts: {
      mentions: 620,
      negative: 410,
      reach: 95_000,
      tiers: tiers(0, 3, 0, 6, 400),
      mediaOutlets: 3,
      lastHour: 60,
      previousHourly: 15,
      channels: 3,
      categories: { food_drug: 380, children: 300 },
    },
  },
  {
    zh: '产品质量投诉，论坛和微博零星讨论',
    en: 'Product quality complaints, a few posts on forums and Weibo',
    facts: {
      mentions: 48,
      negative: 30,
      reach: 2_400,
      tiers: tiers(0, 0, 0, 0, 40),
      mediaOutlets: 0,
      lastHour: 4,
      previousHourly: 3,
      channels: 2,
      categories: {},
    },
  },
];
