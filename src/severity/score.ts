/**
 * Scoring: each factor's strength in [0, 1] from the facts and the model's scales, the score as the weighted mean
 * × 100, and the level from the model's thresholds. Every factor is kept with its figure and its points, so the level
 * can always be explained.
 */
import type { SeverityFacts } from './facts.js';
import type { SeverityLevel } from './levels.js';
import { SEVERITY_FACTORS, type SeverityFactor, type SeverityModel } from './model.js';
import { AUTHORITY_TIERS, type AuthorityTier } from './tiers.js';

export interface FactorScore {
  factor: SeverityFactor;
  /** Strength in [0, 1]. */
  strength: number;
  weight: number;
  /** What it adds to the score (0–100 over all factors). */
  points: number;
}

export interface SeverityAssessment {
  level: SeverityLevel;
  /** 0–100, one decimal. */
  score: number;
  factors: FactorScore[];
  /** The highest publisher tier present, if any. */
  topTier: AuthorityTier | null;
  /** Sensitive categories counted as present, strongest first. */
  sensitive: string[];
}

export function scoreSeverity(facts: SeverityFacts, model: SeverityModel): SeverityAssessment {
  const topTier = AUTHORITY_TIERS.find((t) => facts.tiers[t] > 0) ?? null;
  const sensitive = presentSensitive(facts, model);
  const strengths: Record<SeverityFactor, number> = {
    negativity: facts.mentions > 0 ? facts.negative / facts.mentions : 0,
    reach: logScale(facts.reach, model.scales.reachFull),
    authority: topTier ? model.tierStrength[topTier] : 0,
    pickup: logScale(facts.mediaOutlets, model.scales.pickupFull),
    velocity: logScale(facts.lastHour, model.scales.velocityFull),
    growth: growthStrength(facts, model),
    sensitive: Math.min(
      1,
      sensitive.reduce((s, key) => s + (model.sensitiveCategories[key] ?? 0), 0),
    ),
    spread: facts.channels <= 1 ? 0 : Math.min(1, (facts.channels - 1) / (model.scales.spreadFull - 1)),
  };
  const totalWeight = SEVERITY_FACTORS.reduce((s, f) => s + Math.max(0, model.weights[f]), 0) || 1;
  const factors = SEVERITY_FACTORS.map((factor) => {
    const weight = Math.max(0, model.weights[factor]);
    const strength = clamp01(strengths[factor]);
    return { factor, strength: round(strength, 3), weight, points: round((100 * weight * strength) / totalWeight, 1) };
  });
  const score = round(
    factors.reduce((s, f) => s + (100 * f.weight * f.strength) / totalWeight, 0),
    1,
  );
  return { level: levelOf(score, model), score, factors, topTier, sensitive };
}

export function levelOf(score: number, model: SeverityModel): SeverityLevel {
  if (score >= model.thresholds[1]) return 1;
  if (score >= model.thresholds[2]) return 2;
  if (score >= model.thresholds[3]) return 3;
  return 4;
}

/** The last hour against the previous 12 hours' hourly mean, on a log scale; nothing below the minimum volume. */
export function growthRatio(facts: SeverityFacts, model: SeverityModel): number | null {
  if (facts.lastHour < model.scales.growthMinMentions) return null;
  // A story with no earlier hours grows from (at most) one mention an hour.
  return facts.lastHour / Math.max(1, facts.previousHourly);
}

function growthStrength(facts: SeverityFacts, model: SeverityModel): number {
  const ratio = growthRatio(facts, model);
  if (ratio === null || ratio <= 1) return 0;
  return Math.log(ratio) / Math.log(model.scales.growthFull);
}

function presentSensitive(facts: SeverityFacts, model: SeverityModel): string[] {
  return Object.keys(model.sensitiveCategories)
    .filter((key) => {
      const n = facts.categories[key] ?? 0;
      return n > 0 && (n >= model.sensitiveMinMentions || n / Math.max(1, facts.mentions) >= model.sensitiveMinShare);
    })
    .sort((a, b) => (model.sensitiveCategories[b] ?? 0) - (model.sensitiveCategories[a] ?? 0) || a.localeCompare(b));
}

function logScale(x: number, full: number): number {
  if (!(x > 0)) return 0;
  return Math.log10(1 + x) / Math.log10(1 + full);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
