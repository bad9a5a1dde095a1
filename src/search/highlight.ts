/**
 * Highlighted snippets that are safe to put in HTML. The text is escaped piece by piece and only our own `<mark>`
 * tags are added around the occurrences of the query's positive terms, found in the folded text — folding keeps
 * lengths, so folded offsets are offsets into the original. Mention text can never inject markup.
 */
import { DEFAULT_FIELDS, type Field, fold, type QueryNode } from '../match/index.js';
import { type CompiledPattern, compilePattern, occurrences } from '../match/pattern.js';

export interface Highlighter {
  /** [start, end) spans of positive terms in a field's text, sorted and merged. */
  spans(field: Field, text: string): number[];
}

export function highlighterOf(tree: QueryNode | null): Highlighter {
  const patterns: { p: CompiledPattern; fields: readonly Field[] }[] = [];
  const walk = (n: QueryNode) => {
    if (n.type === 'term') patterns.push({ p: compilePattern(n), fields: n.field ? [n.field] : DEFAULT_FIELDS });
    else if (n.type === 'near') {
      const fields = n.field ? [n.field] : DEFAULT_FIELDS;
      patterns.push({ p: compilePattern(n.left), fields }, { p: compilePattern(n.right), fields });
    } else if (n.type === 'and' || n.type === 'or') for (const c of n.children) walk(c);
  };
  if (tree) walk(tree);
  return {
    spans(field, text) {
      const folded = fold(text);
      const raw: number[] = [];
      for (const { p, fields } of patterns) if (fields.includes(field)) raw.push(...occurrences(folded, p));
      return merge(raw);
    },
  };
}

function merge(flat: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    const last = out.length - 1;
    if (last >= 0 && s <= out[last]!) out[last] = Math.max(out[last]!, e);
    else out.push(s, e);
  }
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `text[from, to)` escaped, with `<mark>` around the spans (clipped to the window). */
export function markHtml(text: string, spans: readonly number[], from = 0, to = text.length): string {
  let out = '';
  let pos = from;
  for (let i = 0; i < spans.length; i += 2) {
    const s = Math.max(spans[i]!, from);
    const e = Math.min(spans[i + 1]!, to);
    if (e <= s) continue;
    out += `${escapeHtml(text.slice(pos, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    pos = e;
  }
  return out + escapeHtml(text.slice(pos, to));
}

/** About `width` characters of the text around the first highlight, escaped and marked, with ellipses where cut. */
export function snippetHtml(text: string, spans: readonly number[], width = 140): string {
  const first = spans.length > 0 ? spans[0]! : 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  // Never cut a surrogate pair in half.
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  return `${from > 0 ? '…' : ''}${markHtml(text, spans, from, to)}${to < text.length ? '…' : ''}`;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
