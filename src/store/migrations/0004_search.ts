/**
 * The full-text search index over mentions (see src/store/queries/search-index.ts for what each backend stores), and its
 * backfill for mentions stored before it existed, in batches.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createSearchIndex, type IndexItem, indexMentions } from '../queries/search-index.js';

interface Row {
  id: number;
  workspace_id: number;
  title: string;
  text: string;
  author: string | null;
  url: string | null;
  channel: string | null;
  lang: string | null;
  region_label: string | null;
  source_key: string;
}

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await createSearchIndex(db, dialect);
  let after = 0;
  for (;;) {
    const { rows } = await sql<Row>`SELECT m.id, m.workspace_id, m.title, m.text, m.author, m.url, m.channel, m.lang, m.region_label,
        s.key AS source_key FROM mentions m JOIN sources s ON s.id = m.source_id WHERE m.id > ${after} ORDER BY m.id LIMIT 2000`.execute(
      db,
    );
    if (rows.length === 0) return;
    const ids = rows.map((r) => Number(r.id));
    const tags = await sql<{ mention_id: number; value: string }>`SELECT mention_id, value FROM mention_tags
        WHERE kind = 'region' AND mention_id IN (${sql.join(ids)})`.execute(db);
    const regions = new Map<number, string[]>();
    for (const t of tags.rows) regions.set(Number(t.mention_id), [...(regions.get(Number(t.mention_id)) ?? []), t.value]);
    const items: IndexItem[] = rows.map((r) => ({
      mentionId: Number(r.id),
      workspaceId: Number(r.workspace_id),
      facts: {
        title: r.title,
        text: r.text,
        author: r.author,
        sourceKey: r.source_key,
        channel: r.channel,
        lang: r.lang,
        regionLabel: r.region_label,
        regions: regions.get(Number(r.id)) ?? [],
        url: r.url,
      },
    }));
    await indexMentions(db, items);
    after = ids[ids.length - 1]!;
  }
}
