/** A modest English lexicon-and-rules analyser: negation within three words, intensifiers, and clauses after "but" weighing more. */
import { EN_CONTRAST, EN_INTENSIFIERS, EN_LEXICON, EN_NEGATORS } from './english-lexicon.js';

const TOKEN = /[a-z]+(?:'[a-z]+)?|[.!?;,]/g;

/** The signed logit of an English text (0 when no lexicon word occurs). */
export function englishLogit(text: string): number {
  const tokens = (text.toLowerCase().replace(/n't\b/g, " n't").match(TOKEN) ?? []).map((t) => (t === "n't" ? 'not' : t));
  let total = 0;
  let clause = 0;
  let negate = 0;
  let boost = 1;
  let exclaim = false;
  const closeClause = (): void => {
    total += clause;
    clause = 0;
  };
  for (const t of tokens) {
    if (t === '.' || t === '!' || t === '?' || t === ';' || t === ',') {
      if (t === '!') exclaim = true;
      negate = 0;
      boost = 1;
      if (t !== ',') closeClause();
      continue;
    }
    if (EN_CONTRAST.has(t)) {
      // What came before a "but" counts for half; what follows counts in full.
      total = (total + clause) * 0.5;
      clause = 0;
      continue;
    }
    if (EN_NEGATORS.has(t)) {
      negate = 3;
      continue;
    }
    const amp = EN_INTENSIFIERS.get(t);
    if (amp !== undefined) {
      boost *= amp;
      continue;
    }
    const v = EN_LEXICON.get(t);
    if (v !== undefined) {
      let s = v * boost;
      if (negate > 0) s = v > 0 ? -0.8 * s : -0.5 * s;
      clause += s;
      boost = 1;
    }
    if (negate > 0) negate--;
  }
  closeClause();
  return exclaim ? total * 1.2 : total;
}
