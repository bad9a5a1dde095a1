/** A mention as clustering sees it, from an input item and its analysis (the offline analyser's or a draft's). */
import type { Entity, Keyword } from '../domain/analysis.js';
import type { ClusterMention } from './types.js';

export interface AnalysedItem {
  id: string | number;
  title?: string | null;
  text?: string | null;
  /** ISO 8601; `fallbackAt` when missing. */
  publishedAt?: string | null;
  parent?: string | number | null;
}

export function clusterMentionOf(
  m: AnalysedItem,
  a: { keywords: readonly Keyword[]; entities: readonly Entity[]; duplicateOf: string | number | null },
  fallbackAt: number,
): ClusterMention {
  const at = m.publishedAt ? Date.parse(m.publishedAt) : Number.NaN;
  return {
    id: String(m.id),
    at: Number.isFinite(at) ? at : fallbackAt,
    title: m.title ?? '',
    text: m.text ?? '',
    keywords: a.keywords,
    entities: a.entities,
    parent: m.parent === null || m.parent === undefined ? null : String(m.parent),
    duplicateOf: a.duplicateOf === null ? null : String(a.duplicateOf),
  };
}
