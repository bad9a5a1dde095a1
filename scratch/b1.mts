import { benchSearch } from '/work/wt/search/src/search/bench.ts';
console.log(JSON.stringify(await benchSearch({ mentions: Number(process.argv[2] ?? 100000), rounds: 2 })));
