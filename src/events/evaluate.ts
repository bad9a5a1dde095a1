/**
 * Clustering an analysed labelled set the way `bin/yuqing cluster` does (`clusterStream` over batches in time
 * order, merges followed) and scoring it with B-cubed: what the quality test asserts and the bench prints.
 */
import { type BCubed, bcubed } from './bcubed.js';
import { clusterStream, PASS_EVERY } from './stream.js';
import type { LabelledMention } from './testdata/labelled.js';
import type { ClusterMention, ClusterOptions } from './types.js';

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
