/** Display formats for times and counts. */
import { type Lang, langTags } from '../i18n/index.js';

/** `2026-11-20 08:00` in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `12,345` / `1.2万` style compact counts; a dash when unknown. */
export function formatCount(n: number | null, lang: Lang): string {
  if (n === null) return '–';
  return new Intl.NumberFormat(langTags[lang], { notation: n >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(n);
}
