/**
 * The UI language: Chinese by default, English on request, remembered in localStorage.
 * `useI18n().t(key, vars)` looks a message up in our own typed dictionaries.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.js';
import { type MessageKey, type Messages, zh } from './zh.js';

export type Lang = 'zh' | 'en';
export type { MessageKey };

const dictionaries: Record<Lang, Messages> = { zh, en };
const storageKey = 'yuqing.lang';

/** BCP 47 tag for `<html lang>`, `Accept-Language` and `Intl`. */
export const langTags: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function storedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function format(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(dictionaries[lang][key], vars);
}

/** A text with its `{name}` places filled from `vars` (a place without a value stays as written). */
export function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = langTags[lang];
    document.title = dictionaries[lang]['app.name'];
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, vars) => format(lang, key, vars) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
