/**
 * Live matching of many topics. One Aho-Corasick scan per document records which segments occur in which field;
 * only topics with an anchor seen (plus unanchored ones) are evaluated, and their one-segment terms are answered
 * from the scan instead of searching the text again. A matcher never changes: to add or edit a topic, compile a
 * new one and swap the reference.
 */

import { type Anchor, anchorsOf, positiveSegments, rarestSegment } from './anchors.js';
import { DEFAULT_FIELDS, FIELDS, type Field, type NearNode, type QueryNode, type TermNode } from './ast.js';
import { buildAutomaton } from './automaton.js';
import { type FoldedDocument, type MatchDocument, prepareDocument } from './document.js';
import type { QuerySyntaxError } from './errors.js';
import { classTable, WORD } from './fold.js';
import { LeafTable } from './leaves.js';
import { tryParseQuery } from './parse.js';
import { compileProgram, runProgram, type ScanMarks } from './program.js';

export interface TopicQuery<Id> {
  id: Id;
  /** Query text, or a tree already parsed. */
  query: string | QueryNode;
}

export interface TopicMatcher<Id> {
  /** Topics compiled (those with errors excluded). */
  readonly size: number;
  /** Topics whose query did not parse; they never match. */
  readonly errors: ReadonlyArray<{ id: Id; error: QuerySyntaxError }>;
  /** Topics that can match without any of their terms (`NOT x`); evaluated for every document. */
  readonly unanchored: readonly Id[];
  /** Ids of the topics the document matches, in the order the topics were given. */
  match(doc: MatchDocument | FoldedDocument): Id[];
  /** Ids of the topics the scan would evaluate for this document (a superset of `match`); for diagnostics. */
  candidates(doc: MatchDocument | FoldedDocument): Id[];
}

export function compileTopics<Id>(topics: ReadonlyArray<TopicQuery<Id>>): TopicMatcher<Id> {
  const ids: Id[] = [];
  const trees: QueryNode[] = [];
  const errors: Array<{ id: Id; error: QuerySyntaxError }> = [];
  for (const t of topics) {
    const parsed = typeof t.query === 'string' ? tryParseQuery(t.query) : { ok: true as const, tree: t.query };
    if (parsed.ok) {
      ids.push(t.id);
      trees.push(parsed.tree);
    } else errors.push({ id: t.id, error: parsed.error });
  }
  return new Matcher(ids, trees, errors);
}

const FIELD_COUNT = FIELDS.length;
const fieldIndexes = (field: Field | null): number[] => (field ? [field] : DEFAULT_FIELDS).map((f) => FIELDS.indexOf(f));

class Matcher<Id> implements TopicMatcher<Id> {
  readonly unanchored: Id[];
  private readonly programs: Int32Array[];
  private readonly leaves = new LeafTable();
  private readonly always: number[] = [];
  private readonly patterns = new Map<string, number>();
  private readonly frequency = new Map<string, number>();
  private readonly scan: (text: string, hit: (pattern: number, end: number) => void) => void;
  private readonly lengths: Int32Array;
  private readonly leftWord: Uint8Array;
  private readonly rightWord: Uint8Array;
  /** Topics anchored on each pattern: CSR lists for whole-word hits and for prefix (wildcard) hits. */
  private readonly exactTopics: TopicLists;
  private readonly prefixTopics: TopicLists;
  /** Round stamps: per pattern × field, "seen as a whole word" / "seen as a word start"; per pattern, "topics added". */
  private readonly marks: ScanMarks;
  private readonly exactAdded: Uint32Array;
  private readonly prefixAdded: Uint32Array;
  private readonly topicAdded: Uint32Array;
  private round = 0;
  /** The field being scanned, and the topics found so far. */
  private text = '';
  private field = 0;
  private found: number[] = [];

  constructor(
    private readonly ids: Id[],
    trees: QueryNode[],
    readonly errors: Array<{ id: Id; error: QuerySyntaxError }>,
  ) {
    for (const tree of trees) for (const s of positiveSegments(tree)) this.frequency.set(s, (this.frequency.get(s) ?? 0) + 1);
    this.programs = trees.map((tree) => compileProgram(tree, this.leaves, (leaf) => this.plan(leaf)));

    const exact: number[][] = [];
    const prefix: number[][] = [];
    trees.forEach((tree, topic) => {
      const anchors = anchorsOf(tree, this.frequency);
      if (!anchors) {
        this.always.push(topic);
        return;
      }
      for (const a of anchors) {
        const p = this.pattern(a.text);
        const lists = a.prefix ? prefix : exact;
        while (lists.length <= p) lists.push([]);
        const list = lists[p]!;
        if (list[list.length - 1] !== topic) list.push(topic);
      }
    });
    this.unanchored = this.always.map((t) => ids[t]!);

    const texts = [...this.patterns.keys()];
    const automaton = buildAutomaton(texts);
    this.scan = automaton.scan;
    this.lengths = automaton.lengths;
    this.leftWord = Uint8Array.from(texts, (t) => (classTable[t.charCodeAt(0)] === WORD ? 1 : 0));
    this.rightWord = Uint8Array.from(texts, (t) => (classTable[t.charCodeAt(t.length - 1)] === WORD ? 1 : 0));
    this.exactTopics = toLists(exact, texts.length);
    this.prefixTopics = toLists(prefix, texts.length);
    this.marks = { round: 0, exact: new Uint32Array(texts.length * FIELD_COUNT), prefix: new Uint32Array(texts.length * FIELD_COUNT) };
    this.exactAdded = new Uint32Array(texts.length);
    this.prefixAdded = new Uint32Array(texts.length);
    this.topicAdded = new Uint32Array(trees.length);
  }

  get size(): number {
    return this.programs.length;
  }

  match(input: MatchDocument | FoldedDocument): Id[] {
    const doc = prepareDocument(input);
    const matched: Id[] = [];
    for (const t of this.collect(doc)) if (runProgram(this.programs[t]!, 0, this.leaves, doc, this.marks)) matched.push(this.ids[t]!);
    return matched;
  }

  candidates(input: MatchDocument | FoldedDocument): Id[] {
    return this.collect(prepareDocument(input)).map((t) => this.ids[t]!);
  }

  /** Scans every field; returns the indexes of the topics to evaluate, ascending. */
  private collect(doc: FoldedDocument): number[] {
    this.nextRound();
    this.found = this.always.slice();
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = doc.fields[FIELDS[f]!];
      if (text.length === 0) continue;
      this.text = text;
      this.field = f;
      this.scan(text, this.onHit);
    }
    return this.found.length > 1 ? this.found.sort((a, b) => a - b) : this.found;
  }

  /** A pattern occurred ending at `end`: check word boundaries, record it, and add its topics once. */
  private readonly onHit = (p: number, end: number): void => {
    const text = this.text;
    const start = end - this.lengths[p]!;
    if (this.leftWord[p] === 1 && start > 0 && classTable[text.charCodeAt(start - 1)] === WORD) return;
    const at = p * FIELD_COUNT + this.field;
    const round = this.round;
    const { exact, prefix } = this.marks;
    if (prefix[at] !== round) {
      prefix[at] = round;
      if (this.prefixAdded[p] !== round) {
        this.prefixAdded[p] = round;
        this.add(this.prefixTopics, p);
      }
    }
    if (exact[at] === round) return;
    if (this.rightWord[p] === 1 && end < text.length && classTable[text.charCodeAt(end)] === WORD) return;
    exact[at] = round;
    if (this.exactAdded[p] !== round) {
      this.exactAdded[p] = round;
      this.add(this.exactTopics, p);
    }
  };

  private add(lists: TopicLists, p: number): void {
    const { offsets, topics } = lists;
    for (let i = offsets[p]!; i < offsets[p + 1]!; i++) {
      const t = topics[i]!;
      if (this.topicAdded[t] !== this.round) {
        this.topicAdded[t] = this.round;
        this.found.push(t);
      }
    }
  }

  /**
   * How a leaf uses the scan: a one-segment term is answered by it exactly; for a phrase or a NEAR, a segment
   * not seen means false, otherwise the leaf searches the text.
   */
  private plan(leaf: TermNode | NearNode): { kind: 'exact' | 'guard'; prefix: boolean; marks: number[] } {
    const segment: Anchor = leaf.type === 'term' ? rarestSegment(leaf, this.frequency) : this.nearSegment(leaf);
    const p = this.pattern(segment.text);
    const marks = fieldIndexes(leaf.field).map((f) => p * FIELD_COUNT + f);
    const single = leaf.type === 'term' && !leaf.value.includes(' ');
    return { kind: single ? 'exact' : 'guard', prefix: segment.prefix, marks };
  }

  private nearSegment(node: NearNode): Anchor {
    const left = rarestSegment(node.left, this.frequency);
    const right = rarestSegment(node.right, this.frequency);
    return (this.frequency.get(right.text) ?? 0) < (this.frequency.get(left.text) ?? 0) ? right : left;
  }

  private pattern(text: string): number {
    let p = this.patterns.get(text);
    if (p === undefined) {
      p = this.patterns.size;
      this.patterns.set(text, p);
    }
    return p;
  }

  private nextRound(): void {
    this.round = (this.round + 1) >>> 0;
    if (this.round === 0) {
      for (const a of [this.marks.exact, this.marks.prefix, this.exactAdded, this.prefixAdded, this.topicAdded]) a.fill(0);
      this.round = 1;
    }
    this.marks.round = this.round;
  }
}

interface TopicLists {
  offsets: Int32Array;
  topics: Int32Array;
}

function toLists(lists: number[][], count: number): TopicLists {
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (lists[i]?.length ?? 0);
  const topics = new Int32Array(offsets[count]!);
  lists.forEach((l, i) => {
    topics.set(l, offsets[i]!);
  });
  return { offsets, topics };
}
