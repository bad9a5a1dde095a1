/**
 * Online clustering of one batch of a workspace's mentions, in time order: a repost or copy joins its original's
 * event; any other mention joins the open event whose centroid is most similar (cosine of stream-IDF-weighed term
 * vectors, candidates from the inverted index, only events active within the window), if similar enough, or opens a
 * new event. Pure: the state passed in is left as it was; the next state comes back with the decisions.
 */
import { mentionTerms } from './features.js';
import {
  type Assignment,
  type ClusterMention,
  type ClusterOptions,
  type ClusterState,
  defaultClusterOptions,
  type OpenEvent,
  type Term,
} from './types.js';
import { addTerms, sizeBoost, Work } from './work.js';

/**
 * The stream's IDF is taken again within a batch after this many mentions, or this share of the stream if more: a
 * young stream's weights move fast, a long one's hardly at all (and each weighing recomputes candidates' norms).
 */
const REWEIGH_EVERY = 8;
const REWEIGH_SHARE = 0.02;

export interface BatchResult {
  assignments: Assignment[];
  state: ClusterState;
  /** Events this batch opened, and open events it added mentions to. */
  opened: string[];
  grown: string[];
  /** Events dropped to keep the state within `maxOpenEvents` (closed). */
  dropped: string[];
}

export interface BatchInput {
  /** Mention → event links the state no longer holds (the store's), for reposts of older mentions. */
  links?: ReadonlyMap<string, string>;
  options?: Partial<ClusterOptions>;
}

export function assignBatch(state: ClusterState, mentions: readonly ClusterMention[], now: number, input: BatchInput = {}): BatchResult {
  const opts = { ...defaultClusterOptions, ...input.options };
  const work = new Work(state, opts);
  const opened = new Set<string>();
  const grown = new Set<string>();
  const assignments: Assignment[] = [];
  for (const m of mentions) {
    if (work.docs - work.weighedAt >= Math.max(REWEIGH_EVERY, work.weighedAt * REWEIGH_SHARE)) work.refresh();
    const at = Number.isFinite(m.at) ? Math.min(m.at, now) : now;
    const terms = mentionTerms(m);
    const a = linked(work, m, input.links) ?? similar(work, terms, at) ?? open(work, m, terms, at);
    const before = work.events[a.event];
    if (before && a.reason !== 'new') {
      work.put(grow(before, m.id, terms, at, opts.maxTerms));
      if (!opened.has(a.event)) grown.add(a.event);
    } else opened.add(a.event);
    work.link(m.id, a.event);
    work.count(terms);
    assignments.push({ ...a, id: m.id });
  }
  const next = work.finish();
  return { assignments, state: next, opened: [...opened], grown: [...grown], dropped: work.dropped };
}

function linked(work: Work, m: ClusterMention, links: ReadonlyMap<string, string> | undefined): Assignment | null {
  for (const [ref, reason] of [
    [m.parent, 'parent'],
    [m.duplicateOf, 'duplicate'],
  ] as const) {
    if (!ref) continue;
    const event = work.links.get(ref) ?? links?.get(ref);
    if (event && work.events[event]) return { id: m.id, event, reason, score: 1 };
  }
  return null;
}

function similar(work: Work, terms: readonly Term[], at: number): Assignment | null {
  if (terms.length === 0) return null;
  let best: { event: string; score: number } | null = null;
  for (const [id, cos] of work.similarities(terms)) {
    const e = work.events[id] as OpenEvent;
    if (e.lastAt < at - work.opts.windowMs || e.firstAt > at + work.opts.windowMs) continue;
    const score = (cos * sizeBoost(e.count, work.opts.bigEvent)) / (1 + Math.max(0, at - e.lastAt) / work.opts.fadeMs);
    if (!best || score > best.score || (score === best.score && id < best.event)) best = { event: id, score };
  }
  return best && best.score >= work.opts.joinThreshold ? { id: '', event: best.event, reason: 'similar', score: round(best.score) } : null;
}

function open(work: Work, m: ClusterMention, terms: readonly Term[], at: number): Assignment {
  const id = `e${work.nextEvent++}`;
  work.put({ id, firstAt: at, lastAt: at, count: 1, terms: terms.slice(0, work.opts.maxTerms), origin: m.id });
  return { id: m.id, event: id, reason: 'new', score: 0 };
}

function grow(e: OpenEvent, mention: string, terms: readonly Term[], at: number, maxTerms: number): OpenEvent {
  return {
    ...e,
    origin: at < e.firstAt ? mention : e.origin,
    firstAt: Math.min(e.firstAt, at),
    lastAt: Math.max(e.lastAt, at),
    count: e.count + 1,
    terms: addTerms(e.terms, terms, maxTerms),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
