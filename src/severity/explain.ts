/**
 * A level in words and numbers, the way a desk writes it in a flash report:
 *   "II 重大（62.3 分）：负面 78%，12 家媒体转载，其中中央媒体 1 家；每小时 340 条，较前 12 小时 ×6；涉及伤亡；3 个渠道"
 * and one line per factor with its figure, strength and points, for the severity panel.
 */
import type { SeverityFacts } from './facts.js';
import { levelName } from './levels.js';
import type { SeverityFactor, SeverityModel } from './model.js';
import { growthRatio, type SeverityAssessment } from './score.js';
import { tierLabels } from './tiers.js';

export type Lang = 'zh' | 'en';

/** Names of the default sensitive categories; a workspace's own categories pass their names in. */
export const sensitiveCategoryNames: Record<string, { zh: string; en: string }> = {
  casualty: { zh: '伤亡', en: 'casualties' },
  children: { zh: '未成年人', en: 'children' },
  food_drug: { zh: '食品药品', en: 'food and drugs' },
  safety: { zh: '安全', en: 'safety' },
  officials: { zh: '公职人员', en: 'officials' },
};

export const factorNames: Record<SeverityFactor, { zh: string; en: string }> = {
  negativity: { zh: '负面占比', en: 'Negativity' },
  reach: { zh: '传播量', en: 'Reach' },
  authority: { zh: '信源等级', en: 'Source authority' },
  pickup: { zh: '媒体转载', en: 'Media pick-up' },
  velocity: { zh: '传播速度', en: 'Velocity' },
  growth: { zh: '增速', en: 'Growth' },
  sensitive: { zh: '敏感类别', en: 'Sensitive categories' },
  spread: { zh: '跨渠道传播', en: 'Cross-channel spread' },
};

export interface FactorLine {
  factor: SeverityFactor;
  name: string;
  /** The figure behind it, in words: "78%", "12 家", "×6". */
  figure: string;
  strength: number;
  weight: number;
  points: number;
}

export function explainSeverity(
  a: SeverityAssessment,
  facts: SeverityFacts,
  model: SeverityModel,
  lang: Lang,
  names = sensitiveCategoryNames,
): string {
  const zh = lang === 'zh';
  const parts: string[][] = [[], [], []];
  if (facts.mentions > 0)
    parts[0]!.push(zh ? `负面 ${percent(facts.negative, facts.mentions)}` : `${percent(facts.negative, facts.mentions)} negative`);
  if (facts.mediaOutlets > 0) {
    const central = facts.tiers.central;
    parts[0]!.push(
      zh
        ? `${facts.mediaOutlets} 家媒体转载${central > 0 ? `，其中中央媒体 ${central} 家` : ''}`
        : `carried by ${facts.mediaOutlets} media outlet${facts.mediaOutlets === 1 ? '' : 's'}${central > 0 ? `, ${central} of them central` : ''}`,
    );
  }
  if (facts.lastHour > 0) {
    const ratio = growthRatio(facts, model);
    const growth = ratio !== null && ratio >= 1.5 ? ratio : null;
    parts[1]!.push(
      zh
        ? `每小时 ${formatCount(facts.lastHour, lang)} 条${growth ? `，较前 12 小时 ×${formatRatio(growth)}` : ''}`
        : `${formatCount(facts.lastHour, lang)} an hour${growth ? `, ×${formatRatio(growth)} on the previous 12 hours` : ''}`,
    );
  }
  if (a.sensitive.length > 0) {
    const list = a.sensitive.map((k) => names[k]?.[lang] ?? k);
    parts[2]!.push(zh ? `涉及${list.join('、')}` : `touches ${list.join(', ')}`);
  }
  if (facts.channels > 1) parts[2]!.push(zh ? `${facts.channels} 个渠道` : `${facts.channels} channels`);
  const body = parts
    .map((p) => p.join(zh ? '，' : ', '))
    .filter((s) => s.length > 0)
    .join(zh ? '；' : '; ');
  const head = zh ? `${levelName(a.level, 'zh')}（${a.score} 分）` : `${levelName(a.level, 'en')} (score ${a.score})`;
  if (!body) return head;
  return zh ? `${head}：${body}` : `${head}: ${body}`;
}

export function factorLines(
  a: SeverityAssessment,
  facts: SeverityFacts,
  model: SeverityModel,
  lang: Lang,
  names = sensitiveCategoryNames,
): FactorLine[] {
  const zh = lang === 'zh';
  const figures: Record<SeverityFactor, string> = {
    negativity: percent(facts.negative, facts.mentions),
    reach: formatCount(facts.reach, lang),
    authority: a.topTier ? tierLabels[a.topTier][lang] : zh ? '无' : 'none',
    pickup: zh ? `${facts.mediaOutlets} 家` : `${facts.mediaOutlets} outlets`,
    velocity: zh ? `每小时 ${formatCount(facts.lastHour, lang)} 条` : `${formatCount(facts.lastHour, lang)} an hour`,
    growth: growthFigure(facts, model, lang),
    sensitive: a.sensitive.length > 0 ? a.sensitive.map((k) => names[k]?.[lang] ?? k).join(zh ? '、' : ', ') : zh ? '无' : 'none',
    spread: zh ? `${facts.channels} 个渠道` : `${facts.channels} channels`,
  };
  return a.factors.map((f) => ({ ...f, name: factorNames[f.factor][lang], figure: figures[f.factor] }));
}

function growthFigure(facts: SeverityFacts, model: SeverityModel, lang: Lang): string {
  const ratio = growthRatio(facts, model);
  if (ratio === null)
    return lang === 'zh'
      ? `不足 ${model.scales.growthMinMentions} 条/小时，不计`
      : `under ${model.scales.growthMinMentions} an hour, not judged`;
  return `×${formatRatio(ratio)}`;
}

function percent(n: number, of: number): string {
  return of > 0 ? `${Math.round((100 * n) / of)}%` : '0%';
}

function formatRatio(r: number): string {
  return r >= 10 ? String(Math.round(r)) : String(Math.round(r * 10) / 10);
}

/** 12,400 → "1.2 万" in Chinese, "12,400" in English. */
export function formatCount(n: number, lang: Lang): string {
  if (lang === 'zh' && n >= 10_000) {
    if (n >= 100_000_000) return `${trim(n / 100_000_000)} 亿`;
    return `${trim(n / 10_000)} 万`;
  }
  return Math.round(n).toLocaleString('en-US');
}

function trim(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}
