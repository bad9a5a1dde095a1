// Passes, and skips one suite for a known reason: the run is ok.
import { describe, expect, it } from 'vitest';
import { skipWhen } from '../../../../src/testing/known-skips.js';

describe('clean suite', () => {
  it('adds', () => expect(1 + 1).toBe(2));
  it('joins', () => expect(['a', 'b'].join('')).toBe('ab'));
});

describe('needs PostgreSQL', skipWhen(true, 'postgres-absent'), () => {
  it('would query', () => expect(true).toBe(true));
});
