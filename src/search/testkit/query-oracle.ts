/**
 * A brute-force reading of docs/query-language.md, for tests only: does a query tree match a mention's raw
 * fields? Written from the documentation and nothing else of src/match (it takes the parser's tree, since parsing
 * is tested on its own): its own folding (lower case, full-width → ASCII, traditional → simplified with opencc-js
 * one character at a time), its own character classes, and every occurrence of every term enumerated by trying
 * each start position. Slow and plain on purpose.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Field, Pattern, QueryNode } from '../../match/ast.js';

/** The raw fields of one mention, as the documentation's field table names them. Several values: any may match. */
export type OracleMention = Partial<Record<Field, ReadonlyArray<string | null | undefined>>>;

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

/** One character in, one character out, so offsets stay offsets. */
export function oracleFold(text: string): string {
  let out = '';
  for (const ch of text) out += foldOne(ch);
  return out;
}

function foldOne(ch: string): string {
  let c = ch;
  const code = c.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
  else if (code === 0x3000) c = ' ';
  const lower = c.toLowerCase();
  if (lower.length === c.length) c = lower;
  for (const convert of toSimplified) {
    const simplified = convert(c);
    if (simplified.length === c.length && simplified !== c) return simplified;
  }
  return c;
}

/** "Scripts written without spaces: Han, kana, Thai, and the like, and emoji": matched as substrings, one NEAR unit each. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Extended_Pictographic}]/u;
/** "Letters and digits of any alphabet form words." */
const WORD = /[\p{L}\p{N}\p{M}]/u;

type Kind = 'sep' | 'word' | 'ideo';
function kindOf(ch: string | undefined): Kind {
  if (ch === undefined) return 'sep';
  if (IDEOGRAPHIC.test(ch)) return 'ideo';
  return WORD.test(ch) ? 'word' : 'sep';
}

/** A field's folded text as characters (code points), so indexes count characters. */
type Chars = readonly string[];

interface Occurrence {
  start: number;
  end: number;
}

/** Every occurrence of `p` in `t`: its words in order with only spaces/punctuation between, whole words at Latin edges. */
function occurrences(t: Chars, p: Pattern): Occurrence[] {
  const segments = [...oracleFold(p.value).split(' ')].map((s) => [...s]).filter((s) => s.length > 0);
  const found: Occurrence[] = [];
  for (let start = 0; start < t.length; start++) {
    let pos = start;
    let ok = true;
    for (const [i, seg] of segments.entries()) {
      if (i > 0) while (pos < t.length && kindOf(t[pos]) === 'sep') pos++;
      if (!seg.every((ch, k) => t[pos + k] === ch)) {
        ok = false;
        break;
      }
      // A Latin edge of a word must not touch another letter or digit.
      if (kindOf(seg[0]) === 'word' && kindOf(t[pos - 1]) === 'word') ok = false;
      pos += seg.length;
      const last = i === segments.length - 1;
      if (kindOf(seg.at(-1)) === 'word' && kindOf(t[pos]) === 'word' && !(last && p.wildcard)) ok = false;
      if (!ok) break;
    }
    if (!ok) continue;
    // `recall*`: the occurrence is the whole word that starts with the pattern.
    if (p.wildcard) while (kindOf(t[pos]) === 'word') pos++;
    found.push({ start, end: pos });
  }
  return found;
}

/** Units strictly between two occurrences: each Chinese character, each Latin word; 0 when they touch or overlap. */
function unitsApart(t: Chars, a: Occurrence, b: Occurrence): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start <= first.end) return 0;
  let units = 0;
  for (let i = first.end; i < second.start; i++) {
    const kind = kindOf(t[i]);
    if (kind === 'ideo') units++;
    else if (kind === 'word' && (i === first.end || kindOf(t[i - 1]) !== 'word')) units++;
  }
  return units;
}

function samePattern(a: Pattern, b: Pattern): boolean {
  return oracleFold(a.value) === oracleFold(b.value) && a.wildcard === b.wildcard;
}

function near(t: Chars, node: Extract<QueryNode, { type: 'near' }>): boolean {
  const left = occurrences(t, node.left);
  const right = occurrences(t, node.right);
  const same = samePattern(node.left, node.right);
  for (const a of left) {
    for (const b of right) {
      if (same && a.start === b.start && a.end === b.end) continue; // `x NEAR/2 x` needs two occurrences of x
      if (unitsApart(t, a, b) <= node.distance) return true;
    }
  }
  return false;
}

/** A mention with every field folded once, ready for many queries. */
export type PreparedMention = ReadonlyMap<Field, readonly Chars[]>;

export function prepareMention(mention: OracleMention): PreparedMention {
  const prepared = new Map<Field, Chars[]>();
  for (const [field, values] of Object.entries(mention) as [Field, OracleMention[Field]][]) {
    prepared.set(
      field,
      (values ?? []).filter((x): x is string => !!x).map((x) => [...oracleFold(x)]),
    );
  }
  return prepared;
}

/** Whether `tree` matches the mention, per docs/query-language.md. */
export function oracleMatches(tree: QueryNode, mention: PreparedMention): boolean {
  const values = (field: Field): readonly Chars[] => mention.get(field) ?? [];
  // A term without a field searches the title and the text; NEAR must hold within one of them.
  const inFields = (field: Field | null, test: (t: Chars) => boolean) =>
    (field === null ? (['title', 'text'] as const) : [field]).some((f) => values(f).some(test));
  const evaluate = (node: QueryNode): boolean => {
    switch (node.type) {
      case 'term':
        return inFields(node.field, (t) => occurrences(t, node).length > 0);
      case 'near':
        return inFields(node.field, (t) => near(t, node));
      case 'not':
        return !evaluate(node.child);
      case 'and':
        return node.children.every(evaluate);
      case 'or':
        return node.children.some(evaluate);
    }
  };
  return evaluate(tree);
}
