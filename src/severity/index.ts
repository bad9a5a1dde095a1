/** Severity I–IV of events and high-risk mentions: the model, the figures, the score and its explanation (pure). */
export { explainSeverity, type FactorLine, factorLines, factorNames, formatCount, type Lang, sensitiveCategoryNames } from './explain.js';
export { explainMentionSeverity, mentionFactorLines } from './explain-mention.js';
export { type SeverityFacts, type SeverityMention, severityFacts } from './facts.js';
export { isSeverityLevel, levelName, SEVERITY_LEVELS, type SeverityLevel, severityLabels } from './levels.js';
export { mentionSeverity } from './mention.js';
export { checkSeverityModel, DEFAULT_SEVERITY_MODEL, SEVERITY_FACTORS, type SeverityFactor, type SeverityModel } from './model.js';
export { checkOverride, type SeverityOverride, type ShownSeverity, shownSeverity } from './override.js';
export { type FactorScore, levelOf, type SeverityAssessment, scoreSeverity } from './score.js';
export {
  AUTHORITY_TIERS,
  type AuthorityTier,
  DEFAULT_TIER_LISTS,
  DEFAULT_TIER_TABLE,
  isAuthorityTier,
  MEDIA_TIERS,
  normalizeDomain,
  type Publisher,
  type TierOverrides,
  type TierTable,
  tierLabels,
  tierOf,
  withOverrides,
} from './tiers.js';
