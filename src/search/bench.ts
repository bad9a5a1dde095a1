/**
 * Search latency on SQLite: p50/p95 of 20 representative queries (the workload's brand topics plus common
 * single terms, a phrase, a NEAR and a wildcard) over `mentions` stored mentions, each query answered as the API
 * does (match set, first page of 20 by time, snippets, facets). The mentions are written in one transaction from
 * a pool of 100,000 generated mixed Chinese/English items spread over 90 days. Wired into `bin/yuqing bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftFixture } from '../domain/testkit/draft.js';
import { makeWorkload } from '../match/workload.js';
import { connect } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { sourceQueries } from '../store/queries/sources.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import { countFacets } from './facets.js';
import { highlighterOf, snippetHtml } from './highlight.js';
import { findMatches, pageOf, rowsOfHits } from './search.js';

export interface SearchBench {
  mentions: number;
  buildSeconds: number;
  p50Ms: number;
  p95Ms: number;
  /** Average rows the post-filter examined and average matches, per query. */
  avgCandidates: number;
  avgMatches: number;
}

const EXTRA = ['投诉', '"屏幕 断裂"', '退款 NEAR/5 客服', 'recall*'];

export async function benchSearch({ mentions = 1_000_000, rounds = 3 } = {}): Promise<SearchBench> {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-search-bench-'));
  const db = connect({ url: `sqlite:${join(dir, 'bench.db')}`, sqliteSynchronous: 'NORMAL' });
  try {
    await migrateToLatest(db);
    const ws = (await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now: 0 })).id;
    const source = await sourceQueries.create(db.kysely, { workspaceId: ws, key: 'bench', name: 'bench', kind: 'api', now: 0 });
    const { topics, docs } = makeWorkload({ topics: 2000, items: Math.min(mentions, 100_000), seed: 20260404 });
    const start = Date.UTC(2026, 0, 1);
    const t0 = performance.now();
    await db.kysely.transaction().execute(async (trx) => {
      for (let from = 0; from < mentions; from += 3000) {
        const rows = [];
        for (let i = from; i < Math.min(mentions, from + 3000); i++) {
          const d = docs[(i * 7919) % docs.length]!;
          const draft = draftFixture({
            workspaceId: ws,
            inboxId: i + 1,
            dedupeKey: `b${i}`,
            sourceKey: 'bench',
            title: d.title ?? '',
            text: d.text ?? '',
            author: d.author ?? null,
            channel: ['news', 'social', 'forum'][i % 3]!,
            likes: i % 500,
            collectedAt: start + Math.floor((i / mentions) * 90 * 86_400_000),
          });
          rows.push({ draft, sourceId: source.id });
        }
        await insertMentions(trx, rows, start);
      }
    });
    const buildSeconds = (performance.now() - t0) / 1000;

    const queries = [...topics.slice(0, 16).map((t) => t.query), ...EXTRA];
    const times: number[] = [];
    let candidates = 0;
    let matches = 0;
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        const q0 = performance.now();
        const set = await findMatches(db.kysely, ws, query, {});
        const hl = highlighterOf(set.tree);
        for (const r of await rowsOfHits(db.kysely, ws, pageOf(set.hits, 'time', null, 20).slice(0, 20)))
          snippetHtml(r.text, hl.spans('text', r.text));
        await countFacets(db.kysely, ws, set.hits);
        if (r > 0 || rounds === 1) {
          times.push(performance.now() - q0);
          candidates += set.candidates;
          matches += set.hits.length;
        }
      }
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;
    return {
      mentions,
      buildSeconds: Math.round(buildSeconds * 10) / 10,
      p50Ms: pct(0.5),
      p95Ms: pct(0.95),
      avgCandidates: Math.round(candidates / times.length),
      avgMatches: Math.round(matches / times.length),
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
