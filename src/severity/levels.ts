/**
 * The four severity levels (等级) of an event or a high-risk mention: I is the most severe. Names and colours follow
 * the usual Chinese emergency-response grading.
 */

export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const severityLabels: Record<SeverityLevel, { numeral: string; zh: string; en: string; colour: string }> = {
  1: { numeral: 'I', zh: '特别重大', en: 'Extremely serious', colour: 'red' },
  2: { numeral: 'II', zh: '重大', en: 'Serious', colour: 'orange' },
  3: { numeral: 'III', zh: '较大', en: 'Significant', colour: 'yellow' },
  4: { numeral: 'IV', zh: '一般', en: 'General', colour: 'blue' },
};

/** "II 重大" / "II Serious". */
export function levelName(level: SeverityLevel, lang: 'zh' | 'en'): string {
  const l = severityLabels[level];
  return `${l.numeral} ${lang === 'zh' ? l.zh : l.en}`;
}

export function isSeverityLevel(n: unknown): n is SeverityLevel {
  return n === 1 || n === 2 || n === 3 || n === 4;
}
