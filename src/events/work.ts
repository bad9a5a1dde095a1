/**
 * A batch's working copy of a state: events, frequencies and links copied once, changed in place, then frozen
 * into the next state. Shared by assignment and the periodic pass, so both keep the same bounds.
 */
import { byWeight } from './features.js';
import { keepIndex, type TermIndex, takeIndex } from './term-index.js';
import type { ClusterOptions, ClusterState, OpenEvent, Term } from './types.js';

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
    this.df = new Map(Object.entries(state.df));
    this.docs = state.docs;
    this.nextEvent = state.nextEvent;
    this.links = new Map(state.recent);
    this.index = takeIndex(state);
  }

  readonly dfOf = (t: string): number => this.df.get(t) ?? 0;

  put(next: OpenEvent): void {
    this.index.replace(this.events[next.id], next);
    this.events[next.id] = next;
  }

  drop(id: string): void {
    const e = this.events[id];
    if (!e) return;
    this.index.remove(e);
    delete this.events[id];
  }

  link(mention: string, event: string): void {
    this.links.delete(mention);
    this.links.set(mention, event);
    if (this.links.size > this.opts.maxRecent) {
      const oldest = this.links.keys().next();
      if (!oldest.done) this.links.delete(oldest.value);
    }
  }

  /** Counts a mention's terms in the stream's document frequencies, halving all when the stream passes its half-life. */
  count(terms: readonly Term[]): void {
    for (const [t] of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs++;
    if (this.docs >= this.opts.dfHalfLife * 2) this.halve();
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
    let df = [...this.df];
    if (df.length > this.opts.maxDfTerms) df = df.sort(byWeight).slice(0, this.opts.maxDfTerms);
    const state: ClusterState = {
      version: 1,
      nextEvent: this.nextEvent,
      events: this.events,
      df: Object.fromEntries(df),
      docs: this.docs,
      recent: [...this.links],
    };
    keepIndex(state, this.index);
    return state;
  }
}

/** Adds `terms` (scaled by `k`) to a centroid, keeping the heaviest `max`. */
export function addTerms(into: readonly Term[], terms: readonly Term[], max: number, k = 1): Term[] {
  const sum = new Map<string, number>(into);
  for (const [t, w] of terms) sum.set(t, (sum.get(t) ?? 0) + w * k);
  return [...sum].sort(byWeight).slice(0, max);
}
