/**
 * Clustering one workspace's stream batch after batch with the periodic pass every `passEvery` mentions, and
 * merges remembered so any earlier assignment can be read as the event it ended in: what `bin/yuqing cluster` and
 * the labelled-set evaluation run. The pipeline's batch stage will hold the state in the store instead.
 */
import { assignBatch } from './assign.js';
import { type Merge, maintainEvents } from './maintain.js';
import { type Assignment, type ClusterMention, type ClusterOptions, type ClusterState, emptyClusterState } from './types.js';

export interface ClusterStream {
  /** Assigns a batch (in time order); runs the pass after every `passEvery` mentions. */
  push(mentions: readonly ClusterMention[], now: number): Assignment[];
  /** The event an assignment's event ended in after later merges. */
  resolve(event: string): string;
  readonly state: ClusterState;
}

export const PASS_EVERY = 50;

export function clusterStream(opts: { passEvery?: number; options?: Partial<ClusterOptions> } = {}): ClusterStream {
  const every = opts.passEvery ?? PASS_EVERY;
  let state = emptyClusterState();
  let since = 0;
  const into = new Map<string, string>();
  const remember = (merged: readonly Merge[]) => {
    for (const m of merged) into.set(m.from, m.into);
  };
  return {
    push(mentions, now) {
      const out: Assignment[] = [];
      // Cut at the pass boundaries, so the pass sees the same states whatever the batch size.
      for (let i = 0; i < mentions.length; ) {
        const part = mentions.slice(i, i + every - since);
        i += part.length;
        const r = assignBatch(state, part, now, { options: opts.options });
        out.push(...r.assignments);
        state = r.state;
        since += part.length;
        if (since < every) continue;
        since = 0;
        const pass = maintainEvents(state, now, opts.options);
        remember(pass.merged);
        state = pass.state;
      }
      return out;
    },
    resolve(event) {
      let e = event;
      for (let next = into.get(e); next !== undefined; next = into.get(e)) e = next;
      return e;
    },
    get state() {
      return state;
    },
  };
}
