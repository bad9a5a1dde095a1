import { connect } from '/work/wt/search/src/store/dialect.ts';
import { searchQueries } from '/work/wt/search/src/store/queries/search.ts';
import { candidateIds } from '/work/wt/search/src/store/queries/search-index.ts';
import { prefilterOf } from '/work/wt/search/src/search/prefilter.ts';
import { compileQuery, parseQuery } from '/work/wt/search/src/match/index.ts';
import { matchDocumentOf } from '/work/wt/search/src/match/mention-document.ts';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (const q of ['投诉', 'title:(叶德码 OR Sunhup) OR (叶德码 NEAR/8 召回)', '退款 NEAR/5 客服']) {
  const tree = parseQuery(q);
  for (let r = 0; r < 2; r++) {
    const a = cpu();
    const ids = await candidateIds(db.kysely, 1, prefilterOf(tree)!, 2001);
    const b = cpu();
    const rows = [];
    for (let i = 0; i < 2000; i += 1000) rows.push(...await searchQueries.rowsByIds(db.kysely, 1, {}, ids.slice(i, i + 1000)));
    const c = cpu();
    const test = compileQuery(tree);
    let n = 0; for (const x of rows) if (test(matchDocumentOf(x))) n++;
    const d = cpu();
    if (r) console.log(q, 'cand', (b - a).toFixed(1), 'rows', (c - b).toFixed(1), rows.length, 'test', (d - c).toFixed(1), n);
  }
}
