/**
 * Anchors: for a query, a set of segments at least one of which must occur in any document it matches.
 * Live matching scans for anchors only and evaluates just the topics whose anchors were seen. A query whose
 * truth can come from absences alone (`NOT 招聘`, `a OR NOT b`) has no anchor set: it is "unanchored".
 */
import type { Pattern, QueryNode } from './ast.js';
import { classTable, WORD } from './fold.js';

/** A segment to look for; `prefix` relaxes the right word boundary (the last segment of a wildcard). */
export interface Anchor {
  text: string;
  prefix: boolean;
}

/** How many topics use each segment; common segments make poor anchors. */
export type SegmentFrequency = ReadonlyMap<string, number>;

/** Every segment of every term that is not under a NOT, once. */
export function positiveSegments(node: QueryNode, into = new Set<string>()): Set<string> {
  switch (node.type) {
    case 'term':
      for (const s of node.value.split(' ')) into.add(s);
      break;
    case 'near':
      for (const s of `${node.left.value} ${node.right.value}`.split(' ')) into.add(s);
      break;
    case 'and':
    case 'or':
      for (const c of node.children) positiveSegments(c, into);
      break;
    case 'not':
      break;
  }
  return into;
}

/** The cheapest anchor set of a query, or null when it is unanchored. */
export function anchorsOf(node: QueryNode, frequency: SegmentFrequency = new Map()): Anchor[] | null {
  const found = need(node, frequency);
  return found ? found.anchors : null;
}

interface Need {
  anchors: Anchor[];
  cost: number;
}

function need(node: QueryNode, freq: SegmentFrequency): Need | null {
  switch (node.type) {
    case 'term':
      return patternNeed(node, freq);
    case 'near': {
      const l = patternNeed(node.left, freq);
      const r = patternNeed(node.right, freq);
      return l.cost <= r.cost ? l : r;
    }
    case 'not':
      return null;
    case 'and': {
      let best: Need | null = null;
      for (const c of node.children) {
        const n = need(c, freq);
        if (n && (!best || n.cost < best.cost)) best = n;
      }
      return best;
    }
    case 'or': {
      const anchors: Anchor[] = [];
      let cost = 0;
      for (const c of node.children) {
        const n = need(c, freq);
        if (!n) return null;
        anchors.push(...n.anchors);
        cost += n.cost;
      }
      return { anchors, cost };
    }
  }
}

/** The segment of a term to look for: the rarest, then the longest. */
export function rarestSegment(p: Pattern, freq: SegmentFrequency = new Map()): Anchor {
  return patternNeed(p, freq).anchors[0]!;
}

/** Any one segment of a term must occur; take the rarest, then the longest. */
function patternNeed(p: Pattern, freq: SegmentFrequency): Need {
  const segments = p.value.split(' ');
  let best: Need = { anchors: [], cost: Number.POSITIVE_INFINITY };
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i]!;
    const prefix = p.wildcard && i === segments.length - 1;
    const cost = segmentCost(text, freq) + (prefix ? 1 : 0);
    if (cost < best.cost) best = { anchors: [{ text, prefix }], cost };
  }
  return best;
}

/** Rough expected hits: shared by many topics or short means frequent. A Latin word is rarer than one Han character. */
function segmentCost(text: string, freq: SegmentFrequency): number {
  const latin = classTable[text.charCodeAt(0)] === WORD;
  const weight = latin ? text.length + 1 : text.length * 2;
  return (freq.get(text) ?? 1) * 16 + Math.max(1, 12 - weight);
}
