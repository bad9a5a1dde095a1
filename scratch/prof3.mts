import { connect } from '/work/wt/search/src/store/dialect.ts';
import { searchPage } from '/work/wt/search/src/search/page.ts';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const q = process.argv[3];
for (let i = 0; i < 30; i++) await searchPage(db.kysely, 1, { query: q, filters: {}, sort: 'time', after: null, limit: 20, count: 'capped', fold: true });
