/**
 * The pipeline's stages in the order they run, in two lists: the analysis stages (pure, per draft, in worker threads)
 * and then the batch stages (the whole batch, with the store), and the steps after a batch is stored. Adding a stage is one line in one of them.
 */

import { createEventsStep } from './after-store/events-step.js';
import { dashboardRollups } from './after-store/rollups-step.js';
import { burstSignals } from './after-store/signals-step.js';
import type { AfterStoreStep } from './after-store.js';
import type { AnalysisStage, BatchStage } from './stage.js';
import { categories } from './stages/categories.js';
import { duplicates } from './stages/duplicates.js';
import { emotion } from './stages/emotion.js';
import { entities } from './stages/entities.js';
import { duplicateFingerprint } from './stages/fingerprint.js';
import { keywords } from './stages/keywords.js';
import { language } from './stages/language.js';
import { matchTopics } from './stages/match-topics.js';
import { normalize } from './stages/normalize.js';
import { normalizeText } from './stages/normalize-text.js';
import { regions } from './stages/regions.js';
import { segmentation } from './stages/segmentation.js';
import { sentiment } from './stages/sentiment.js';

export const analysisStages: AnalysisStage[] = [
  normalize,
  normalizeText,
  language,
  segmentation,
  keywords,
  entities,
  regions,
  sentiment,
  emotion,
  categories,
  matchTopics,
  duplicateFingerprint,
];

export const batchStages: BatchStage[] = [duplicates];

/** After a batch is stored, each catching up on the stored mentions it has not seen (after-store.ts). */
export const afterStoreSteps: AfterStoreStep[] = [createEventsStep(), dashboardRollups, burstSignals];
