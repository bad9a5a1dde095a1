import { connect } from '/work/wt/search/src/store/dialect.ts';
import { sql } from '/work/main/node_modules/kysely/dist/esm/index.js';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const k = db.kysely;
for (let round = 0; round < 3; round++) {
const t0 = performance.now();
const ids = (await sql<{id:number}>`SELECT id FROM mentions WHERE workspace_id = 1 ORDER BY sort_at DESC, id DESC LIMIT 2000`.execute(k)).rows.map(r => r.id);
const t1 = performance.now();
const r = await sql<{id:number}>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${'"美 电 蔚" OR "elpaxvor"'} AND rowid IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(k);
const t2 = performance.now();
const min = Math.min(...ids), max = Math.max(...ids);
const r2 = await sql<{id:number}>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${'"美 电 蔚" OR "elpaxvor"'} AND rowid BETWEEN ${min} AND ${max}`.execute(k);
const t3 = performance.now();
const r3 = await sql<{id:number}>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${'"美 电 蔚" OR "elpaxvor"'} ORDER BY rowid DESC LIMIT 5001`.execute(k);
const t4 = performance.now();
const r4 = await sql<{id:number}>`SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${'"投 诉"'} ORDER BY rowid DESC LIMIT 5001`.execute(k);
const t5 = performance.now();
console.log('walk2000', (t1-t0).toFixed(1), 'fts IN', r.rows.length, (t2-t1).toFixed(1), 'fts range', r2.rows.length, (t3-t2).toFixed(1), 'brand limit', r3.rows.length, (t4-t3).toFixed(1), 'broad limit', (t5-t4).toFixed(1));
}
const plan = await sql`EXPLAIN QUERY PLAN SELECT rowid AS id FROM mention_search WHERE mention_search MATCH ${'"投 诉"'} AND rowid IN (SELECT value FROM json_each(${'[1,2]'}))`.execute(k);
console.log(plan.rows);
