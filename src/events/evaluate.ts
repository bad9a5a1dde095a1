/**
 * Clustering the labelled set the way `bin/yuqing cluster` does (the offline analyser's keywords, entities and
 * near-duplicates, then `assignBatch` over batches in time order) and scoring it with B-cubed: what the quality
 * test asserts and the bench prints.
 */
import { createOfflineAnalyzer, type OfflineResult } from '../pipeline/analyze-offline.js';
import { type BCubed, bcubed } from './bcubed.js';
import { clusterStream, PASS_EVERY } from './stream.js';
import { buildLabelledSet, type LabelledMention } from './testdata/labelled.js';
import type { ClusterMention, ClusterOptions } from './types.js';

/** A mention of the input and its analysis as clustering sees it. */
export function clusterMentionOf(
  m: { id: string | number; title?: string | null; text?: string | null; publishedAt?: string | null; parent?: string | number | null },
  a: Pick<OfflineResult, 'keywords' | 'entities' | 'duplicateOf'>,
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

export function analyseLabelled(set: readonly LabelledMention[] = buildLabelledSet()): ClusterMention[] {
  const analyzer = createOfflineAnalyzer();
  return set.map((m) => clusterMentionOf(m, analyzer.analyze({ id: m.id, title: m.title, text: m.text }), 0));
}

export interface Evaluation extends BCubed {
  events: number;
  stories: number;
}

/** Clusters the analysed set in batches of `batch` and scores the final events (merges followed) against the stories. */
export function evaluateClustering(
  mentions: readonly ClusterMention[],
  set: readonly LabelledMention[],
  opts: { batch?: number; passEvery?: number; options?: Partial<ClusterOptions> } = {},
): Evaluation & { predicted: Map<string, string> } {
  const batch = opts.batch ?? PASS_EVERY;
  const stream = clusterStream(opts);
  const assigned: [string, string][] = [];
  for (let i = 0; i < mentions.length; i += batch) {
    const part = mentions.slice(i, i + batch);
    for (const a of stream.push(part, Math.max(...part.map((m) => m.at)))) assigned.push([a.id, a.event]);
  }
  const predicted = new Map(assigned.map(([id, e]) => [id, stream.resolve(e)]));
  const truth = new Map(set.map((m) => [m.id, m.story]));
  return { ...bcubed(predicted, truth), events: new Set(predicted.values()).size, stories: new Set(truth.values()).size, predicted };
}
