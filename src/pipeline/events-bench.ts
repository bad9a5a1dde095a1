/**
 * The events benchmark: B-cubed on the labelled set (the figures the quality test guards), and the speed of
 * `assignBatch` and of the periodic pass in CPU time (the machine is shared) on a stream of the labelled set
 * repeated 20 times two hours apart with each copy's keywords its own — hundreds of open events that share their
 * character pairs, so postings are long — beside the offline analysis of the same items, for the ratio.
 * `bin/yuqing bench --only events`. It lives beside the pipeline because it runs the pipeline's offline analyser;
 * the core in `src/events/` only reads its outputs.
 */

import { assignBatch } from '../events/assign.js';
import { evaluateClustering } from '../events/evaluate.js';
import { clusterMentionOf } from '../events/from-analysis.js';
import { maintainEvents } from '../events/maintain.js';
import { buildLabelledSet, type LabelledMention } from '../events/testdata/labelled.js';
import { type ClusterMention, emptyClusterState } from '../events/types.js';
import { createOfflineAnalyzer } from './analyze-offline.js';

const HOUR = 3600_000;

/** The labelled set through the pipeline's analysis, as `bin/yuqing cluster` reads it. */
export function analyseLabelled(set: readonly LabelledMention[] = buildLabelledSet()): ClusterMention[] {
  const analyzer = createOfflineAnalyzer();
  return set.map((m) => clusterMentionOf(m, analyzer.analyze({ id: m.id, title: m.title, text: m.text }), 0));
}

export function benchEvents(copies = 20, batch = 100): object {
  const set = buildLabelledSet();
  let t = process.cpuUsage();
  const analysed = analyseLabelled(set);
  const analysisPerSec = Math.round(set.length / (process.cpuUsage(t).user / 1e6));
  const q = evaluateClustering(analysed, set);
  const stream: ClusterMention[] = [];
  for (let k = 0; k < copies; k++)
    for (const m of analysed)
      stream.push({
        ...m,
        id: `${m.id}~${k}`,
        at: m.at + k * 2 * HOUR,
        parent: m.parent ? `${m.parent}~${k}` : null,
        duplicateOf: m.duplicateOf ? `${m.duplicateOf}~${k}` : null,
        keywords: m.keywords.map((w) => ({ ...w, word: `${w.word}${k}` })),
      });
  stream.sort((a, b) => a.at - b.at);
  let state = emptyClusterState();
  let assignUs = 0;
  let passUs = 0;
  let maxOpen = 0;
  for (let i = 0; i < stream.length; i += batch) {
    const part = stream.slice(i, i + batch);
    const now = part[part.length - 1]?.at ?? 0;
    t = process.cpuUsage();
    state = assignBatch(state, part, now).state;
    assignUs += process.cpuUsage(t).user;
    maxOpen = Math.max(maxOpen, Object.keys(state.events).length);
    t = process.cpuUsage();
    state = maintainEvents(state, now).state;
    passUs += process.cpuUsage(t).user;
  }
  const assignPerSec = Math.round(stream.length / (assignUs / 1e6));
  return {
    labelled: { items: q.items, stories: q.stories, events: q.events, precision: r3(q.precision), recall: r3(q.recall), f1: r3(q.f1) },
    speed: {
      items: stream.length,
      batch,
      maxOpenEvents: maxOpen,
      stateKB: Math.round(JSON.stringify(state).length / 1024),
      assignPerSec,
      assignUsPerMention: Math.round(assignUs / stream.length),
      passMsPerBatch: Math.round(passUs / 1000 / Math.ceil(stream.length / batch)),
      analysisPerSec,
      clusteringShareOfAnalysis: r3(analysisPerSec / assignPerSec),
    },
  };
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
