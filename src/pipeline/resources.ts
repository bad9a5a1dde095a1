/**
 * Per-workspace resources stages need — the compiled topic matcher, dictionaries, the
 * category taxonomy, model adjustments — loaded from the store on first use and kept for a
 * short time, so edits made while running take effect without a restart. A process that
 * made the edit can `invalidate` at once; other processes see it within `ttlMs`.
 */
import type { Db } from '../store/dialect.js';

export interface ResourceSpec<T> {
  /** Unique name, used as the cache key. */
  name: string;
  load(db: Db, workspaceId: number): Promise<T>;
}

export interface WorkspaceResources {
  get<T>(spec: ResourceSpec<T>, workspaceId: number): Promise<T>;
  invalidate(workspaceId: number, spec?: ResourceSpec<unknown>): void;
}

export function createWorkspaceResources(
  db: Db,
  { ttlMs = 5000, now = Date.now }: { ttlMs?: number; now?: () => number } = {},
): WorkspaceResources {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  const keyOf = (name: string, workspaceId: number) => `${workspaceId}\u0000${name}`;
  return {
    get<T>(spec: ResourceSpec<T>, workspaceId: number): Promise<T> {
      const key = keyOf(spec.name, workspaceId);
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      const value = spec.load(db, workspaceId);
      cache.set(key, { at: now(), value });
      value.catch(() => cache.delete(key));
      return value;
    },
    invalidate(workspaceId, spec) {
      if (spec) cache.delete(keyOf(spec.name, workspaceId));
      else for (const key of cache.keys()) if (key.startsWith(`${workspaceId}\u0000`)) cache.delete(key);
    },
  };
}
