import { describe, expect, it } from 'vitest';
import { type Random, seededRandom } from '../domain/random.js';
import { FIELDS, type Field, type Pattern, type QueryNode } from './ast.js';
import { generateQuery } from './generate.js';
import { makeAnd, makeNot, makeOr } from './normalize.js';
import { parseQuery } from './parse.js';
import { printQuery } from './print.js';

describe('printQuery', () => {
  it('prints the canonical form: capitals, explicit AND, quotes only when needed, parentheses only when needed', () => {
    expect(printQuery(parseQuery('华为 & (投诉|质量) -"招聘 信息" title:recall*'))).toBe(
      '华为 AND (投诉 OR 质量) AND NOT "招聘 信息" AND title:recall*',
    );
    expect(printQuery(parseQuery('a OR (b c) OR NOT (d | e)'))).toBe('a OR b AND c OR NOT (d OR e)');
    expect(printQuery(parseQuery('text:("a b"* NEAR/4 c)'))).toBe('text:("a b"* NEAR/4 c)');
  });

  it('round-trips generated query strings: parse(print(parse(q))) equals parse(q)', () => {
    const rng = seededRandom(4);
    for (let i = 0; i < 2000; i++) {
      const q = generateQuery(rng, 4);
      const tree = parseQuery(q);
      const printed = printQuery(tree);
      expect(parseQuery(printed), `${q}\n${printed}`).toEqual(tree);
      expect(printQuery(parseQuery(printed))).toBe(printed);
    }
  });

  it('round-trips generated normalized trees: parse(print(t)) equals t', () => {
    const rng = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const tree = randomTree(rng, 4, null);
      expect(parseQuery(printQuery(tree)), printQuery(tree)).toEqual(tree);
    }
  });
});

const VALUES = ['华为', 'huawei', '屏幕 断裂', 'iphone15', '5g手机', 'new york', 'a', '0', 'and', 'or', 'not', 'near', 'title', 'é'];

function randomPattern(rng: Random): Pattern {
  const value = rng.pick(VALUES);
  return { value, wildcard: /[a-z0-9é]$/.test(value) && rng.chance(0.2) };
}

function randomTree(rng: Random, depth: number, scope: Field | null): QueryNode {
  const r = rng.next();
  const field = () => scope ?? (rng.chance(0.3) ? rng.pick(FIELDS) : null);
  if (depth === 0 || r < 0.3) return { type: 'term', field: field(), ...randomPattern(rng) };
  if (r < 0.4) return { type: 'near', field: field(), distance: rng.int(20), left: randomPattern(rng), right: randomPattern(rng) };
  if (r < 0.55) return makeNot(randomTree(rng, depth - 1, scope));
  const children = Array.from({ length: 2 + rng.int(3) }, () => randomTree(rng, depth - 1, scope));
  return r < 0.8 ? makeAnd(children) : makeOr(children);
}
