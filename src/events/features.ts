/**
 * A mention's term vector from its analysis: the TF-IDF keywords (jieba's IDF), the entities it names, and the
 * character pairs of its analysis copy (traditional already folded to simplified: 剎車 and 刹车 are one term) with
 * English words, which still match when segmentation cut a new brand name apart. Words of the title weigh more;
 * the vector is scaled to unit length so a long article weighs as one mention. The stream's own document frequency
 * is applied at comparison time (`weigh`), never stored in a centroid.
 */
import { STOPWORDS } from '../nlp/keywords/stopwords.js';
import { analysisText } from '../nlp/normalize/index.js';
import type { ClusterMention, Term } from './types.js';

const TITLE_BOOST = 1.5;
const KEYWORD_WEIGHT = 1;
const ENTITY_WEIGHT = 0.8;
const PAIR_WEIGHT = 0.2;
/** Character pairs and words kept per mention (the most frequent). */
const MAX_PAIRS = 80;
const LATIN = /^[a-z][a-z'-]*$/;
/** Runs of Han characters in the Basic Multilingual Plane (pairs are cut by UTF-16 unit), and English words and codes. */
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff]+|[a-z0-9][a-z0-9.'-]*[a-z0-9]|[a-z0-9]/g;
const HAN = /^[\u3400-\u9fff]/;

/** One spelling per term: lower case, an English plural folded (`recalls` → `recall`). */
export function termOf(word: string): string {
  const w = word.toLowerCase();
  if (LATIN.test(w) && w.length > 4 && w.endsWith('s') && !w.endsWith('ss'))
    return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w;
}

/** The mention's unit-length raw vector, heaviest term first. */
export function mentionTerms(m: ClusterMention): Term[] {
  const title = m.title === '' ? '' : analysisText(m.title, '').toLowerCase();
  const v = new Map<string, number>();
  const add = (t: string, w: number) => v.set(t, (v.get(t) ?? 0) + w);
  for (const [t, n] of pairsOf(analysisText(m.title, m.text).toLowerCase())) add(t, PAIR_WEIGHT * (1 + Math.log(n)));
  for (const k of m.keywords)
    add(termOf(k.word), KEYWORD_WEIGHT * k.weight * (title !== '' && title.includes(k.word.toLowerCase()) ? TITLE_BOOST : 1));
  for (const e of m.entities) if (e.name.length >= 2) add(termOf(e.name), ENTITY_WEIGHT);
  return unit([...v]);
}

/** Han character pairs and English words (not function words) with their counts, the most frequent first. */
export function pairsOf(text: string): [string, number][] {
  const n = new Map<string, number>();
  for (const run of text.match(RUNS) ?? []) {
    if (HAN.test(run)) {
      for (let i = 0; i + 1 < run.length; i++) {
        const p = run.slice(i, i + 2);
        n.set(p, (n.get(p) ?? 0) + 1);
      }
    } else if (run.length >= 2 && !STOPWORDS.has(run)) {
      const t = termOf(run);
      n.set(t, (n.get(t) ?? 0) + 1);
    }
  }
  return n.size <= MAX_PAIRS ? [...n] : [...n].sort((a, b) => b[1] - a[1]).slice(0, MAX_PAIRS);
}

/** Scales a vector to unit length, heaviest term first (ties by term, so results repeat exactly). */
export function unit(terms: Term[]): Term[] {
  let sq = 0;
  for (const [, w] of terms) sq += w * w;
  if (sq === 0) return [];
  const n = Math.sqrt(sq);
  return terms.map(([t, w]): Term => [t, w / n]).sort(byWeight);
}

export function byWeight(a: Term, b: Term): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
