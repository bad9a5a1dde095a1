// A setup that fails: its two tests never run and must count as failed, not skipped.
import { beforeAll, describe, expect, it } from 'vitest';

describe('setup fails', () => {
  beforeAll(() => {
    throw new Error('schema could not be created');
  });
  it('first', () => expect(1).toBe(1));
  it('second', () => expect(2).toBe(2));
});
