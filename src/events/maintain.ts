/**
 * The periodic pass over a workspace's open events (pure, like assignment): events that turn out to be one story are
 * merged — the smaller into the larger, when their centroids are similar enough and their times overlap within the
 * window — and events quiet for longer than the window are closed (dropped from the state; they stay in the store).
 * Candidates come from the inverted index, so the pass does not compare every pair. Events an analyst has corrected
 * (`pinned`) stay: two pinned events are never merged (a split is not undone), and a pinned event is always the one kept.
 */
import { type ClusterOptions, type ClusterState, defaultClusterOptions, type OpenEvent } from './types.js';
import { addTerms, sizeBoost, Work } from './work.js';

export interface Merge {
  from: string;
  into: string;
  score: number;
}

export interface PassResult {
  state: ClusterState;
  merged: Merge[];
  closed: string[];
}

export function maintainEvents(
  state: ClusterState,
  now: number,
  options: Partial<ClusterOptions> = {},
  pinned: ReadonlySet<string> = new Set(),
): PassResult {
  const opts = { ...defaultClusterOptions, ...options };
  const work = new Work(state, opts);
  const closed: string[] = [];
  for (const e of Object.values(work.events))
    if (e.lastAt < now - opts.windowMs) {
      work.drop(e.id);
      closed.push(e.id);
    }
  const merged: Merge[] = [];
  // Smallest first: a fragment finds the story it belongs to before that story absorbs others.
  const order = Object.values(work.events).sort((a, b) => a.count - b.count || (a.id < b.id ? -1 : 1));
  for (const small of order) {
    const e = work.events[small.id];
    if (!e) continue;
    const best = closest(work, e, pinned);
    if (!best || best.score < opts.mergeThreshold) continue;
    const into = work.events[best.id] as OpenEvent;
    const [keep, gone] =
      pinned.has(e.id) || (!pinned.has(into.id) && !(into.count > e.count || (into.count === e.count && into.id < e.id)))
        ? [e, into]
        : [into, e];
    work.drop(gone.id);
    work.put(mergeInto(keep, gone, opts.maxTerms));
    for (const [m, ev] of work.links) if (ev === gone.id) work.links.set(m, keep.id);
    for (const x of merged) if (x.into === gone.id) x.into = keep.id;
    merged.push({ from: gone.id, into: keep.id, score: Math.round(best.score * 1e4) / 1e4 });
  }
  return { state: work.finish(), merged, closed };
}

function closest(work: Work, e: OpenEvent, pinned: ReadonlySet<string>): { id: string; score: number } | null {
  let best: { id: string; score: number } | null = null;
  for (const [id, score] of work.similarities(e.terms, e.id)) {
    if (pinned.has(e.id) && pinned.has(id)) continue;
    const o = work.events[id] as OpenEvent;
    if (o.lastAt < e.firstAt - work.opts.windowMs || o.firstAt > e.lastAt + work.opts.windowMs) continue;
    const [big, small] = o.count >= e.count ? [o, e] : [e, o];
    const s = small.count * work.opts.fragmentRatio <= big.count ? score * sizeBoost(big.count, work.opts.bigEvent) : score;
    if (!best || s > best.score || (s === best.score && id < best.id)) best = { id, score: s };
  }
  return best;
}

/** One event's centroid and counts taken into another's (the periodic pass, and an analyst's merge). */
export function mergeInto(keep: OpenEvent, gone: OpenEvent, maxTerms: number): OpenEvent {
  return {
    ...keep,
    origin: gone.firstAt < keep.firstAt ? gone.origin : keep.origin,
    firstAt: Math.min(keep.firstAt, gone.firstAt),
    lastAt: Math.max(keep.lastAt, gone.lastAt),
    count: keep.count + gone.count,
    terms: addTerms(keep.terms, gone.terms, maxTerms),
  };
}
