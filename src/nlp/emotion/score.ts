/**
 * Emotion scores from the lexicon: every hit adds its weight to its emotion, scaled by a degree word just before it
 * (非常 ×1.5, 有点 ×0.6) and dropped when a negation comes just before it (不开心, 没有生气, not happy) — a negated
 * emotion is not reliably its opposite, so it counts for nothing. Scores are 1 − e^(−sum/2), in [0, 1).
 */
import type { EmotionScores } from '../../domain/analysis.js';
import { WordTrie } from '../segment/trie.js';
import { EMOTIONS, type Emotion, LEXICON } from './lexicon.js';

export type { EmotionScores };

interface Cue {
  emotion: Emotion;
  weight: number;
}

const NEGATION_ZH =
  /(?:不|没|没有|无|别|未|毫不|并不|从不|从没|不太|不是|不会|不再)(?:是|很|太|太过|怎么|那么|这么|算|够|特别|非常|再|会|觉得|感到)?$/;
const NEGATION_EN = /\b(?:not|no|never|n't|nothing|hardly)\s+(?:(?:very|so|too|really|that|at all|be|feel|feeling|am|is|was)\s+)?$/i;
const DEGREE: ReadonlyArray<[RegExp, number]> = [
  [/(?:非常|特别|极其|十分|超级|超|太|真的|极|相当|好|very|so|really|extremely)\s*$/i, 1.5],
  [/(?:有点|有些|稍微|略|一点|slightly|a bit|somewhat)\s*$/i, 0.6],
];

let trie: WordTrie<Cue[]> | null = null;

function cues(): WordTrie<Cue[]> {
  if (trie) return trie;
  const t = new WordTrie<Cue[]>();
  const collected = new Map<string, Cue[]>();
  for (const emotion of EMOTIONS) {
    for (const raw of LEXICON[emotion].split(' ')) {
      if (raw === '') continue;
      const strong = raw.endsWith('*') && raw.length > 1;
      const word = strong ? raw.slice(0, -1) : raw;
      const list = collected.get(word.toLowerCase()) ?? [];
      list.push({ emotion, weight: strong ? 2 : 1 });
      collected.set(word.toLowerCase(), list);
    }
  }
  for (const [word, list] of collected) t.add(word, list);
  trie = t;
  return t;
}

export function emptyScores(): EmotionScores {
  return { anger: 0, fear: 0, sadness: 0, disgust: 0, joy: 0, surprise: 0 };
}

/** Scores for a (simplified, NFKC) text. */
export function scoreEmotions(text: string): EmotionScores {
  const sums = emptyScores();
  for (const hit of cues().find(text)) {
    const before = text.slice(Math.max(0, hit.start - 12), hit.start);
    if (NEGATION_ZH.test(before) || NEGATION_EN.test(before)) continue;
    let factor = 1;
    for (const [re, f] of DEGREE) if (re.test(before)) factor = f;
    for (const cue of hit.value) sums[cue.emotion] += cue.weight * factor;
  }
  const out = emptyScores();
  for (const e of EMOTIONS) out[e] = Math.round((1 - Math.exp(-sums[e] / 2)) * 1000) / 1000;
  return out;
}

/** The emotions that stand out: at least 0.3 and at least 60% of the strongest. */
export function dominantEmotions(scores: EmotionScores): Emotion[] {
  const max = Math.max(...EMOTIONS.map((e) => scores[e]));
  if (max < 0.3) return [];
  return EMOTIONS.filter((e) => scores[e] >= 0.3 && scores[e] >= max * 0.6);
}
