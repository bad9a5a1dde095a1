/** Rules the linear model cannot learn from rare patterns: negated negative words (并不差) and rhetorical questions (难道…吗). */
import { RHETORICAL_OPENERS } from './cues.js';

/** Negative words that a negator turns into a mild positive ("not bad"). Written for this project. */
const NEGATIVE_WORDS = [
  '差',
  '坏',
  '糟',
  '糟糕',
  '烂',
  '难吃',
  '难看',
  '难用',
  '贵',
  '脏',
  '慢',
  '吵',
  '旧',
  '破',
  '失望',
  '后悔',
  '麻烦',
  '过分',
  '离谱',
  '坑',
];
const NEGATED_NEGATIVE = new RegExp(
  `(?:并不|并没有|并没|一点也不|一点都不|也不|倒不|毫不|不|没有|没)(?:太|很|算|那么|怎么)?(?:${NEGATIVE_WORDS.join('|')})`,
  'g',
);
const SENTENCE = /[^。！？!?\n]+[。！？!?\n]*/g;
const QUESTION_END = /(?:吗|呢|么)?\s*[?？]+\s*$|吗\s*[。！!]*\s*$/;

/** Logit added for each negated negative word, after the span is hidden from the model. */
export const NEGATED_NEGATIVE_LOGIT = 0.8;
/** Logit added for each rhetorical question (in reviews and posts they almost always criticise). */
export const RHETORICAL_LOGIT = -1.5;

export interface RuleResult {
  /** The text the model should score, with negated-negative spans hidden. */
  text: string;
  logit: number;
}

/** A sentence opened by a rhetorical marker and ended as a question. */
export function isRhetoricalQuestion(sentence: string): boolean {
  return QUESTION_END.test(sentence) && RHETORICAL_OPENERS.some((o) => sentence.includes(o));
}

export function applyZhRules(text: string): RuleResult {
  let logit = 0;
  const hidden = text.replace(NEGATED_NEGATIVE, () => {
    logit += NEGATED_NEGATIVE_LOGIT;
    return '，';
  });
  for (const m of text.matchAll(SENTENCE)) if (isRhetoricalQuestion(m[0])) logit += RHETORICAL_LOGIT;
  return { text: hidden, logit };
}
