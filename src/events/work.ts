/**
 * A batch's working copy of a state: events, frequencies and links copied once, changed in place, then frozen
 * into the next state. Shared by assignment and the periodic pass, so both keep the same bounds.
 */
import { byWeight } from './features.js';
import { keepIndex, type TermIndex, takeIndex } from './term-index.js';
import type { ClusterOptions, ClusterState, OpenEvent, Term } from './types.js';

/**
 * The frequencies and links of a state as maps, taken over by the next batch's work (as the term index is) so a
 * batch does not copy the whole stream's table again; a state used twice builds its own from its records.
 */
const maps = new WeakMap<ClusterState, { df: Map<string, number>; links: Map<string, string> }>();

export class Work {
  readonly events: Record<string, OpenEvent>;
  readonly df: Map<string, number>;
  docs: number;
  nextEvent: number;
  readonly links: Map<string, string>;
  readonly index: TermIndex;
  /** Events dropped from the state to keep it within `maxOpenEvents`. */
  readonly dropped: string[] = [];

  constructor(
    state: ClusterState,
    readonly opts: ClusterOptions,
  ) {
    this.events = { ...state.events };
    const kept = maps.get(state);
    maps.delete(state);
    this.df = kept?.df ?? new Map(Object.entries(state.df));
    this.docs = state.docs;
    this.nextEvent = state.nextEvent;
    this.links = kept?.links ?? new Map(state.recent);
    this.index = takeIndex(state);
    this.docsAtStart = state.docs;
    this.open = Object.keys(this.events).length;
    this.openAtStart = this.open;
  }

  /** The stream IDF of terms as of the last `refresh` (the batch's start): one weighing for a run of mentions, so scores are cheap. */
  private readonly idfs = new Map<string, number>();
  /** What this batch added to `df`, so the IDF stays the batch's first. */
  private readonly added = new Map<string, number>();
  private docsAtStart: number;
  /** Open events now, and as of the last `refresh` (the event-frequency IDF's stream size). */
  private open: number;
  private openAtStart: number;
  private norms = new WeakMap<OpenEvent, number>();

  /**
   * A term's weight: the larger of its document IDF and its event IDF (how many open events' centroids hold it). A
   * story that dominates the stream makes its own words look common by documents, but they are still in few events.
   */
  idf(t: string): number {
    let x = this.idfs.get(t);
    if (x === undefined) {
      const byDocs = Math.log((this.docsAtStart + 2) / ((this.df.get(t) ?? 0) - (this.added.get(t) ?? 0) + 1));
      const l = Math.max(byDocs, Math.log((this.openAtStart + 2) / (this.index.eventCount(t) + 1)));
      x = this.opts.idfPower === 2 ? l * l : l ** this.opts.idfPower;
      this.idfs.set(t, x);
    }
    return x;
  }

  /** The stream size the current weighing was taken at. */
  get weighedAt(): number {
    return this.docsAtStart;
  }

  /** Weighs by the stream as it is now (assignment calls it every few mentions). */
  refresh(): void {
    this.idfs.clear();
    this.added.clear();
    this.norms = new WeakMap();
    this.docsAtStart = this.docs;
    this.openAtStart = this.open;
  }

  /** Length of an event's centroid weighed by the batch's IDF (kept per event version). */
  norm(e: OpenEvent): number {
    let n = this.norms.get(e);
    if (n === undefined) {
      let sq = 0;
      for (const [t, w] of e.terms) sq += (w * this.idf(t)) ** 2;
      n = Math.sqrt(sq);
      this.norms.set(e, n);
    }
    return n;
  }

  /**
   * Cosine similarity of a raw vector to the open events sharing its terms, by event. Candidates come from the
   * postings of its `probeTerms` heaviest weighed terms; their similarity is then exact (the other terms are looked
   * up for those candidates only). `skip` leaves one event out (an event compared with the others).
   */
  similarities(terms: readonly Term[], skip?: string): Map<string, number> {
    const weighed = terms.map(([t, x]): Term => [t, x * this.idf(t)]).sort((a, b) => b[1] - a[1]);
    const dots = new Map<string, number>();
    let sq = 0;
    for (const [i, [t, y]] of weighed.entries()) {
      sq += y * y;
      if (y === 0) continue;
      const posting = this.index.eventsWith(t, this.opts.maxPosting);
      if (!posting) continue;
      const k = y * this.idf(t);
      if (i < this.opts.probeTerms) {
        for (const [id, w] of posting) dots.set(id, (dots.get(id) ?? 0) + k * w);
        if (i === this.opts.probeTerms - 1 || i === weighed.length - 1) keepHeaviest(dots, MAX_CANDIDATES);
      } else
        for (const [id, dot] of dots) {
          const w = posting.get(id);
          if (w !== undefined) dots.set(id, dot + k * w);
        }
    }
    const n = Math.sqrt(sq);
    const out = new Map<string, number>();
    if (n === 0) return out;
    for (const [id, dot] of dots) {
      const e = this.events[id];
      if (!e || id === skip) continue;
      const en = this.norm(e);
      if (en > 0) out.set(id, dot / (n * en));
    }
    return out;
  }

  put(next: OpenEvent): void {
    if (!this.events[next.id]) this.open++;
    this.index.replace(this.events[next.id], next);
    this.events[next.id] = next;
  }

  drop(id: string): void {
    const e = this.events[id];
    if (!e) return;
    this.index.remove(e);
    delete this.events[id];
    this.open--;
  }

  link(mention: string, event: string): void {
    this.links.delete(mention);
    this.links.set(mention, event);
    if (this.links.size > this.opts.maxRecent) {
      const oldest = this.links.keys().next();
      if (!oldest.done) this.links.delete(oldest.value);
    }
  }

  /** Counts a mention's terms in the stream's document frequencies. */
  count(terms: readonly Term[]): void {
    for (const [t] of terms) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.added.set(t, (this.added.get(t) ?? 0) + 1);
    }
    this.docs++;
  }

  private halve(): void {
    this.docs /= 2;
    for (const [t, n] of this.df) {
      if (n < 1) this.df.delete(t);
      else this.df.set(t, n / 2);
    }
  }

  finish(): ClusterState {
    const open = Object.values(this.events);
    if (open.length > this.opts.maxOpenEvents) {
      open.sort((a, b) => a.lastAt - b.lastAt || (a.id < b.id ? -1 : 1));
      for (const e of open.slice(0, open.length - this.opts.maxOpenEvents)) {
        this.drop(e.id);
        this.dropped.push(e.id);
      }
    }
    // Past its half-life, or with too many terms, the stream forgets half (rare terms go first, counts stay comparable).
    while (this.docs >= this.opts.dfHalfLife * 2 || this.df.size > this.opts.maxDfTerms) this.halve();
    const state: ClusterState = {
      version: 1,
      nextEvent: this.nextEvent,
      events: this.events,
      df: Object.fromEntries(this.df),
      docs: this.docs,
      recent: [...this.links],
    };
    keepIndex(state, this.index);
    maps.set(state, { df: this.df, links: this.links });
    return state;
  }
}

/** How much a large event's similarity is raised (`bigEvent`): 1 below that size, then 1 + ln(count / bigEvent). */
export function sizeBoost(count: number, bigEvent: number): number {
  return count > bigEvent ? 1 + Math.log(count / bigEvent) : 1;
}

/** Candidate events whose similarity is taken exactly: the heaviest partial dot products after the probe terms. */
const MAX_CANDIDATES = 16;

function keepHeaviest(dots: Map<string, number>, max: number): void {
  if (dots.size <= max) return;
  const cut = [...dots.values()].sort((a, b) => b - a)[max - 1] as number;
  for (const [id, dot] of dots) if (dot < cut) dots.delete(id);
}

/** Adds `terms` (scaled by `k`) to a centroid, keeping the heaviest `max`. */
export function addTerms(into: readonly Term[], terms: readonly Term[], max: number, k = 1): Term[] {
  const sum = new Map<string, number>(into);
  for (const [t, w] of terms) sum.set(t, (sum.get(t) ?? 0) + w * k);
  return [...sum].sort(byWeight).slice(0, max);
}
