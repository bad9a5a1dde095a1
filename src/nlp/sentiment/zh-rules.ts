/**
 * Rules the linear model cannot learn from rare patterns: negated negative words (并不差), rhetorical questions
 * (难道…吗), and from social posts problems reported as resolved (修好了) and scare-quoted praise.
 */
import { RHETORICAL_OPENERS } from './cues.js';
import { findResolution, quotedSpans } from './social-cues.js';

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
  '忽悠',
  '乱收费',
  '毛病',
  '刁难',
  '扯皮',
  '推脱',
  '卡顿',
];
const NEGATED_NEGATIVE = new RegExp(
  `(?:并不|并没有|并没|一点也不|一点都不|也不|倒不|毫不|不|没有|没)(?:太|很|算|那么|怎么|出过|任何|乱)?(?:${NEGATIVE_WORDS.join('|')})`,
  'g',
);
const SENTENCE = /[^。！？!?\n]+[。！？!?\n]*/g;
const QUESTION_END = /(?:吗|呢|么)?\s*[?？]+\s*$|吗\s*[。！!]*\s*$/;

/** Logit added for each negated negative word, after the span is hidden from the model. */
export const NEGATED_NEGATIVE_LOGIT = 0.8;
/** Logit added for each rhetorical question (in reviews and posts they almost always criticise). */
export const RHETORICAL_LOGIT = -1.5;
/** Logit added for each clause reporting a resolution (at most MAX_RESOLVED clauses count). */
export const RESOLVED_LOGIT = 2;
export const MAX_RESOLVED = 2;
/** Clauses of backstory a resolution may hide from the model. */
export const MAX_BACKSTORY = 3;
/** Logit added for each scare-quoted span in a complaining post. */
export const SCARE_QUOTE_LOGIT = -1.5;
/** How negative the rest of the post must read (shared weights) for a quote to be a so-called. */
export const SCARE_QUOTE_REST = 0.3;
const MAX_SCARE_QUOTES = 2;

export interface RuleResult {
  /** The text the model should score: negated negatives, scare-quoted praise and a resolved problem's backstory hidden. */
  text: string;
  logit: number;
}

/** A sentence opened by a rhetorical marker and ended as a question. */
export function isRhetoricalQuestion(sentence: string): boolean {
  return QUESTION_END.test(sentence) && RHETORICAL_OPENERS.some((o) => sentence.includes(o));
}

/**
 * `spanLogit` scores a piece of text alone. A short quoted span in a post whose rest complains is a so-called
 * (“快充”，充一晚上才满; 太“好”了; “贵宾”服务): praise inside it is hidden from the model and the quote counts as
 * criticism. Quoted praise in a happy post is a name (“爱的午餐”), and a text quoting more than two spans is citing
 * titles and names, not sneering.
 */
export function applyZhRules(text: string, spanLogit: (span: string) => number = () => 0): RuleResult {
  const resolution = findResolution(text);
  let logit = Math.min(MAX_RESOLVED, resolution.clauses) * RESOLVED_LOGIT;
  // A problem reported as put right in a short story: the problem is backstory, what the post says from the resolution
  // on is the verdict. A longer list of complaints keeps its weight (only the resolution's logit is added).
  const body = resolution.clauses > 0 && resolution.before <= MAX_BACKSTORY ? text.slice(resolution.start) : text;
  let unquoted = body;
  const quoted = quotedSpans(body);
  for (const q of quoted.length > MAX_SCARE_QUOTES ? [] : quoted.reverse()) {
    if ([...q.inner].length > 4) continue;
    const rest = `${unquoted.slice(0, q.start)}，${unquoted.slice(q.end)}`;
    if (spanLogit(rest) >= -SCARE_QUOTE_REST) continue;
    logit += SCARE_QUOTE_LOGIT;
    if (spanLogit(q.inner) > 0) unquoted = rest;
  }
  const hidden = unquoted.replace(NEGATED_NEGATIVE, () => {
    logit += NEGATED_NEGATIVE_LOGIT;
    return '，';
  });
  for (const m of text.matchAll(SENTENCE)) if (isRhetoricalQuestion(m[0])) logit += RHETORICAL_LOGIT;
  return { text: hidden, logit };
}
