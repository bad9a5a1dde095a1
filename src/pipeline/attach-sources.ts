/** Giving each prepared draft its source row id, creating sources on first sight (kind from the item's origin). */

import type { MentionDraft } from '../domain/mention.js';
import type { Q } from '../store/queries/executor.js';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { resolveSourceIds, sourceRefKey } from '../store/queries/sources-resolve.js';
import type { Prepared } from './prepare.js';

export type Finished = { item: ClaimedItem; draft: MentionDraft; sourceId: number } | { item: ClaimedItem; error: string };

/** `import` for file imports (`import:<file>`), `push` for the API and anything else pushed in. */
export function sourceKindFor(origin: string): 'import' | 'push' {
  return origin.startsWith('import:') ? 'import' : 'push';
}

/** One lookup for the whole batch; sources seen for the first time are created. */
export async function attachSources(k: Q, prepared: Prepared[], now: number): Promise<Finished[]> {
  const refs = prepared.flatMap((p) =>
    'error' in p ? [] : [{ workspaceId: p.draft.workspaceId, key: p.draft.sourceKey, kind: sourceKindFor(p.item.origin), now }],
  );
  const ids = refs.length === 0 ? new Map<string, number>() : await resolveSourceIds(k, refs);
  return prepared.map((p) => {
    if ('error' in p) return p;
    const sourceId = ids.get(sourceRefKey(p.draft.workspaceId, p.draft.sourceKey));
    if (sourceId === undefined) return { item: p.item, error: `source ${p.draft.sourceKey} was neither found nor created` };
    return { ...p, sourceId };
  });
}
