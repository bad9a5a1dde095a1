/**
 * Rows of a volume series file, `timestamp,value`, one line at a time (pure; the caller reads the lines): an
 * optional header, ISO 8601 timestamps (`T` or a space; seconds and fractions optional; a date alone is its
 * midnight; no zone means UTC), a value that is a count ≥ 0, buckets equally spaced — the spacing given, or taken
 * from the first two rows. A bad row comes back as a problem naming what is wrong, and reading goes on; a row after
 * missing buckets says how many are missing.
 */

export type SeriesItem =
  | { line: number; at: number; value: number; missing: number }
  | { line: number; problem: string }
  | { line: number; header: true };

const stamp = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Epoch ms of an ISO 8601 timestamp (no zone: UTC), or null. */
export function parseTimestamp(text: string): number | null {
  const m = stamp.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)];
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(Number(`0.${frac || '0'}`) * 1000);
  const back = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  return utc - sign * offset;
}

const unquote = (s: string) => {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replaceAll('""', '"').trim() : t;
};

export class SeriesReader {
  private last: number | null = null;
  private rows = 0;

  /** `stepMs`: the spacing; without it, the first two rows set it. */
  constructor(public stepMs: number | null = null) {}

  read(line: number, text: string): SeriesItem | null {
    if (text.trim() === '') return null;
    const cells = text.split(',').map(unquote);
    if (cells.length !== 2) return { line, problem: `expected 2 fields (timestamp,value), found ${cells.length}` };
    const [rawAt = '', rawValue = ''] = cells;
    const at = parseTimestamp(rawAt);
    const value = rawValue === '' ? Number.NaN : Number(rawValue);
    if (at === null) {
      if (this.rows === 0 && line === 1 && !Number.isFinite(value)) return { line, header: true };
      return { line, problem: `not an ISO 8601 timestamp: "${rawAt}"` };
    }
    if (!Number.isFinite(value)) return { line, problem: `value is not a number: "${rawValue}"` };
    if (value < 0) return { line, problem: `value is negative: ${rawValue}` };
    let missing = 0;
    if (this.last !== null) {
      const diff = at - this.last;
      if (diff <= 0) return { line, problem: `${rawAt} is not after the previous row (${iso(this.last)})` };
      if (this.stepMs === null) this.stepMs = diff;
      if (diff % this.stepMs !== 0)
        return {
          line,
          problem: `uneven spacing: ${rawAt} is not a whole number of buckets (${span(this.stepMs)}) after ${iso(this.last)}`,
        };
      missing = diff / this.stepMs - 1;
    }
    this.last = at;
    this.rows++;
    return { line, at, value, missing };
  }
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A spacing in words: `1 h`, `15 min`, `1 d`, else seconds. */
export function span(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms / 1000} s`;
}

/** A spacing from its words (`1h`, `15m`, `15min`, `1d`, `30s`), or null. */
export function parseSpan(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d)$/i.exec(text.trim());
  if (!m) return null;
  const unit = { s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's').toLowerCase() as 's'] ?? 1000;
  const ms = Number(m[1]) * unit;
  return Number.isInteger(ms) && ms > 0 ? ms : null;
}
