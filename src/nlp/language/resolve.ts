/** The mention's language: the declared one when the text agrees (or says too little), else what the text shows. */
import { detectLanguage } from './detect.js';

/** A declared tag in our form: primary subtag lower-cased; Chinese as zh or zh-Hant. */
export function normalizeLanguageTag(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (primary === 'zh') return parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-Hant' : 'zh';
  return primary;
}

const primaryOf = (lang: string) => lang.split('-')[0] ?? lang;

/** Declared languages are kept only when plausible: RSSHub and others often declare the site's language, not the item's. */
export function resolveLanguage(text: string, declared: string | null): string {
  const guess = detectLanguage(text);
  const given = declared ? normalizeLanguageTag(declared) : null;
  if (!given || given === 'und' || given === '') return guess.lang;
  if (guess.lang === 'und') return given;
  // Same language: the script evidence decides between zh and zh-Hant.
  if (primaryOf(given) === primaryOf(guess.lang)) return primaryOf(given) === 'zh' && guess.confident ? guess.lang : given;
  // Japanese written in kanji only looks like Chinese: a ja declaration over Han text is plausible.
  if (given === 'ja' && primaryOf(guess.lang) === 'zh') return 'ja';
  return guess.confident ? guess.lang : given;
}
