// A clean-up that fails after its test passed: one failure for the hook.
import { afterAll, describe, expect, it } from 'vitest';

describe('clean-up fails', () => {
  afterAll(() => {
    throw new Error('schema could not be dropped');
  });
  it('passes', () => expect(1).toBe(1));
});
