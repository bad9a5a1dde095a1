/** Presenting one mention with its analysis, correction history and duplicate facts. */
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
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
    analysis: m.analysis,
  };
}
