/** Finding or creating a source row by (workspace, key), safe when several workers meet the same new source at once. */
import type { Q } from './executor.js';

export interface SourceRef {
  workspaceId: number;
  key: string;
  /** `push` for items pushed through the API, `import` for file imports. */
  kind: string;
  now: number;
}

export async function resolveSourceId(k: Q, ref: SourceRef): Promise<number> {
  await k
    .insertInto('sources')
    .values({ workspace_id: ref.workspaceId, key: ref.key, name: ref.key, kind: ref.kind, config: '{}', active: 1, created_at: ref.now })
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
    .execute();
  const row = await k
    .selectFrom('sources')
    .select('id')
    .where('workspace_id', '=', ref.workspaceId)
    .where('key', '=', ref.key)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
