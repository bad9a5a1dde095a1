import { connect } from '/work/wt/search/src/store/dialect.ts';
import { searchQueries } from '/work/wt/search/src/store/queries/search.ts';
import { candidateIds, candidatesAmong } from '/work/wt/search/src/store/queries/search-index.ts';
import { countFacets } from '/work/wt/search/src/search/facets.ts';
import { sql } from '/work/main/node_modules/kysely/dist/esm/index.js';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const k = db.kysely;
const f = { type: 'phrase', tokens: ['投', '诉'], prefix: false } as const;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let r = 0; r < 3; r++) {
  const t0 = cpu();
  const ids = await candidateIds(k, 1, f, 1001);
  const t1 = cpu();
  const rows = await searchQueries.rowsByIds(k, 1, {}, ids.slice(0, 1000), false);
  const t2 = cpu();
  const w = await searchQueries.walk(k, 1, {}, 'time', null, 128);
  const t3 = cpu();
  const among = await candidatesAmong(k, 1, f, w.map((x) => x.id));
  const t4 = cpu();
  await countFacets(k, 1, rows.map((r) => ({ ...r, score: 0 })));
  const t5 = cpu();
  console.log('cand', (t1 - t0).toFixed(1), 'rows', (t2 - t1).toFixed(1), 'walk', (t3 - t2).toFixed(1), 'among', (t4 - t3).toFixed(1), among?.size, 'facets', (t5 - t4).toFixed(1));
}
const plan = await sql`EXPLAIN QUERY PLAN SELECT rowid FROM mention_search WHERE mention_search MATCH ${'"ω1" AND "投 诉"'} ORDER BY rowid DESC LIMIT 1001`.execute(k);
console.log(plan.rows.map((r: any) => r.detail));
