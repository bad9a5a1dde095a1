/** The pipeline's stages in the order they run. Adding an enrichment stage is one line here. */
import type { Stage } from './stage.js';
import { categories } from './stages/categories.js';
import { duplicatesPerItem as duplicates } from './stages/duplicates.js';
import { emotion } from './stages/emotion.js';
import { entities } from './stages/entities.js';
import { keywords } from './stages/keywords.js';
import { language } from './stages/language.js';
import { matchTopics } from './stages/match-topics.js';
import { normalize } from './stages/normalize.js';
import { normalizeText } from './stages/normalize-text.js';
import { regions } from './stages/regions.js';
import { segmentation } from './stages/segmentation.js';
import { sentiment } from './stages/sentiment.js';

export const stages: Stage[] = [
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
  duplicates,
  matchTopics,
];
