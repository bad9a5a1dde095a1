/**
 * The inverted index of open events' centroid terms: how a mention finds its candidate events without being compared
 * with every open event. Derived from the state, never stored: built once when a state is first used, then kept
 * beside the state each batch returns (a state used twice gets its own index rebuilt, so results never depend on it).
 */
import type { ClusterState, OpenEvent } from './types.js';

export class TermIndex {
  private readonly postings = new Map<string, Map<string, number>>();

  static of(events: Readonly<Record<string, OpenEvent>>): TermIndex {
    const index = new TermIndex();
    for (const e of Object.values(events)) index.add(e);
    return index;
  }

  add(e: OpenEvent): void {
    for (const [t, w] of e.terms) {
      let p = this.postings.get(t);
      if (!p) {
        p = new Map();
        this.postings.set(t, p);
      }
      p.set(e.id, w);
    }
  }

  remove(e: OpenEvent): void {
    for (const [t] of e.terms) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.delete(e.id);
      if (p.size === 0) this.postings.delete(t);
    }
  }

  /** Replaces an event's terms: the old version's postings go, the new one's come. */
  replace(old: OpenEvent | undefined, next: OpenEvent): void {
    if (old) this.remove(old);
    this.add(next);
  }

  /** How many open events' centroids hold the term. */
  eventCount(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  /** Events whose centroid holds the term, with its weight there (nothing for a term in more than `max` events: it tells none apart). */
  eventsWith(term: string, max: number): ReadonlyMap<string, number> | undefined {
    const p = this.postings.get(term);
    return p && p.size <= max ? p : undefined;
  }
}

const indexes = new WeakMap<ClusterState, TermIndex>();

/** The index of a state, taken over from it: the state keeps none, so reusing an old state rebuilds a correct one. */
export function takeIndex(state: ClusterState): TermIndex {
  const index = indexes.get(state);
  if (!index) return TermIndex.of(state.events);
  indexes.delete(state);
  return index;
}

export function keepIndex(state: ClusterState, index: TermIndex): void {
  indexes.set(state, index);
}
