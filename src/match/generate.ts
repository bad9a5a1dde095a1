/** Seeded generators of queries and Chinese/English documents, for property tests and the benchmark. */
import type { Random } from '../domain/random.js';
import type { MatchDocument } from './document.js';

export { seededRandom } from '../domain/random.js';

/** Simplified words with their traditional spelling (equal when the same). */
export const ZH_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['华为', '華為'],
  ['手机', '手機'],
  ['投诉', '投訴'],
  ['质量', '質量'],
  ['屏幕', '屏幕'],
  ['断裂', '斷裂'],
  ['招聘', '招聘'],
  ['电池', '電池'],
  ['爆炸', '爆炸'],
  ['召回', '召回'],
  ['服务', '服務'],
  ['发布', '發佈'],
];
export const EN_WORDS: readonly string[] = [
  'huawei',
  'phone',
  'recall',
  'battery',
  'car',
  'scar',
  'fire',
  'apple',
  'iphone15',
  '5g',
  'screen',
  'service',
];
const EN_SUFFIXES = ['', '', '', 's', 'ed', 'ing'];
const ZH_FILLER = ['的', '了', '在', '是', '我', '很', '不', '说', '新', '款'];
const PUNCT = [' ', ' ', ' ', '，', '。', ', ', '! ', '、', '-', ' / ', '\n'];

/** A random query string over the small vocabulary, using every piece of syntax (valid by construction). */
export function generateQuery(rng: Random, depth = 3): string {
  return expr(rng, depth, null);
}

function expr(rng: Random, depth: number, scope: string | null): string {
  const r = rng.next();
  if (depth <= 0 || r < 0.35) return operand(rng, scope);
  if (r < 0.5) return `${rng.pick(['NOT ', '-'])}${rng.chance(0.5) ? operand(rng, scope) : group(rng, depth - 1, scope)}`;
  const n = 2 + rng.int(2);
  const parts = Array.from({ length: n }, () => group(rng, depth - 1, scope));
  const op = r < 0.75 ? rng.pick([' AND ', ' & ', ' ', ' && ']) : rng.pick([' OR ', ' | ', ' || ']);
  return parts.join(op);
}

function group(rng: Random, depth: number, scope: string | null): string {
  if (scope === null && rng.chance(0.15)) {
    const field = rng.pick(['title', 'text', 'author']);
    return `${field}:(${expr(rng, depth, field)})`;
  }
  return `(${expr(rng, depth, scope)})`;
}

function operand(rng: Random, scope: string | null): string {
  const r = rng.next();
  if (r < 0.15) {
    const field = scope ? '' : rng.pick(['', '', 'title:', 'text:']);
    const open = field ? `${field}(` : '';
    return `${open}${term(rng, false)} NEAR/${rng.int(6)} ${term(rng, false)}${field ? ')' : ''}`;
  }
  const field = scope === null && r > 0.85 ? rng.pick(['title:', 'text:', 'author:']) : '';
  return `${field}${term(rng, true)}`;
}

function term(rng: Random, allowWildcard: boolean): string {
  const r = rng.next();
  if (r < 0.4) {
    const [simplified, traditional] = rng.pick(ZH_WORDS);
    return rng.chance(0.3) ? traditional : simplified;
  }
  if (r < 0.55) return `"${zhWord(rng)} ${zhWord(rng)}"`;
  if (r < 0.65) return `"${enWord(rng)} ${enWord(rng)}"`;
  if (r < 0.7) return '5G手机';
  const word = rng.pick(EN_WORDS);
  if (allowWildcard && rng.chance(0.15) && /[a-z]$/.test(word.slice(0, 3))) return `${word.slice(0, 3 + rng.int(2))}*`;
  return rng.chance(0.2) ? word.toUpperCase() : word;
}

function zhWord(rng: Random): string {
  const [simplified, traditional] = rng.pick(ZH_WORDS);
  return rng.chance(0.3) ? traditional : simplified;
}

function enWord(rng: Random): string {
  const w = rng.pick(EN_WORDS) + rng.pick(EN_SUFFIXES);
  return rng.chance(0.2) ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** A random mixed Chinese/English document over the same vocabulary. */
export function generateDocument(rng: Random): MatchDocument {
  return { title: sentence(rng, 1 + rng.int(6)), text: sentence(rng, 4 + rng.int(30)), author: sentence(rng, rng.int(3)) };
}

function sentence(rng: Random, words: number): string {
  let s = '';
  for (let i = 0; i < words; i++) {
    const r = rng.next();
    if (r < 0.45) s += zhWord(rng);
    else if (r < 0.6) s += rng.pick(ZH_FILLER);
    else if (r < 0.65) s += fullWidth(rng.pick(EN_WORDS));
    else s += enWord(rng);
    if (rng.chance(0.6)) s += rng.pick(PUNCT);
  }
  return s;
}

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
