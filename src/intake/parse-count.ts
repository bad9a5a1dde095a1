/** Engagement counts as real exports write them: 1234, "1234", "1,234", "1.2万", "3亿", "2.5k", "" (none). */

export type CountResult = { ok: true; value: number | undefined } | { ok: false; problem: string };

const multipliers: Record<string, number> = { '': 1, k: 1e3, K: 1e3, 千: 1e3, w: 1e4, W: 1e4, 万: 1e4, m: 1e6, M: 1e6, 亿: 1e8 };

export function parseCount(raw: unknown): CountResult {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0
      ? { ok: true, value: raw }
      : { ok: false, problem: `expected a whole number ≥ 0, got ${raw}` };
  }
  if (typeof raw !== 'string') return { ok: false, problem: `expected a count, got ${typeof raw}` };
  const s = raw.trim().replace(/[,_\s]/g, '');
  if (s === '') return { ok: true, value: undefined };
  const m = /^(\d+(?:\.\d+)?)([kK千wW万mM亿]?)\+?$/.exec(s);
  const multiplier = m ? multipliers[m[2] ?? ''] : undefined;
  if (!m || multiplier === undefined) return { ok: false, problem: `expected a count such as 1234 or 1.2万, got "${raw}"` };
  const value = Math.round(Number(m[1]) * multiplier);
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, problem: `count too large: "${raw}"` };
}
