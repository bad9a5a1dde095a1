/**
 * An analyst's override of a computed level: it sticks (later scoring does not undo it) and carries its reason. The
 * store keeps it with the audit entry; this is the rule of which level is shown.
 */
import type { SeverityLevel } from './levels.js';
import type { SeverityAssessment } from './score.js';

export interface SeverityOverride {
  level: SeverityLevel;
  reason: string;
  by: number;
  at: number;
}

export interface ShownSeverity {
  level: SeverityLevel;
  computed: SeverityLevel;
  override: SeverityOverride | null;
}

export function shownSeverity(computed: SeverityAssessment, override: SeverityOverride | null): ShownSeverity {
  return { level: override?.level ?? computed.level, computed: computed.level, override };
}

/** Why an override cannot be taken, or null: a reason is required. */
export function checkOverride(level: unknown, reason: string): string | null {
  if (level !== 1 && level !== 2 && level !== 3 && level !== 4) return 'level must be 1, 2, 3 or 4 (I–IV)';
  if (reason.trim().length < 2) return 'an override needs a reason';
  return null;
}
