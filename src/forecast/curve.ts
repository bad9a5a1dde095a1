/**
 * The next hours of an event's volume from a fitted growth-and-decay curve (pure):
 *
 *   y(t) = A · t^k · e^(−t/τ)      t = hours since the event's first mention, from 1
 *
 * a gamma-shaped rise and fall that is linear in its parameters after taking logs, fitted by weighted least squares
 * on log(1 + count): recent hours weigh more (half-life `halfLifeHours`), busy hours more than empty ones. A fit that
 * would grow without end is refitted without the exponential term, and any forecast is capped at `maxGrowth` × the
 * busiest hour seen.
 */

export interface CurveFit {
  logA: number;
  k: number;
  /** 1/τ (≥ 0): how fast it decays. */
  decay: number;
}

export interface ForecastOptions {
  halfLifeHours: number;
  /** Cap on any forecast hour, × the busiest of the last 6 hours. */
  maxGrowth: number;
  /** Weight of the curve against damped persistence (the last 6 hours' mean, halving every `persistHalfLife` hours). */
  curveWeight: number;
  persistHalfLife: number;
}

export const DEFAULT_FORECAST: ForecastOptions = { halfLifeHours: 12, maxGrowth: 1.5, curveWeight: 0.5, persistHalfLife: 24 };

/** Fits the curve to hourly counts (index 0 = the first hour); null with fewer than 3 hours. */
export function fitCurve(counts: readonly number[], opts: ForecastOptions = DEFAULT_FORECAST): CurveFit | null {
  const n = counts.length;
  if (n < 3) return null;
  const rows = counts.map((y, i) => {
    const t = i + 1;
    const w = (1 + y) * 0.5 ** ((n - 1 - i) / opts.halfLifeHours);
    return { x: [1, Math.log(t), -t], y: Math.log(1 + y), w };
  });
  const full = leastSquares(rows, 3);
  if (full && full[2]! >= 0) return { logA: full[0]!, k: full[1]!, decay: full[2]! };
  const power = leastSquares(
    rows.map((r) => ({ ...r, x: r.x.slice(0, 2) })),
    2,
  );
  return power ? { logA: power[0]!, k: power[1]!, decay: 0 } : null;
}

/** Expected count in hour index `i` (0-based) under the fit. */
export function curveAt(fit: CurveFit, i: number): number {
  const t = i + 1;
  return Math.max(0, Math.exp(fit.logA + fit.k * Math.log(t) - fit.decay * t) - 1);
}

/**
 * The next `horizon` hours after `counts`: the curve blended with damped persistence, which keeps a long tail the
 * gamma shape would cut to zero and tempers a rising fit; with too little history, persistence alone.
 */
export function forecastHours(counts: readonly number[], horizon = 24, opts: ForecastOptions = DEFAULT_FORECAST): number[] {
  const recent = counts.slice(-6);
  const level = recent.reduce((s, x) => s + x, 0) / Math.max(1, recent.length);
  const cap = opts.maxGrowth * Math.max(1, ...recent);
  const fit = fitCurve(counts, opts);
  const n = counts.length;
  return Array.from({ length: horizon }, (_, h) => {
    const persist = level * 0.5 ** ((h + 1) / opts.persistHalfLife);
    if (!fit) return persist;
    const curve = Math.min(cap, curveAt(fit, n + h));
    return opts.curveWeight * curve + (1 - opts.curveWeight) * persist;
  });
}

/** Solves the weighted normal equations by Gaussian elimination; null when they are singular. */
function leastSquares(rows: { x: number[]; y: number; w: number }[], p: number): number[] | null {
  const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (const r of rows) {
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) a[i]![j]! += r.w * r.x[i]! * r.x[j]!;
      a[i]![p]! += r.w * r.x[i]! * r.y;
    }
  }
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (Math.abs(a[pivot]![c]!) < 1e-9) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= p; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return a.map((row, i) => row[p]! / row[i]!);
}
