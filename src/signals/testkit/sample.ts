/** Drawing counts from the one seeded generator: normal, gamma and Poisson draws, and negative binomial as their mixture. */
import type { Random } from '../../domain/random.js';

export function normal(r: Random): number {
  const u = 1 - r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

/** Gamma(shape, scale = 1) by Marsaglia and Tsang. */
export function gamma(r: Random, shape: number): number {
  if (shape < 1) return gamma(r, shape + 1) * r.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(r);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - r.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function poisson(r: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(r)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = r.next(); p > limit; p *= r.next()) k++;
  return k;
}

/** Negative binomial with this mean and size (variance mean + mean²/size); size Infinity is Poisson. */
export function negativeBinomial(r: Random, mean: number, size: number): number {
  if (!Number.isFinite(size)) return poisson(r, mean);
  return poisson(r, (gamma(r, size) * mean) / size);
}
