/**
 * The severity of one high-risk mention: the same model, on the factors one mention has (how negative, its reach,
 * its publisher, its sensitive categories); volume, growth and spread belong to events and are left out.
 */
import type { SeverityFacts, SeverityMention } from './facts.js';
import { severityFacts } from './facts.js';
import type { SeverityModel } from './model.js';
import { type SeverityAssessment, scoreSeverity } from './score.js';
import type { TierTable } from './tiers.js';

export function mentionSeverity(
  m: SeverityMention,
  model: SeverityModel,
  table: TierTable,
): { assessment: SeverityAssessment; facts: SeverityFacts } {
  const facts = severityFacts([m], m.at, table);
  const single: SeverityModel = {
    ...model,
    weights: { ...model.weights, velocity: 0, growth: 0, spread: 0, pickup: 0 },
    thresholds: model.mentionThresholds,
    // One mention is present in every category it has.
    sensitiveMinMentions: 1,
  };
  return { assessment: scoreSeverity(facts, single), facts };
}
