/**
 * Key accounts (关键传播账号) of a period and topic set: the authors whose posts drew the most onward spread (stored
 * mentions whose parent is one of their posts), then the most reach. Two grouped scans over the period's mentions,
 * each bounded by the workspace's sort_at index; the children are found through the (workspace, parent) index.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { Q } from './executor.js';

export interface KeyAccountScope {
  workspaceId: number;
  from: number;
  to: number;
  /** Only mentions of these topics (any of them); every mention when empty. */
  topicIds: readonly number[];
}

export interface KeyAccountRow {
  author: string;
  mentions: number;
  /** Stored mentions that answer, repost or quote this author's posts of the period (any time after). */
  drew: number;
  reach: number;
  followers: number | null;
  /** A channel the author posted on in the period (the last by name when there are several). */
  channel: string | null;
}

export async function keyAccounts(q: Q, scope: KeyAccountScope, limit: number): Promise<KeyAccountRow[]> {
  const inScope = (eb: ExpressionBuilder<Database, 'mentions'>) => {
    const conds = [
      eb('mentions.workspace_id', '=', scope.workspaceId),
      eb('mentions.sort_at', '>=', scope.from),
      eb('mentions.sort_at', '<', scope.to),
      eb('mentions.author', 'is not', null),
    ];
    if (scope.topicIds.length > 0)
      conds.push(
        eb.exists(
          eb
            .selectFrom('mention_topics')
            .select(sql`1`.as('one'))
            .whereRef('mention_topics.mention_id', '=', 'mentions.id')
            .where('mention_topics.workspace_id', '=', scope.workspaceId)
            .where('mention_topics.topic_id', 'in', [...scope.topicIds]),
        ),
      );
    return eb.and(conds);
  };
  const [own, drew] = await Promise.all([
    q
      .selectFrom('mentions')
      .where(inScope)
      .select([
        'mentions.author as author',
        sql<number>`count(*)`.as('mentions'),
        sql<number>`coalesce(sum(mentions.reach), 0)`.as('reach'),
        sql<number | null>`max(mentions.author_followers)`.as('followers'),
        sql<string | null>`max(mentions.channel)`.as('channel'),
      ])
      .groupBy('mentions.author')
      .execute(),
    q
      .selectFrom('mentions')
      .innerJoin('mentions as child', (j) =>
        j.onRef('child.parent_id', '=', 'mentions.id').on('child.workspace_id', '=', scope.workspaceId),
      )
      .where(inScope)
      .select(['mentions.author as author', sql<number>`count(*)`.as('drew')])
      .groupBy('mentions.author')
      .execute(),
  ]);
  const drewBy = new Map(drew.map((r) => [r.author, Number(r.drew)]));
  return own
    .map((r) => ({
      author: String(r.author),
      mentions: Number(r.mentions),
      drew: drewBy.get(r.author) ?? 0,
      reach: Number(r.reach),
      followers: r.followers === null ? null : Number(r.followers),
      channel: r.channel,
    }))
    .sort((a, b) => b.drew - a.drew || b.reach - a.reach || b.mentions - a.mentions || a.author.localeCompare(b.author))
    .slice(0, limit);
}
