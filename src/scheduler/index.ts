/** Collection scheduling: the scheduler loop, one pass of one source, "fetch now", and the pure rules they use. */
export { BUSY_ITEMS, clamp, type IntervalBounds, nextCheckAt, nextInterval, type PassOutcome } from './adaptive.js';
export { type CollectDeps, collectOnce, type PassReport } from './collect-once.js';
export { CRAWLED_KINDS, collectHttp, createScheduler, type Scheduler, type SchedulerDeps } from './scheduler.js';
export { type TrialInput, type TrialResult, trySource } from './test-source.js';
