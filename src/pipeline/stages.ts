/** The pipeline's stages in the order they run. Adding an enrichment stage is one line here. */
import type { Stage } from './stage.js';
import { normalize } from './stages/normalize.js';

export const stages: Stage[] = [normalize];
