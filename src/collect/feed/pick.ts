/** Small helpers shared by the per-format mappers. */
import { parseLooseDate } from '../text/dates.js';
import { htmlToLine } from '../text/html-text.js';

/** The first argument that is a non-blank string, trimmed. */
export function first(...values: Array<string | null | undefined>): string | undefined {
  for (const v of values) {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
}

/** A one-line text field, or undefined when empty. */
export function line(value: string | undefined): string | undefined {
  const s = htmlToLine(value);
  return s === '' ? undefined : s;
}

export function firstDate(values: Array<string | null | undefined>, defaultOffsetMinutes?: number): number | null {
  for (const v of values) {
    if (!v) continue;
    const t = parseLooseDate(v, defaultOffsetMinutes === undefined ? {} : { defaultOffsetMinutes });
    if (t !== null) return t;
  }
  return null;
}

export function unique(values: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const s = v?.trim();
    if (s) out.add(s);
  }
  return [...out];
}
