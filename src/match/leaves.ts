/**
 * Leaves of compiled queries — terms and NEARs — searched in the folded text. One table is shared by many
 * queries, so a term used by a thousand topics is searched once per document; results are cached per document.
 */
import { DEFAULT_FIELDS, type Field, type NearNode, type TermNode } from './ast.js';
import type { FoldedDocument } from './document.js';
import { withinDistance } from './near.js';
import { compilePattern, occurrences, occursIn } from './pattern.js';
import { printQuery } from './print.js';

type Leaf = (doc: FoldedDocument) => boolean;

export class LeafTable {
  private readonly bySlot: Leaf[] = [];
  private readonly byKey = new Map<string, number>();
  private stamps = new Uint32Array(64);
  private results = new Uint8Array(64);

  get size(): number {
    return this.bySlot.length;
  }

  /** The slot of a leaf, added on first sight (keyed by its canonical text, field included). */
  slot(node: TermNode | NearNode): number {
    const key = printQuery(node);
    let slot = this.byKey.get(key);
    if (slot === undefined) {
      slot = this.bySlot.length;
      this.bySlot.push(node.type === 'term' ? termLeaf(node) : nearLeaf(node));
      this.byKey.set(key, slot);
      if (slot >= this.stamps.length) this.grow();
    }
    return slot;
  }

  test(slot: number, doc: FoldedDocument): boolean {
    if (this.stamps[slot] === doc.serial) return this.results[slot] === 1;
    const result = this.bySlot[slot]!(doc);
    this.stamps[slot] = doc.serial;
    this.results[slot] = result ? 1 : 0;
    return result;
  }

  private grow(): void {
    const stamps = new Uint32Array(this.stamps.length * 2);
    stamps.set(this.stamps);
    const results = new Uint8Array(this.results.length * 2);
    results.set(this.results);
    this.stamps = stamps;
    this.results = results;
  }
}

function fieldsOf(field: Field | null): readonly Field[] {
  return field ? [field] : DEFAULT_FIELDS;
}

function termLeaf(node: TermNode): Leaf {
  const p = compilePattern(node);
  const fields = fieldsOf(node.field);
  return (doc) => {
    for (const f of fields) if (occursIn(doc.fields[f], p)) return true;
    return false;
  };
}

function nearLeaf(node: NearNode): Leaf {
  const left = compilePattern(node.left);
  const same = node.left.value === node.right.value && node.left.wildcard === node.right.wildcard;
  const right = same ? null : compilePattern(node.right);
  const fields = fieldsOf(node.field);
  const test = (doc: FoldedDocument, f: Field): boolean => {
    const text = doc.fields[f];
    const a = occurrences(text, left);
    if (a.length === 0) return false;
    const b = right ? occurrences(text, right) : null;
    if (b !== null && b.length === 0) return false;
    return withinDistance(text, a, b, node.distance);
  };
  return (doc) => {
    for (const f of fields) if (test(doc, f)) return true;
    return false;
  };
}
