/**
 * How surprising a count is: the upper tail of a Poisson distribution, stretched for over-dispersed counts
 * (quasi-Poisson: count and expectation both divided by the dispersion φ, so the variance is φ·μ). Given as a
 * score, −log10 of the tail probability: score 4 means a count at least this high comes by chance once in
 * 10,000 buckets. Pure arithmetic; works for non-integer counts through the regularised incomplete gamma function.
 */

const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0 (Lanczos, g = 7; about 15 significant digits). */
export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const x = z - 1;
  let a = lanczos[0] ?? 1;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += (lanczos[i] ?? 0) / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * ln P(X ≥ count) for X ~ Poisson(expected), with the count taken as continuous: the regularised lower incomplete
 * gamma P(count, expected). Only the upper tail matters here, so a count not above its expectation gives 0 (ln 1).
 */
export function lnPoissonUpperTail(count: number, expected: number): number {
  if (count <= 0) return 0;
  if (expected <= 0) return -Infinity;
  if (expected >= count) return 0;
  // Series: P(a, x) = x^a e^-x / Γ(a+1) · Σ x^n / ((a+1)…(a+n)); it converges geometrically because x < a.
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 100_000; n++) {
    term *= expected / (count + n);
    sum += term;
    if (term < sum * 1e-15) break;
  }
  return Math.min(0, count * Math.log(expected) - expected - lnGamma(count + 1) + Math.log(sum));
}

/** The score of `count` against `expected` with dispersion `phi` (≥ 1): −log10 of the quasi-Poisson upper tail, capped at 99. */
export function surpriseScore(count: number, expected: number, phi: number): number {
  const d = Math.max(1, phi);
  const ln = lnPoissonUpperTail(count / d, expected / d);
  return ln === 0 ? 0 : Math.min(99, -ln / Math.LN10);
}
