/** Repost families in search: each row's family and how many other members it has; one family listed in order. */
import type { Q } from '../store/queries/executor.js';
import type { CandidateRow } from '../store/queries/search.js';
import { familyQueries } from '../store/queries/search-family.js';
import { rowsOfHits } from './search.js';

export interface FamilyRow extends CandidateRow {
  /** The family's original: the row's `duplicateOf`, or its own id. */
  familyId: number;
  /** Other stored members of the family (0 for a mention without copies). */
  similar: number;
}

/** Every member but itself: an original's copies, or a copy's original and the other copies — the original's copy count either way. */
export async function withFamilies(q: Q, workspaceId: number, rows: readonly CandidateRow[]): Promise<FamilyRow[]> {
  const copies = await familyQueries.copies(
    q,
    workspaceId,
    rows.map((r) => r.duplicateOf ?? r.id),
  );
  return rows.map((r) => {
    const familyId = r.duplicateOf ?? r.id;
    return { ...r, familyId, similar: copies.get(familyId) ?? 0 };
  });
}

export interface FamilyPage {
  originalId: number;
  total: number;
  rows: FamilyRow[];
  /** Position of the last row, for the next page: the original is (-1, 0), before every copy; a copy (sort time, id). */
  next: [number, number] | null;
}

/** The family of a mention: the original first, then its copies oldest first. Undefined when the mention is not the workspace's. */
export async function familyPage(
  q: Q,
  workspaceId: number,
  mentionId: number,
  after: [number, number] | null,
  limit: number,
): Promise<FamilyPage | undefined> {
  const originalId = await familyQueries.originalOf(q, workspaceId, mentionId);
  if (originalId === undefined) return undefined;
  const copies = (await familyQueries.copies(q, workspaceId, [originalId])).get(originalId) ?? 0;
  const withOriginal = after === null;
  const ids = await familyQueries.copyIds(q, workspaceId, originalId, after, limit + 1 - (withOriginal ? 1 : 0));
  const wanted = [...(withOriginal ? [originalId] : []), ...ids];
  const rows = await rowsOfHits(
    q,
    workspaceId,
    wanted.slice(0, limit).map((id) => ({ id })),
  );
  const last = rows[rows.length - 1];
  const more = wanted.length > limit && last !== undefined;
  return {
    originalId,
    total: copies + 1,
    rows: rows.map((r) => ({ ...r, familyId: originalId, similar: copies })),
    next: more ? (last.id === originalId ? [-1, 0] : [last.sortAt, last.id]) : null,
  };
}
