/** Display formats for times and counts. */
import { type Lang, langTags } from '../i18n/index.js';

/** `2026-11-20 08:00` in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Where counts turn compact: Chinese counts in 万 from ten thousand, English in K/M from a hundred thousand. */
const compactFrom: Record<Lang, number> = { zh: 10_000, en: 100_000 };

/** `9,876` and `1.2万` (zh), `12,345` and `1.2M` (en); a dash when unknown. */
export function formatCount(n: number | null, lang: Lang): string {
  if (n === null) return '–';
  const compact = Math.abs(n) >= compactFrom[lang];
  return new Intl.NumberFormat(langTags[lang], { notation: compact ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(n);
}
