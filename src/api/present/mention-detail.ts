/**
 * Presenting one mention with its analysis, correction history and duplicate facts, its event, and — for a high-risk
 * (negative) mention — its level graded now with the workspace's model and tiers, explained in the asked language.
 */
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
import { severityMentionOf } from '../../pipeline/after-store/event-rows.js';
import {
  explainMentionSeverity,
  type Lang,
  levelName,
  mentionFactorLines,
  mentionSeverity,
  type SeverityModel,
  sensitiveCategoryNames,
  type TierTable,
} from '../../severity/index.js';
import type { CorrectionRecord } from '../../store/queries/corrections.js';
import type { MentionDetailRecord } from '../../store/queries/mention-detail.js';
import type { MentionDetail, SentimentLabelValue } from '../schemas/mention-detail.js';
import { presentMention } from './records.js';
import { iso } from './time.js';

const defaultNames = new Map(DEFAULT_CATEGORIES.map((c) => [c.key, c.name]));

const asLabel = (s: string): SentimentLabelValue => (s === 'positive' || s === 'negative' ? s : 'neutral');

export function presentMentionDetail(
  m: MentionDetailRecord,
  corrections: CorrectionRecord[],
  duplicates: { original: { id: number; title: string } | null; copies: number },
  grading: { model: SeverityModel; table: TierTable; lang: Lang },
): MentionDetail {
  return {
    ...presentMention(m),
    channel: m.channel,
    platform: m.platform,
    regionLabel: m.regionLabel,
    sentiment:
      m.sentimentLabel === null
        ? null
        : {
            label: asLabel(m.sentimentLabel),
            score: m.sentimentScore ?? 0,
            corrected: m.sentimentCorrected,
            corrections: corrections.map((c) => ({
              id: c.id,
              label: c.label,
              score: c.score,
              at: iso(c.createdAt),
              by: { userId: c.userId, username: c.username, displayName: c.displayName },
            })),
          },
    tags: m.tags,
    topics: m.topics,
    categories: m.tags
      .filter((t) => t.kind === 'category')
      .map((t) => ({ key: t.value, name: m.categoryNames[t.value] ?? defaultNames.get(t.value) ?? t.value })),
    duplicateOf: duplicates.original,
    copies: duplicates.copies,
    severity: severityOf(m, grading),
    event: m.event,
    analysis: m.analysis,
  };
}

/** The pipeline's rule: a negative mention is high-risk and has a level. */
function severityOf(m: MentionDetailRecord, g: { model: SeverityModel; table: TierTable; lang: Lang }): MentionDetail['severity'] {
  if (m.sentimentLabel !== 'negative') return null;
  const categories = m.analysis.categories ?? [];
  const { assessment, facts } = mentionSeverity(
    severityMentionOf({
      sortAt: m.sortAt,
      sentiment: m.sentimentLabel,
      reach: m.reach,
      channel: m.channel,
      url: m.url,
      author: m.author,
      followers: m.authorFollowers,
      sourceKey: m.sourceKey,
      categories,
    }),
    g.model,
    g.table,
  );
  // The default sensitive categories in both languages; the workspace's own ones by the names it gave them.
  const names = { ...sensitiveCategoryNames };
  for (const [key, name] of Object.entries(m.categoryNames)) names[key] ??= { zh: name, en: name };
  return {
    level: assessment.level,
    label: levelName(assessment.level, g.lang),
    score: assessment.score,
    explanation: explainMentionSeverity(assessment, facts, g.lang, names),
    factors: mentionFactorLines(assessment, facts, g.model, g.lang, names),
  };
}
