/** Giving each prepared draft its source row id, creating sources on first sight (kind from the item's origin). */

import type { MentionDraft } from '../domain/mention.js';
import type { Q } from '../store/queries/executor.js';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { resolveSourceId } from '../store/queries/sources-resolve.js';
import type { Prepared } from './prepare.js';

export type Finished = { item: ClaimedItem; draft: MentionDraft; sourceId: number } | { item: ClaimedItem; error: string };

/** `import` for file imports (`import:<file>`), `push` for the API and anything else pushed in. */
export function sourceKindFor(origin: string): 'import' | 'push' {
  return origin.startsWith('import:') ? 'import' : 'push';
}

export async function attachSources(k: Q, prepared: Prepared[], now: number): Promise<Finished[]> {
  const ids = new Map<string, number>();
  const out: Finished[] = [];
  for (const p of prepared) {
    if ('error' in p) {
      out.push(p);
      continue;
    }
    const cacheKey = `${p.draft.workspaceId}\u0000${p.draft.sourceKey}`;
    let sourceId = ids.get(cacheKey);
    if (sourceId === undefined) {
      sourceId = await resolveSourceId(k, {
        workspaceId: p.draft.workspaceId,
        key: p.draft.sourceKey,
        kind: sourceKindFor(p.item.origin),
        now,
      });
      ids.set(cacheKey, sourceId);
    }
    out.push({ ...p, sourceId });
  }
  return out;
}
