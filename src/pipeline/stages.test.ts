import { expect, it } from 'vitest';
import { analysisStages, batchStages } from './stages.js';

it('runs the analysis stages, then the batch stages, in this order', () => {
  expect(analysisStages.map((s) => s.name)).toEqual([
    'normalize',
    'normalizeText',
    'language',
    'segmentation',
    'keywords',
    'entities',
    'regions',
    'sentiment',
    'emotion',
    'categories',
    'matchTopics',
    'duplicateFingerprint',
  ]);
  expect(batchStages.map((s) => s.name)).toEqual(['duplicates']);
});
