/**
 * One high-risk mention's level in words and numbers, on the factors a mention is judged on (negativity, reach, its
 * publisher's tier, sensitive categories); what belongs to events (pick-up, velocity, growth, spread) is left out:
 *   "III 较大（41.2 分）：负面，传播量 1.2 万，信源为中央媒体，涉及伤亡"
 */
import { type FactorLine, factorLines, formatCount, type Lang, sensitiveCategoryNames } from './explain.js';
import type { SeverityFacts } from './facts.js';
import { levelName } from './levels.js';
import type { SeverityModel } from './model.js';
import type { SeverityAssessment } from './score.js';
import { tierLabels } from './tiers.js';

export function explainMentionSeverity(a: SeverityAssessment, facts: SeverityFacts, lang: Lang, names = sensitiveCategoryNames): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (facts.negative > 0) parts.push(zh ? '负面' : 'negative');
  if (facts.reach > 0) parts.push(zh ? `传播量 ${formatCount(facts.reach, lang)}` : `reach ${formatCount(facts.reach, lang)}`);
  if (a.topTier && a.topTier !== 'ordinary')
    parts.push(zh ? `信源为${tierLabels[a.topTier].zh}` : `published by ${tierLabels[a.topTier].en.toLowerCase()}`);
  if (a.sensitive.length > 0) {
    const list = a.sensitive.map((k) => names[k]?.[lang] ?? k);
    parts.push(zh ? `涉及${list.join('、')}` : `touches ${list.join(', ')}`);
  }
  const head = zh ? `${levelName(a.level, 'zh')}（${a.score} 分）` : `${levelName(a.level, 'en')} (score ${a.score})`;
  if (parts.length === 0) return head;
  return zh ? `${head}：${parts.join('，')}` : `${head}: ${parts.join(', ')}`;
}

/** The factor lines that count for a mention (weight above 0 in the single-mention model). */
export function mentionFactorLines(
  a: SeverityAssessment,
  facts: SeverityFacts,
  model: SeverityModel,
  lang: Lang,
  names = sensitiveCategoryNames,
): FactorLine[] {
  return factorLines(a, facts, model, lang, names).filter((f) => f.weight > 0);
}
