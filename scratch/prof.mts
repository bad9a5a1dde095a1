import { connect } from '/work/wt/search/src/store/dialect.ts';
import { searchPage } from '/work/wt/search/src/search/page.ts';
import { readFileSync } from 'node:fs';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const topics = JSON.parse(readFileSync('/tmp/sb/topics.json','utf8'));
const qs: [string, any, any][] = [['投诉', {}, 'time'], ['用户', {}, 'time'], ['recall*', {}, 'time'], ['质量', {channel:'news'}, 'time'], ['投诉', {}, 'reach'],
  ...topics.map((t: string) => [t, {}, 'time']), ['"手机 电池"', {}, 'time'], ['退款 NEAR/5 客服', {}, 'time'], ['lawsuit', {channel:'forum'}, 'time'], ['', {channel:'forum'}, 'time']];
for (let round = 0; round < 2; round++) for (const [q, filters, sort] of qs) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const p = await searchPage(db.kysely, 1, { query: q, filters, sort, after: null, limit: 20, count: 'capped', fold: true });
  const c = process.cpuUsage(c0); const t = performance.now() - t0;
  if (round === 1) console.log(q.slice(0, 36).padEnd(36), sort.padEnd(5), 'wall', t.toFixed(1).padStart(6), 'cpu', ((c.user + c.system) / 1000).toFixed(1).padStart(6), 'checked', p.checked, 'total', p.total, p.totalCapped ? '+' : '', p.rows.length);
}
