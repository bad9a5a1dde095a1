/**
 * Parent links between mentions: `parent_key` (the parent reference reduced to `id:…` or `url:<canonical>`,
 * see src/domain/parent-key.ts) beside the `parent_id` column 0002 added, with the indexes that resolve both
 * ways — a new child finds its parent by external id or canonical URL, a new parent finds the children that
 * arrived before it by their key — and the children of a mention for the spread tree. Mentions stored earlier
 * get their keys and links here. Rows sorted by a publication time intake now refuses (before 1990, or ahead of
 * their collection) are sorted by their collection time instead, so none stays pinned above the rest.
 */
import { type Kysely, sql } from 'kysely';
import { parentKeyOf } from '../../domain/parent-key.js';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('parent_key', 'text').execute();
  await db.schema.createIndex('mentions_workspace_parent').on('mentions').columns(['workspace_id', 'parent_id']).execute();
  await db.schema.createIndex('mentions_workspace_parent_key').on('mentions').columns(['workspace_id', 'parent_key']).execute();
  await db.schema.createIndex('mentions_workspace_external').on('mentions').columns(['workspace_id', 'external_id']).execute();
  await db.schema.createIndex('mentions_workspace_canonical').on('mentions').columns(['workspace_id', 'canonical_url']).execute();

  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; parent_ref: string }>`SELECT id, parent_ref FROM mentions
        WHERE parent_ref IS NOT NULL AND id > ${after} ORDER BY id LIMIT 500`.execute(db);
    if (rows.length === 0) break;
    const cases = rows.map((r) => sql`WHEN ${Number(r.id)} THEN ${parentKeyOf(r.parent_ref)}`);
    await sql`UPDATE mentions SET parent_key = CASE id ${sql.join(cases, sql` `)} END
        WHERE id IN (${sql.join(rows.map((r) => Number(r.id)))})`.execute(db);
    after = Number(rows[rows.length - 1]?.id);
  }
  await sql`UPDATE mentions SET parent_id = (
      SELECT MIN(p.id) FROM mentions p
      WHERE p.workspace_id = mentions.workspace_id AND p.id <> mentions.id
        AND ((p.source_id = mentions.source_id AND 'id:' || p.external_id = mentions.parent_key)
          OR 'url:' || p.canonical_url = mentions.parent_key))
    WHERE parent_key IS NOT NULL AND parent_id IS NULL`.execute(db);

  await sql`UPDATE mentions SET sort_at = collected_at
    WHERE published_at IS NOT NULL AND (published_at < ${Date.UTC(1990, 0, 1)} OR published_at > collected_at + ${10 * 60 * 1000})`.execute(
    db,
  );
}
