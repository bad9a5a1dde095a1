/**
 * Search that stops when a page is full: a stored reach (传播量, `domain/reach.ts`) with a (workspace, reach, id)
 * index so a page by reach walks mentions in order, backfilled for mentions stored before; and on SQLite the
 * full-text index rebuilt so every row carries its workspace's token (`search-index.ts`), making candidate
 * lookups workspace-scoped.
 */
import { type Kysely, sql } from 'kysely';
import { reachOf } from '../../domain/reach.js';
import type { DialectName } from '../dialect.js';
import { createSearchIndex, indexStoredMentions } from '../queries/search-index.js';

interface Row {
  id: number;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  author_followers: number | null;
}

const num = (v: number | null) => (v === null ? null : Number(v));

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('mentions')
    .addColumn('reach', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  let after = 0;
  for (;;) {
    const { rows } = await sql<Row>`SELECT id, reposts, replies, likes, author_followers FROM mentions
      WHERE id > ${after} ORDER BY id LIMIT 2000`.execute(db);
    if (rows.length === 0) break;
    const values = rows
      .map((r) => ({
        id: Number(r.id),
        reach: reachOf({ reposts: num(r.reposts), replies: num(r.replies), likes: num(r.likes), followers: num(r.author_followers) }),
      }))
      .filter((r) => r.reach !== 0);
    if (values.length > 0) {
      const list = sql.join(values.map((v) => sql`(CAST(${v.id} AS bigint), CAST(${v.reach} AS bigint))`));
      await sql`UPDATE mentions SET reach = v.reach FROM (SELECT column1 AS id, column2 AS reach FROM (VALUES ${list}) AS t) AS v
        WHERE mentions.id = v.id`.execute(db);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
  await db.schema.createIndex('mentions_workspace_reach').on('mentions').columns(['workspace_id', 'reach', 'id']).execute();
  if (dialect === 'sqlite') {
    await sql.raw('DROP TRIGGER mention_search_delete').execute(db);
    await sql.raw('DROP TABLE mention_search').execute(db);
    await createSearchIndex(db, dialect);
    await indexStoredMentions(db);
  }
}
