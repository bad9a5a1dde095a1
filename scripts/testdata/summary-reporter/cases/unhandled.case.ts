// A test that passes but leaves a rejected promise nobody handles.
import { expect, it } from 'vitest';

it('passes but leaks a rejection', () => {
  void Promise.reject(new Error('nobody awaited this'));
  expect(1).toBe(1);
});
