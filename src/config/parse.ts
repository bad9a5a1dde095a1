/** Small parsers for configuration values; each throws a message naming what was expected. */

export function parseString(raw: string): string {
  return raw;
}

export function parseInteger(min: number, max: number): (raw: string) => number {
  return (raw) => {
    const n = Number(raw.trim());
    if (!Number.isInteger(n)) throw new Error(`expected an integer, got "${raw}"`);
    if (n < min || n > max) throw new Error(`expected an integer from ${min} to ${max}, got ${n}`);
    return n;
  };
}

/** `auto` or a thread count from 0 to 64. */
export function parseThreads(raw: string): number | 'auto' {
  if (raw.trim().toLowerCase() === 'auto') return 'auto';
  return parseInteger(0, 64)(raw);
}

export function parseBool(raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  throw new Error(`expected true or false, got "${raw}"`);
}

export function parseEnum<T extends string>(allowed: readonly T[]): (raw: string) => T {
  return (raw) => {
    const v = raw.trim();
    const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (hit === undefined) throw new Error(`expected one of ${allowed.join(', ')}, got "${raw}"`);
    return hit;
  };
}

/** A comma-separated list; blanks dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `host=seconds` pairs, comma-separated: `weibo.com=300,news.example.cn=60`; hosts lower-cased. */
export function parseHostSeconds(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of parseList(raw)) {
    const m = /^([a-z0-9.-]+|\[[0-9a-f:]+\])\s*=\s*(\d+)$/i.exec(pair);
    const seconds = Number(m?.[2]);
    if (!m?.[1] || !Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
      throw new Error(`expected host=seconds (1 to 86400), got "${pair}"`);
    }
    out[m[1].toLowerCase()] = seconds;
  }
  return out;
}
