/** Names on screen for values the API gives as keys: categories, languages. */
import { format, type Lang, type MessageKey } from '../i18n/index.js';
import { zh } from '../i18n/zh.js';

const has = (key: string): key is MessageKey => Object.hasOwn(zh, key);

/**
 * A category: its stored name in Chinese; in English the translation of a default category unless the workspace
 * renamed it (then its own name); the key only when nothing else is known.
 */
export function categoryLabel(key: string, storedName: string | undefined, lang: Lang): string {
  const id = `category.${key}`;
  if (!has(id)) return storedName ?? key;
  const renamed = storedName !== undefined && storedName !== format('zh', id);
  return renamed ? storedName : format(lang, id);
}

/** A language tag (`zh`, `zh-Hant`, `en`) by name; an unknown tag as itself. */
export function languageLabel(tag: string, lang: Lang): string {
  const id = `language.${tag}`;
  return has(id) ? format(lang, id) : tag;
}

/** `90 秒`, `15 分钟`, `2 小时` / `15 min`. */
export function durationLabel(seconds: number, lang: Lang): string {
  if (seconds < 60) return format(lang, 'duration.seconds', { n: seconds });
  if (seconds < 3600 || seconds % 3600 !== 0) return format(lang, 'duration.minutes', { n: Math.round(seconds / 6) / 10 });
  return format(lang, 'duration.hours', { n: seconds / 3600 });
}
