/** Finding or creating source rows by (workspace, key), safe when several workers meet the same new source at once. */
import type { Q } from './executor.js';

export interface SourceRef {
  workspaceId: number;
  key: string;
  /** `push` for items pushed through the API, `import` for file imports. */
  kind: string;
  now: number;
}

const PER_QUERY = 500;

async function existing(k: Q, workspaceId: number, keys: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < keys.length; i += PER_QUERY) {
    const rows = await k
      .selectFrom('sources')
      .select(['id', 'key'])
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', keys.slice(i, i + PER_QUERY))
      .execute();
    for (const r of rows) out.set(r.key, Number(r.id));
  }
  return out;
}

/**
 * The source ids of a batch's (workspace, key) pairs, by `workspaceId\0key`. Known sources are only read, so a batch
 * from known sources writes nothing here; the new ones are created in one insert per workspace.
 */
export async function resolveSourceIds(k: Q, refs: readonly SourceRef[]): Promise<Map<string, number>> {
  const byWorkspace = new Map<number, Map<string, SourceRef>>();
  for (const r of refs) {
    const own = byWorkspace.get(r.workspaceId) ?? new Map<string, SourceRef>();
    if (!own.has(r.key)) own.set(r.key, r);
    byWorkspace.set(r.workspaceId, own);
  }
  const out = new Map<string, number>();
  for (const [workspaceId, own] of byWorkspace) {
    let ids = await existing(k, workspaceId, [...own.keys()]);
    const missing = [...own.values()].filter((r) => !ids.has(r.key));
    for (let i = 0; i < missing.length; i += PER_QUERY) {
      await k
        .insertInto('sources')
        .values(
          missing
            .slice(i, i + PER_QUERY)
            .map((r) => ({ workspace_id: workspaceId, key: r.key, name: r.key, kind: r.kind, config: '{}', active: 1, created_at: r.now })),
        )
        .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
        .execute();
    }
    if (missing.length > 0) ids = await existing(k, workspaceId, [...own.keys()]);
    for (const [key, id] of ids) out.set(sourceRefKey(workspaceId, key), id);
  }
  return out;
}

export function sourceRefKey(workspaceId: number, key: string): string {
  return `${workspaceId}\u0000${key}`;
}
