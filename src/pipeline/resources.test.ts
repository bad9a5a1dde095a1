import { describe, expect, it } from 'vitest';
import type { Db } from '../store/dialect.js';
import { createWorkspaceResources, type ResourceSpec } from './resources.js';

describe('workspace resources', () => {
  const db = {} as Db;
  let loads = 0;
  const spec: ResourceSpec<string> = {
    name: 'greeting',
    load: async (_db, ws) => {
      loads++;
      return `hello ${ws} #${loads}`;
    },
  };

  it('loads once per workspace within the time to live, again after it or after invalidate', async () => {
    let t = 0;
    loads = 0;
    const r = createWorkspaceResources(db, { ttlMs: 1000, now: () => t });
    expect(await r.get(spec, 1)).toBe('hello 1 #1');
    expect(await r.get(spec, 1)).toBe('hello 1 #1');
    expect(await r.get(spec, 2)).toBe('hello 2 #2');
    t = 1500;
    expect(await r.get(spec, 1)).toBe('hello 1 #3');
    r.invalidate(1);
    expect(await r.get(spec, 1)).toBe('hello 1 #4');
    expect(await r.get(spec, 2)).toBe('hello 2 #5');
  });

  it('forgets a failed load so the next call tries again', async () => {
    let fail = true;
    const flaky: ResourceSpec<number> = {
      name: 'flaky',
      load: async () => {
        if (fail) throw new Error('store unavailable');
        return 7;
      },
    };
    const r = createWorkspaceResources(db);
    await expect(r.get(flaky, 1)).rejects.toThrow('store unavailable');
    fail = false;
    expect(await r.get(flaky, 1)).toBe(7);
  });
});
