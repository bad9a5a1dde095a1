import { connect } from '/work/wt/search/src/store/dialect.ts';
import { candidateIds } from '/work/wt/search/src/store/queries/search-index.ts';
import { sql } from '/work/main/node_modules/kysely/dist/esm/index.js';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const k = db.kysely;
const ids = await candidateIds(k, 1, { type: 'phrase', tokens: ['投', '诉'], prefix: false }, 1000);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let r = 0; r < 4; r++) {
  const t0 = cpu();
  const a = await sql`SELECT m.id, m.sort_at, m.title, m.text, m.author, m.url, m.channel, m.lang, m.region_label, m.sentiment_label, m.reach, m.duplicate_of, s.key, s.name FROM mentions m JOIN sources s ON s.id = m.source_id WHERE m.workspace_id + 0 = 1 AND m.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(k);
  const t1 = cpu();
  const b = await sql`SELECT m.id, m.title, m.text FROM mentions m WHERE m.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(k);
  const t2 = cpu();
  const c = await sql`SELECT m.id FROM mentions m WHERE m.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(k);
  const t3 = cpu();
  console.log('full json', (t1 - t0).toFixed(1), a.rows.length, 'lean', (t2 - t1).toFixed(1), 'ids', (t3 - t2).toFixed(1));
}
