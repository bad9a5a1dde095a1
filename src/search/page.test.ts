/**
 * The fast search path against the brute-force reading of the query language (testkit/query-oracle.ts), on both
 * backends: every page walked by cursor, in time and reach order, folded and not, with a cap small enough that
 * most queries take the walk, equals the exact answer; capped totals are true lower bounds and say so; the facets
 * say what they count.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MentionDraft } from '../domain/mention.js';
import { reachOf } from '../domain/reach.js';
import { draftFixture } from '../domain/testkit/draft.js';
import { generateDocument, generateQuery, seededRandom } from '../match/generate.js';
import { parseQuery } from '../match/index.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import type { SearchFilters } from '../store/queries/search.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { makeSource, makeWorkspace } from '../testing/factories.js';
import { type SearchRequest, searchPage } from './page.js';
import type { SearchSort } from './search.js';
import { oracleMatches, type PreparedMention, prepareMention } from './testkit/query-oracle.js';

interface Stored {
  id: number;
  draft: MentionDraft;
  raw: PreparedMention;
  reach: number;
  sortAt: number;
}

const QUERIES = ['华为', 'NOT 招聘', '华为 OR -招聘', '"屏幕 断裂"', '华为 NEAR/3 投诉', 'rec*', 'title:华为', '', 'car'];

describeBackends('search pages equal the exact answer', (dialect) => {
  let t: TestDatabase;
  let ws = 0;
  const stored: Stored[] = [];
  const byId = new Map<number, Stored>();

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws, { key: 'weibo' });
    const rng = seededRandom(9090);
    const at = (i: number) => Date.UTC(2026, 0, 1) + (i % 97) * 3_600_000 + i * 1000;
    const store = async (drafts: MentionDraft[]) => {
      await insertMentions(
        t.db.kysely,
        drafts.map((draft) => ({ draft, sourceId: source.id })),
      );
      const rows = await t.db.kysely.selectFrom('mentions').select(['id', 'dedupe_key']).where('workspace_id', '=', ws).execute();
      const ids = new Map(rows.map((r) => [r.dedupe_key, Number(r.id)]));
      for (const draft of drafts) {
        const m: Stored = {
          id: ids.get(draft.dedupeKey)!,
          draft,
          raw: prepareMention({
            title: [draft.title],
            text: [draft.text],
            author: [draft.author],
            source: ['weibo'],
            channel: [draft.channel],
          }),
          reach: reachOf({ reposts: null, replies: null, likes: draft.likes, followers: null }),
          sortAt: draft.collectedAt,
        };
        stored.push(m);
        byId.set(m.id, m);
      }
    };
    const draftAt = (i: number, doc: ReturnType<typeof generateDocument>, duplicateOf: number | null) =>
      draftFixture({
        workspaceId: ws,
        inboxId: i + 1,
        dedupeKey: `p${i}`,
        sourceKey: 'weibo',
        title: doc.title ?? '',
        text: doc.text ?? '',
        author: doc.author || null,
        channel: rng.pick(['news', 'social']),
        likes: rng.int(6),
        duplicateOf,
        collectedAt: at(i),
      });
    const docs = Array.from({ length: 200 }, () => generateDocument(rng));
    await store(docs.map((d, i) => draftAt(i, d, null)));
    // Copies: the same text as an original, or another text (a copy that matches when its original does not).
    const copies: MentionDraft[] = [];
    for (let i = 0; i < 80; i++) {
      const j = rng.int(40);
      const original = stored[j]!;
      copies.push(draftAt(200 + i, rng.chance(0.7) ? docs[j]! : generateDocument(rng), original.id));
    }
    await store(copies);
    // Another workspace with the same texts must change nothing.
    const foreign = await makeSource(t.db, other, { key: 'weibo' });
    await insertMentions(
      t.db.kysely,
      stored.slice(0, 120).map((m) => ({ draft: { ...m.draft, workspaceId: other, duplicateOf: null }, sourceId: foreign.id })),
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  /** The answer from the documentation: matches passing the filter, a copy left out when its original is one too. */
  function expected(query: string, filters: SearchFilters, sort: SearchSort, fold: boolean): number[] {
    const tree = query.trim() ? parseQuery(query) : null;
    const passes = (m: Stored) => (!filters.channel || m.draft.channel === filters.channel) && (!tree || oracleMatches(tree, m.raw));
    const matching = stored.filter(passes);
    const ids = new Set(matching.map((m) => m.id));
    const shown = fold ? matching.filter((m) => m.draft.duplicateOf === null || !ids.has(m.draft.duplicateOf)) : matching;
    const key = (m: Stored) => (sort === 'reach' ? m.reach : m.sortAt);
    return shown.sort((a, b) => key(b) - key(a) || b.id - a.id).map((m) => m.id);
  }

  async function walk(req: Omit<SearchRequest, 'after'>) {
    const ids: number[] = [];
    const pages = [];
    let after: [number, number] | null = null;
    do {
      const page = await searchPage(t.db.kysely, ws, { ...req, after });
      pages.push(page);
      ids.push(...page.rows.map((r) => r.id));
      after = page.next;
    } while (after && pages.length < 100);
    return { ids, first: pages[0]! };
  }

  it('walks every page by cursor to the exact answer, in time and reach order, folded or not, past a small cap', async () => {
    const rng = seededRandom(31);
    const queries = [...QUERIES, ...Array.from({ length: 5 }, () => generateQuery(rng))];
    let capped = 0;
    for (const query of queries)
      for (const sort of ['time', 'reach'] as const)
        for (const fold of [true, false])
          for (const filters of fold ? [{}, { channel: 'news' }] : [{}]) {
            const want = expected(query, filters, sort, fold);
            const got = await walk({ query, filters, sort, limit: 12, count: 'capped', fold, cap: 15 });
            const label = { query, sort, fold, filters };
            expect({ ...label, ids: got.ids }).toEqual({ ...label, ids: want });
            const { total, totalCapped, facetsBasis } = got.first;
            if (totalCapped) {
              capped++;
              expect(total, query).toBeLessThanOrEqual(want.length);
              expect(facetsBasis).toEqual({ kind: 'sample', size: total });
            } else {
              expect(total, query).toBe(want.length);
              expect(facetsBasis).toEqual({ kind: 'all', size: want.length });
            }
          }
    expect(capped).toBeGreaterThan(15);
  }, 300_000);

  it('counts exactly with count=exact and under the default cap, and the facets then count every match', async () => {
    for (const query of QUERIES) {
      const want = expected(query, {}, 'time', true);
      const exact = await searchPage(t.db.kysely, ws, {
        query,
        filters: {},
        sort: 'time',
        after: null,
        limit: 5,
        count: 'exact',
        fold: true,
        cap: 3,
      });
      expect(exact).toMatchObject({ total: want.length, totalCapped: false, facetsBasis: { kind: 'all', size: want.length } });
      expect(exact.rows.map((r) => r.id)).toEqual(want.slice(0, 5));
      const capped = await searchPage(t.db.kysely, ws, {
        query,
        filters: {},
        sort: 'time',
        after: null,
        limit: 5,
        count: 'capped',
        fold: true,
      });
      expect(capped).toMatchObject({ total: want.length, totalCapped: false });
      const channels = new Map<string, number>();
      for (const id of want) {
        const c = byId.get(id)!.draft.channel!;
        channels.set(c, (channels.get(c) ?? 0) + 1);
      }
      expect(capped.facets.channel, query).toEqual(channels);
      expect(exact.facets.channel).toEqual(channels);
    }
  });

  it('ranks by relevance within the checked set and pages it by cursor without repeats', async () => {
    const got = await walk({ query: '华为 OR 手机', filters: {}, sort: 'relevance', limit: 4, count: 'capped', fold: true, cap: 15 });
    expect(new Set(got.ids).size).toBe(got.ids.length);
    expect(got.ids.length).toBe(got.first.facetsBasis.size);
    const full = await walk({ query: '华为 OR 手机', filters: {}, sort: 'relevance', limit: 4, count: 'capped', fold: true });
    expect([...full.ids].sort((a, b) => a - b)).toEqual([...expected('华为 OR 手机', {}, 'time', true)].sort((a, b) => a - b));
  });

  it('names each row’s family and its other members', async () => {
    const page = await searchPage(t.db.kysely, ws, {
      query: '',
      filters: {},
      sort: 'time',
      after: null,
      limit: 100,
      count: 'capped',
      fold: false,
    });
    for (const r of page.rows) {
      const m = byId.get(r.id)!;
      const familyId = m.draft.duplicateOf ?? m.id;
      expect(r.familyId).toBe(familyId);
      expect(r.similar).toBe(stored.filter((x) => x.draft.duplicateOf === familyId).length);
    }
  });
});
