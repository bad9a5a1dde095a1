/**
 * The query machine: a tree flattened into an Int32Array of `[op, size, …operands, …children]` nodes and run with
 * short-circuits. One loop instead of a closure per node keeps evaluating thousands of topics cheap.
 * Live matching adds two ops that read what its scan saw, so most terms need no second look at the text.
 */
import type { NearNode, QueryNode, TermNode } from './ast.js';
import type { FoldedDocument } from './document.js';
import type { LeafTable } from './leaves.js';

const LEAF = 0; // [LEAF, 3, slot]
const NOT = 1; // [NOT, size, child]
const AND = 2; // [AND, size, …children]
const OR = 3; // [OR, size, …children]
const SEEN = 4; // [SEEN, size, prefix, …marks]: true when one of the marks is set
const GUARD = 5; // [GUARD, size, slot, prefix, …marks]: false when none is set, else the leaf

/** What a live-matching scan recorded: a mark is current when it equals `round`. */
export interface ScanMarks {
  round: number;
  exact: Uint32Array;
  prefix: Uint32Array;
}

/** How a leaf can use the scan: answered by it (`exact`), or pre-checked by it (`guard`); null for neither. */
export type ScanPlan = (leaf: TermNode | NearNode) => { kind: 'exact' | 'guard'; prefix: boolean; marks: number[] } | null;

export function compileProgram(tree: QueryNode, leaves: LeafTable, plan?: ScanPlan): Int32Array {
  const code: number[] = [];
  emit(tree, leaves, plan, code);
  return Int32Array.from(code);
}

function emit(tree: QueryNode, leaves: LeafTable, plan: ScanPlan | undefined, code: number[]): void {
  const at = code.length;
  switch (tree.type) {
    case 'term':
    case 'near': {
      const p = plan?.(tree);
      if (!p) code.push(LEAF, 3, leaves.slot(tree));
      else if (p.kind === 'exact') code.push(SEEN, 0, p.prefix ? 1 : 0, ...p.marks);
      else code.push(GUARD, 0, leaves.slot(tree), p.prefix ? 1 : 0, ...p.marks);
      break;
    }
    case 'not':
      code.push(NOT, 0);
      emit(tree.child, leaves, plan, code);
      break;
    case 'and':
    case 'or':
      code.push(tree.type === 'and' ? AND : OR, 0);
      for (const c of tree.children) emit(c, leaves, plan, code);
      break;
  }
  code[at + 1] = code.length - at;
}

/** Runs the node at `pc`. `marks` must be those of a scan of this very document (or null without SEEN/GUARD). */
export function runProgram(code: Int32Array, pc: number, leaves: LeafTable, doc: FoldedDocument, marks: ScanMarks | null): boolean {
  const op = code[pc]!;
  const end = pc + code[pc + 1]!;
  switch (op) {
    case LEAF:
      return leaves.test(code[pc + 2]!, doc);
    case NOT:
      return !runProgram(code, pc + 2, leaves, doc, marks);
    case AND:
    case OR: {
      const isAnd = op === AND;
      for (let c = pc + 2; c < end; c += code[c + 1]!) {
        if (runProgram(code, c, leaves, doc, marks) !== isAnd) return !isAnd;
      }
      return isAnd;
    }
    case SEEN:
      return seen(code, pc + 3, end, code[pc + 2] === 1, marks!);
    default:
      return seen(code, pc + 4, end, code[pc + 3] === 1, marks!) && leaves.test(code[pc + 2]!, doc);
  }
}

function seen(code: Int32Array, from: number, end: number, prefix: boolean, marks: ScanMarks): boolean {
  const stamps = prefix ? marks.prefix : marks.exact;
  for (let i = from; i < end; i++) if (stamps[code[i]!] === marks.round) return true;
  return false;
}
