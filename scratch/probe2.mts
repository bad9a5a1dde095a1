import { connect } from '/work/wt/search/src/store/dialect.ts';
import { candidateIds } from '/work/wt/search/src/store/queries/search-index.ts';
import { prefilterOf } from '/work/wt/search/src/search/prefilter.ts';
import { compileQuery, parseQuery } from '/work/wt/search/src/match/index.ts';
import { sql } from '/work/main/node_modules/kysely/dist/esm/index.js';
const db = connect({ url: `sqlite:${process.argv[2]}` });
for (const q of ['投诉', 'recall*', '(美电蔚 OR Elpaxvor OR 美電蔚) -广告 -招聘']) {
  const tree = parseQuery(q);
  const ids = (await candidateIds(db.kysely, 1, prefilterOf(tree)!)).slice(0, 10000);
  for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  const rows: {id:number,title:string,text:string}[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const r = await sql<{id:number,title:string,text:string}>`SELECT id, title, text FROM mentions WHERE id IN (${sql.join(ids.slice(i,i+1000))})`.execute(db.kysely);
    rows.push(...r.rows);
  }
  const t1 = performance.now();
  const test = compileQuery(tree);
  let n = 0;
  for (const x of rows) if (test({ title: x.title, text: x.text })) n++;
  const t2 = performance.now();
  const t3a = performance.now();
  const r2 = await sql<{id:number}>`SELECT id FROM mentions WHERE workspace_id = 1 ORDER BY sort_at DESC, id DESC LIMIT 10000`.execute(db.kysely);
  const t3 = performance.now();
  console.log(q, rows.length, 'fetch', (t1-t0).toFixed(1), 'test', (t2-t1).toFixed(1), n, 'scan ids', (t3-t3a).toFixed(1), 'avg len', Math.round(rows.reduce((a,r)=>a+r.text.length,0)/rows.length));
  }
}
