/**
 * Loose date parsing for feeds and pages: RFC 822 and its Chinese-site quirks, ISO 8601,
 * `2026年11月20日 08:00`, epoch numbers, and (given `now`) relative forms like `3小时前`.
 * Deterministic: never uses the machine's time zone.
 */

export interface DateOptions {
  /** Zone assumed for times that carry none, in minutes east of UTC. Default +08:00 (China). */
  defaultOffsetMinutes?: number;
  /** Reference time for relative forms (`刚刚`, `5分钟前`, `昨天 08:00`, `11-20 08:00`); without it they give null. */
  now?: number;
}

export const CHINA_OFFSET_MINUTES = 480;

// `CST` in Chinese feeds and Java's Date.toString() on Chinese servers means China Standard Time.
const zones: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  cst: 480,
  bjt: 480,
  cct: 480,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  est: -300,
  edt: -240,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
  ist: 330,
};
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  ms?: number;
  offset?: number;
}

export function parseLooseDate(input: string | number | null | undefined, options: DateOptions = {}): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return fromEpoch(input);
  const s = normalize(input);
  if (s === '') return null;
  if (/^\d{10}(\.\d+)?$|^\d{13}$/.test(s)) return fromEpoch(Number(s));
  const parts = chinese(s) ?? numeric(s) ?? english(s);
  if (parts) return build(parts, options.defaultOffsetMinutes ?? CHINA_OFFSET_MINUTES);
  return options.now === undefined ? null : relative(s, options.now, options.defaultOffsetMinutes ?? CHINA_OFFSET_MINUTES);
}

function fromEpoch(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
}

function normalize(raw: string): string {
  return raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .replace(/\([^)]*\)|（[^）]*）/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function chinese(s: string): Parts | null {
  const m = s.match(
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(上午|中午|下午|晚上|凌晨)?\s*(\d{1,2})\s*[:时點点]\s*(\d{1,2})?\s*分?(?:\s*:?\s*(\d{1,2})\s*秒?)?)?/,
  );
  if (!m) return null;
  let h = m[5] === undefined ? undefined : Number(m[5]);
  if (h !== undefined && h < 12 && (m[4] === '下午' || m[4] === '晚上')) h += 12;
  return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h, mi: m[5] === undefined ? undefined : Number(m[6] ?? 0), s: num(m[7]) };
}

function numeric(s: string): Parts | null {
  const m = s.match(
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|UT|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{3,4})?$/i,
  );
  if (!m) return null;
  const offset = m[8] === undefined ? undefined : zone(m[8]);
  if (offset === null) return null;
  const ms = m[7] === undefined ? undefined : Number(m[7].slice(0, 3).padEnd(3, '0'));
  return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: num(m[4]), mi: num(m[5]), s: num(m[6]), ms, offset };
}

/** Day-first (RFC 822) and month-first (JS / Java toString, "November 20, 2026") English forms, in any order. */
function english(s: string): Parts | null {
  let rest = ` ${s.toLowerCase().replace(/,/g, ' ')} `;
  const mon = rest.match(/\s(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|\d)/);
  if (!mon) return null;
  rest = rest.replace(mon[0], ' ');
  let h: number | undefined;
  let mi: number | undefined;
  let sec: number | undefined;
  const time = rest.match(/\s(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|[+-])/);
  if (time) {
    h = Number(time[1]);
    mi = Number(time[2]);
    sec = num(time[3]);
    if (time[4]?.startsWith('p') && h < 12) h += 12;
    if (time[4]?.startsWith('a') && h === 12) h = 0;
    rest = rest.replace(time[0], ' ');
  }
  let offset: number | undefined;
  const nums: string[] = [];
  for (const token of rest.trim().split(/\s+/)) {
    const n = token.match(/^(\d+)(?:st|nd|rd|th)?$/);
    if (n) nums.push(n[1]!);
    else if (zone(token) !== null) offset = zone(token)!;
    else if (!/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(at|on|the|of)$/.test(token)) return null;
  }
  const year = nums.find((n) => n.length === 4);
  const others = nums.filter((n) => n !== year);
  const d = others[0];
  const yy = others[1];
  const y = year ?? (yy?.length === 2 ? String(Number(yy) + (Number(yy) > 69 ? 1900 : 2000)) : undefined);
  if (!d || !y || d.length > 2) return null;
  return { y: Number(y), mo: months.indexOf(mon[1]!) + 1, d: Number(d), h, mi, s: sec, offset };
}

/** Minutes east of UTC for `+0800`, `+08:00`, `GMT+8`, `UTC-5`, `Z`, `CST`…; null for an unknown name. */
function zone(raw: string): number | null {
  const t = raw.trim().toLowerCase();
  const m = t.match(/^(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  }
  return zones[t] ?? null;
}

function num(v: string | undefined): number | undefined {
  return v === undefined ? undefined : Number(v);
}

function build(p: Parts, defaultOffset: number): number | null {
  const { y, mo, d, h = 0, mi = 0, s = 0, ms = 0 } = p;
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  if (new Date(utc).getUTCDate() !== d) return null;
  return utc - (p.offset ?? defaultOffset) * 60_000;
}

function relative(s: string, now: number, offset: number): number | null {
  if (/^(刚刚|刚才|just now)$/i.test(s)) return now;
  const ago = s.match(/^(\d+)\s*(秒|分钟|分|小时|天|周|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s*(前|ago)$/i);
  if (ago) {
    const unit = ago[2]!.toLowerCase();
    const n = Number(ago[1]);
    const size = /^(秒|s)/.test(unit)
      ? 1e3
      : /^(分|m)/.test(unit)
        ? 6e4
        : /^(小时|h)/.test(unit)
          ? 36e5
          : /^(天|d)/.test(unit)
            ? 864e5
            : 6048e5;
    return now - n * size;
  }
  const local = new Date(now + offset * 60_000);
  const day = s.match(/^(今天|昨天|前天)(?:\s*(\d{1,2}):(\d{2}))?$/);
  if (day) {
    const back = day[1] === '今天' ? 0 : day[1] === '昨天' ? 1 : 2;
    const at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - back, Number(day[2] ?? 0), Number(day[3] ?? 0));
    return at - offset * 60_000;
  }
  const noYear = s.match(/^(\d{1,2})[-/月](\d{1,2})日?\s*(?:(\d{1,2}):(\d{2}))?$/);
  if (noYear) {
    let y = local.getUTCFullYear();
    const at = (year: number) =>
      build({ y: year, mo: Number(noYear[1]), d: Number(noYear[2]), h: num(noYear[3]), mi: num(noYear[4]) }, offset);
    let t = at(y);
    if (t !== null && t > now + 864e5) t = at(--y);
    return t;
  }
  return null;
}
