/**
 * A workspace's severity model: the weight of each factor, the score each level starts at, and the scales that turn
 * raw figures into a factor's strength in [0, 1]. Every number is editable in the app; the defaults are below.
 */
import { AUTHORITY_TIERS, type AuthorityTier } from './tiers.js';

export const SEVERITY_FACTORS = ['negativity', 'reach', 'authority', 'pickup', 'velocity', 'growth', 'sensitive', 'spread'] as const;
export type SeverityFactor = (typeof SEVERITY_FACTORS)[number];

export interface SeverityModel {
  /** Relative weights; the score is the weighted mean of the factors' strengths, × 100. */
  weights: Record<SeverityFactor, number>;
  /** Lowest score of levels I, II and III (anything lower is IV); strictly falling. */
  thresholds: { 1: number; 2: number; 3: number };
  /** The same for one high-risk mention, scored on its own factors (negativity, reach, authority, sensitive). */
  mentionThresholds: { 1: number; 2: number; 3: number };
  /** Strength of each publisher tier, for the authority factor (the highest tier present counts). */
  tierStrength: Record<AuthorityTier, number>;
  /** Sensitive categories (category key → strength); strengths of the categories present add up, capped at 1. */
  sensitiveCategories: Record<string, number>;
  /** A category counts as present when this share of the mentions has it, or `sensitiveMinMentions` of them do. */
  sensitiveMinShare: number;
  sensitiveMinMentions: number;
  scales: {
    /** Total reach (传播量) at full strength (log scale). */
    reachFull: number;
    /** Distinct media outlets carrying it at full strength (log scale). */
    pickupFull: number;
    /** Mentions in the last hour at full strength (log scale). */
    velocityFull: number;
    /** Last hour against the previous 12 hours' hourly mean, at full strength (log scale). */
    growthFull: number;
    /** Mentions in the last hour below which growth is not judged (a jump from 1 to 3 is no surge). */
    growthMinMentions: number;
    /** Distinct channels at full strength (linear from 1). */
    spreadFull: number;
  };
}

export const DEFAULT_SEVERITY_MODEL: SeverityModel = {
  weights: { negativity: 20, reach: 12, authority: 14, pickup: 8, velocity: 14, growth: 10, sensitive: 16, spread: 6 },
  thresholds: { 1: 75, 2: 55, 3: 35 },
  mentionThresholds: { 1: 85, 2: 70, 3: 50 },
  tierStrength: { central: 1, provincial: 0.7, industry: 0.55, kol: 0.4, ordinary: 0.1 },
  sensitiveCategories: { casualty: 1, children: 0.8, food_drug: 0.8, safety: 0.6, officials: 0.6 },
  sensitiveMinShare: 0.1,
  sensitiveMinMentions: 3,
  scales: { reachFull: 1_000_000, pickupFull: 20, velocityFull: 1_000, growthFull: 10, growthMinMentions: 5, spreadFull: 5 },
};

/** What is wrong with a model a workspace submits, in words; empty when it is usable. */
export function checkSeverityModel(m: SeverityModel): string[] {
  const problems: string[] = [];
  for (const f of SEVERITY_FACTORS) {
    const w = m.weights[f];
    if (!Number.isFinite(w) || w < 0) problems.push(`weight of ${f} must be a number ≥ 0`);
  }
  if (SEVERITY_FACTORS.every((f) => !(m.weights[f] > 0))) problems.push('at least one weight must be above 0');
  for (const [name, t] of [
    ['thresholds', m.thresholds],
    ['mentionThresholds', m.mentionThresholds],
  ] as const) {
    if (![t[1], t[2], t[3]].every((x) => Number.isFinite(x) && x > 0 && x <= 100)) problems.push(`${name} must lie in (0, 100]`);
    else if (!(t[1] > t[2] && t[2] > t[3])) problems.push(`${name} must fall from level I to level III`);
  }
  for (const tier of AUTHORITY_TIERS) {
    const s = m.tierStrength[tier];
    if (!(Number.isFinite(s) && s >= 0 && s <= 1)) problems.push(`strength of tier ${tier} must lie in [0, 1]`);
  }
  for (const [key, s] of Object.entries(m.sensitiveCategories)) {
    if (!(Number.isFinite(s) && s >= 0 && s <= 1)) problems.push(`strength of sensitive category ${key} must lie in [0, 1]`);
  }
  if (!(m.sensitiveMinShare >= 0 && m.sensitiveMinShare <= 1)) problems.push('sensitiveMinShare must lie in [0, 1]');
  if (!(Number.isInteger(m.sensitiveMinMentions) && m.sensitiveMinMentions >= 1))
    problems.push('sensitiveMinMentions must be an integer ≥ 1');
  const s = m.scales;
  for (const [key, v] of Object.entries(s)) {
    if (!(Number.isFinite(v) && v > 0)) problems.push(`scale ${key} must be a number > 0`);
  }
  if (s.growthFull <= 1) problems.push('scale growthFull must be above 1');
  if (s.spreadFull <= 1) problems.push('scale spreadFull must be above 1');
  return problems;
}
