/** Collection scheduling: the scheduler loop, one pass of one source, "fetch now", and the pure rules they use. */
export {
  chooseInterval,
  clamp,
  estimatedRate,
  failureDelay,
  type IntervalBounds,
  type IntervalPolicy,
  intervalBounds,
  nextCheckAt,
  observeRate,
  type PassOutcome,
  planNext,
  type RateEstimate,
  type Schedule,
} from './adaptive.js';
export { type CollectDeps, collectOnce, type PassReport } from './collect-once.js';
export { type FloorConfig, floorForSource, hostFloor, type IntervalLimits, intervalLimits, sourceHost } from './host-floor.js';
export { CRAWLED_KINDS, collectHttp, createScheduler, type Scheduler, type SchedulerDeps } from './scheduler.js';
export { type TrialInput, type TrialResult, trySource } from './test-source.js';
