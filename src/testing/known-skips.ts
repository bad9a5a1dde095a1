/**
 * The only reasons a test suite may skip (a missing service or system facility). A suite that skips for one of them says so in its
 * metadata (`knownSkip`); the summary reporter (scripts/summary-reporter.ts) fails the run on any
 * other skip. Each applies outside CI only: under CI the missing service is an error.
 */
import type { SuiteOptions } from 'vitest';

export const knownSkipReasons = {
  'postgres-absent': 'PostgreSQL absent',
  'chromium-absent': 'Chromium absent',
  'namespaces-absent': 'no user namespaces to mount a small disk',
} as const;

export type KnownSkipReason = keyof typeof knownSkipReasons;

declare module 'vitest' {
  interface TaskMeta {
    /** Why this suite is skipped, when it is skipped for a known reason. */
    knownSkip?: KnownSkipReason;
  }
}

/** Options for `describe(name, options, fn)`: skip the suite, labelled with its reason, when `condition` holds. */
export function skipWhen(condition: boolean, reason: KnownSkipReason): SuiteOptions {
  return condition ? { skip: true, meta: { knownSkip: reason } } : {};
}

export function isKnownSkipReason(value: unknown): value is KnownSkipReason {
  return typeof value === 'string' && Object.hasOwn(knownSkipReasons, value);
}
