/** Evaluating a query tree against one document: the reference semantics live matching must agree with. */
import type { QueryNode } from './ast.js';
import { type FoldedDocument, type MatchDocument, prepareDocument } from './document.js';
import { LeafTable } from './leaves.js';
import { compileProgram, runProgram } from './program.js';

export type CompiledQuery = (doc: MatchDocument | FoldedDocument) => boolean;

/** Whether the query matches the document. For many documents, compile once with `compileQuery`. */
export function evaluate(tree: QueryNode, doc: MatchDocument | FoldedDocument): boolean {
  return compileQuery(tree)(doc);
}

/** Compiles a tree for repeated evaluation (e.g. re-checking stored mentions a search pre-selected). */
export function compileQuery(tree: QueryNode): CompiledQuery {
  const leaves = new LeafTable();
  const code = compileProgram(tree, leaves);
  return (doc) => runProgram(code, 0, leaves, prepareDocument(doc), null);
}
