/**
 * Language identification by script evidence, simple and honest: Han text is zh or zh-Hant (traditional
 * characters outnumbering simplified ones), kana means ja, hangul ko, Cyrillic ru/uk, Arabic ar/fa; Latin text
 * is told apart by function words (en, fr, de, es, pt, it, nl, id). `und` when there is too little to tell.
 */
import { foldChar } from '../../match/fold.js';
import { codePointAt, isLetter } from '../text/char-classes.js';

export interface LanguageGuess {
  lang: string;
  /** True when the evidence is strong enough to override a declared language. */
  confident: boolean;
}

const SIMPLIFIED = simplifiedOnly();
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]*/gi;
// Kana iteration and sound marks, common in kaomoji (ヾ(^_^)): not evidence of Japanese.
const KANA_MARKS = new Set([0x309b, 0x309c, 0x309d, 0x309e, 0x30fb, 0x30fc, 0x30fd, 0x30fe]);
const codes = (chars: string) => new Set(Array.from(chars, (ch) => ch.codePointAt(0) ?? 0));
const UKRAINIAN = codes('іїєґІЇЄҐ');
const PERSIAN = codes('پچژگی');

const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'it',
    'for',
    'with',
    'was',
    'on',
    'are',
    'this',
    'be',
    'have',
    'not',
    'you',
    'at',
    'by',
  ],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'que', 'pour', 'pas', 'au', 'sur', 'avec', 'ce'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'von', 'zu', 'auf', 'sich', 'auch', 'dem'],
  es: ['el', 'los', 'las', 'que', 'y', 'en', 'por', 'una', 'con', 'para', 'del', 'es', 'se', 'no', 'muy', 'pero'],
  pt: ['os', 'que', 'não', 'uma', 'com', 'para', 'do', 'da', 'em', 'é', 'são', 'mas', 'ao', 'dos', 'pelo', 'isso'],
  it: ['il', 'che', 'di', 'non', 'gli', 'una', 'per', 'sono', 'della', 'con', 'è', 'anche', 'ma', 'nel', 'questo', 'del'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'is', 'op', 'te', 'voor', 'met', 'zijn', 'ook', 'maar', 'dit'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'ada', 'saya', 'akan', 'juga', 'ke', 'karena', 'sudah'],
};
const STOP_INDEX = buildStopIndex();

/** Guesses the language of a text from its characters. */
export function detectLanguage(raw: string): LanguageGuess {
  const text = raw.replace(URL, ' ');
  let han = 0;
  let trad = 0;
  let simp = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let arabic = 0;
  let persian = 0;
  let latin = 0;
  let other = 0;
  const scripts: Record<string, number> = { th: 0, he: 0, el: 0, hi: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = codePointAt(text, i);
    if (c > 0xffff) i++;
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2ffff)) {
      han++;
      if (c <= 0xffff && foldChar(c) !== c) trad++;
      else if (SIMPLIFIED[c] === 1) simp++;
    } else if (c >= 0x3040 && c <= 0x30ff) {
      if (!KANA_MARKS.has(c)) kana++;
    } else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      if (UKRAINIAN.has(c)) ukrainian++;
    } else if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      if (PERSIAN.has(c)) persian++;
    } else if (c >= 0x0e00 && c <= 0x0e7f) scripts.th = (scripts.th ?? 0) + 1;
    else if (c >= 0x0590 && c <= 0x05ff) scripts.he = (scripts.he ?? 0) + 1;
    else if (c >= 0x0370 && c <= 0x03ff) scripts.el = (scripts.el ?? 0) + 1;
    else if (c >= 0x0900 && c <= 0x097f) scripts.hi = (scripts.hi ?? 0) + 1;
    else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if (isLetter(c)) other++;
  }
  // Latin letters count less than ideographs: one Han character carries about a word.
  const latinWeight = latin / 4;
  const counts: Array<[string, number]> = [
    ['han', han + kana],
    ['ko', hangul],
    ['cyr', cyrillic],
    ['ar', arabic],
    ['latin', latinWeight],
    ['th', scripts.th ?? 0],
    ['he', scripts.he ?? 0],
    ['el', scripts.el ?? 0],
    ['hi', scripts.hi ?? 0],
    ['other', other],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  const [top, n] = counts[0] ?? ['other', 0];
  if (n === 0) return { lang: 'und', confident: false };
  const confident = n >= 4;
  switch (top) {
    case 'han':
      // A stray katakana in a kaomoji (」゜ロ゜)」 is not Japanese: it takes a few kana and a tenth of the script.
      if (kana >= 3 && kana >= (han + kana) * 0.1) return { lang: 'ja', confident: kana >= 5 };
      // One traditional character (乾, 麽) in otherwise neutral text is not enough for zh-Hant.
      return { lang: trad >= 2 && trad > simp * 2 ? 'zh-Hant' : 'zh', confident };
    case 'ko':
      return { lang: 'ko', confident };
    case 'cyr':
      return { lang: ukrainian > 0 ? 'uk' : 'ru', confident };
    case 'ar':
      return { lang: persian > 0 ? 'fa' : 'ar', confident };
    case 'latin':
      return latinLanguage(text, confident);
    case 'other':
      return { lang: 'und', confident: false };
    default:
      return { lang: top, confident };
  }
}

function latinLanguage(text: string, confident: boolean): LanguageGuess {
  const score = new Map<string, number>();
  const words = text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  for (const w of words) for (const lang of STOP_INDEX.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const [lang, s] of score) if (s > bestScore || (s === bestScore && lang === 'en')) [best, bestScore] = [lang, s];
  // No function words at all: short Latin text (product names, hashtags) is taken as English, without confidence.
  if (bestScore === 0) return { lang: 'en', confident: false };
  return { lang: best, confident: confident && bestScore >= 2 };
}

function buildStopIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) index.set(w, [...(index.get(w) ?? []), lang]);
  return index;
}

/** Han characters that are the simplified form of some traditional character (and differ from it), as a table by code unit. */
function simplifiedOnly(): Uint8Array {
  const out = new Uint8Array(65536);
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const f = foldChar(c);
    if (f !== c) out[f] = 1;
  }
  return out;
}
