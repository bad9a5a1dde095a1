/**
 * Analysts' sentiment corrections: recording one (the mention's label, score, corrected flag and sentiment tag change
 * at once), a mention's correction history, and the latest correction per mention for adapting the workspace's model.
 */
import { numOrNull, type Q } from './executor.js';

export type CorrectedLabel = 'positive' | 'neutral' | 'negative';

export interface CorrectionRecord {
  id: number;
  mentionId: number;
  label: CorrectedLabel;
  score: number;
  userId: number | null;
  username: string | null;
  displayName: string | null;
  createdAt: number;
}

export interface CorrectedText {
  mentionId: number;
  title: string;
  text: string;
  lang: string | null;
  label: CorrectedLabel;
}

const asLabel = (s: string): CorrectedLabel => (s === 'positive' || s === 'negative' ? s : 'neutral');

export const correctionQueries = {
  /** Stores the correction and applies it to the mention; false when the mention is not in the workspace. */
  async record(
    q: Q,
    c: { workspaceId: number; mentionId: number; label: CorrectedLabel; score: number; userId: number | null; now: number },
  ): Promise<CorrectionRecord | null> {
    const updated = await q
      .updateTable('mentions')
      .set({ sentiment_label: c.label, sentiment_score: c.score, sentiment_corrected: 1 })
      .where('workspace_id', '=', c.workspaceId)
      .where('id', '=', c.mentionId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return null;
    await q.deleteFrom('mention_tags').where('mention_id', '=', c.mentionId).where('kind', '=', 'sentiment').execute();
    await q
      .insertInto('mention_tags')
      .values({ workspace_id: c.workspaceId, mention_id: c.mentionId, kind: 'sentiment', value: c.label })
      .execute();
    const row = await q
      .insertInto('sentiment_corrections')
      .values({
        workspace_id: c.workspaceId,
        mention_id: c.mentionId,
        label: c.label,
        score: c.score,
        user_id: c.userId,
        created_at: c.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [record] = await correctionQueries.history(q, c.workspaceId, c.mentionId, Number(row.id));
    if (!record) throw new Error('correction not found after insert');
    return record;
  },

  /** A mention's corrections, newest first (or just one by id). */
  async history(q: Q, workspaceId: number, mentionId: number, id?: number): Promise<CorrectionRecord[]> {
    let query = q
      .selectFrom('sentiment_corrections as c')
      .leftJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.mention_id', 'c.label', 'c.score', 'c.user_id', 'c.created_at', 'u.username', 'u.display_name'])
      .where('c.workspace_id', '=', workspaceId)
      .where('c.mention_id', '=', mentionId);
    if (id !== undefined) query = query.where('c.id', '=', id);
    const rows = await query.orderBy('c.id', 'desc').execute();
    return rows.map((r) => ({
      id: Number(r.id),
      mentionId: Number(r.mention_id),
      label: asLabel(r.label),
      score: Number(r.score),
      userId: numOrNull(r.user_id),
      username: r.username ?? null,
      displayName: r.display_name ?? null,
      createdAt: Number(r.created_at),
    }));
  },

  /** The latest correction of each of the workspace's most recently corrected mentions (up to `limit`), oldest first. */
  async forAdaptation(q: Q, workspaceId: number, limit = 5000): Promise<CorrectedText[]> {
    const rows = await q
      .selectFrom('sentiment_corrections as c')
      .innerJoin('mentions as m', 'm.id', 'c.mention_id')
      .select(['c.id', 'c.mention_id', 'c.label', 'm.title', 'm.text', 'm.lang'])
      .where('c.workspace_id', '=', workspaceId)
      .orderBy('c.id', 'desc')
      .limit(limit * 2)
      .execute();
    const latest = new Map<number, CorrectedText>();
    for (const r of rows) {
      const mentionId = Number(r.mention_id);
      if (latest.has(mentionId) || latest.size >= limit) continue;
      latest.set(mentionId, { mentionId, title: r.title, text: r.text, lang: r.lang, label: asLabel(r.label) });
    }
    return [...latest.values()].reverse();
  },
};
