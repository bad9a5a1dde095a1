import { expect, it } from 'vitest';
import { stages } from './stages.js';

it('runs the stages in this order', () => {
  expect(stages.map((s) => s.name)).toEqual([
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
    'duplicates',
    'matchTopics',
  ]);
});
