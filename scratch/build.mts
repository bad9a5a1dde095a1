import { makeWorkload } from '/work/wt/search/src/match/workload.ts';
import { draftFixture } from '/work/wt/search/src/domain/testkit/draft.ts';
import { connect } from '/work/wt/search/src/store/dialect.ts';
import { migrateToLatest } from '/work/wt/search/src/store/migrate.ts';
import { insertMentions } from '/work/wt/search/src/store/queries/mentions-write.ts';
import { sourceQueries } from '/work/wt/search/src/store/queries/sources.ts';
import { workspaceQueries } from '/work/wt/search/src/store/queries/workspaces.ts';
const mentions = Number(process.argv[3]);
const db = connect({ url: `sqlite:${process.argv[2]}`, sqliteSynchronous: 'NORMAL' });
await migrateToLatest(db);
const ws = (await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now: 0 })).id;
const source = await sourceQueries.create(db.kysely, { workspaceId: ws, key: 'bench', name: 'bench', kind: 'api', now: 0 });
const { topics, docs } = makeWorkload({ topics: 2000, items: Math.min(mentions, 100_000), seed: 20260404 });
const start = Date.UTC(2026, 0, 1);
await db.kysely.transaction().execute(async (trx) => {
  for (let from = 0; from < mentions; from += 3000) {
    const rows = [];
    for (let i = from; i < Math.min(mentions, from + 3000); i++) {
      const d = docs[(i * 7919) % docs.length]!;
      rows.push({ draft: draftFixture({ workspaceId: ws, inboxId: i + 1, dedupeKey: `b${i}`, sourceKey: 'bench', title: d.title ?? '', text: d.text ?? '', author: d.author ?? null,
        channel: ['news', 'social', 'forum'][i % 3]!, likes: i % 500, collectedAt: start + Math.floor((i / mentions) * 90 * 86_400_000) }), sourceId: source.id });
    }
    await insertMentions(trx, rows, start);
  }
});
console.log(JSON.stringify(topics.slice(0, 16).map((t) => t.query)));
await db.close();
