/**
 * Search == live matching == a brute-force reading of docs/query-language.md (testkit/query-oracle.ts), for
 * generated queries over generated Chinese/English mentions and the documentation's own examples
 * (testdata/edge-mentions.json), on both backends; and safe highlighting.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MentionDraft } from '../domain/mention.js';
import { draftFixture } from '../domain/testkit/draft.js';
import { generateDocument, generateQuery, seededRandom } from '../match/generate.js';
import { compileTopics, parseQuery } from '../match/index.js';
import { draftFacts, matchDocumentOf } from '../match/mention-document.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { searchQueries } from '../store/queries/search.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { makeSource, makeWorkspace } from '../testing/factories.js';
import { highlighterOf, markHtml, snippetHtml } from './highlight.js';
import { findMatches, rowsOfHits } from './search.js';
import { type OracleMention, oracleMatches, prepareMention } from './testkit/query-oracle.js';

interface EdgeMention {
  title: string;
  text: string;
  author?: string;
  lang?: string;
  url?: string;
  regionLabel?: string;
  regions?: string[];
}
const edge = JSON.parse(readFileSync(new URL('./testdata/edge-mentions.json', import.meta.url), 'utf8')) as {
  mentions: EdgeMention[];
  queries: string[];
};

/** The raw fields of a draft, as the documentation's field table names them (regions: the label and each region tag). */
function oracleMentionOf(d: MentionDraft): OracleMention {
  return {
    title: [d.title],
    text: [d.text],
    author: [d.author],
    source: [d.sourceKey],
    channel: [d.channel],
    lang: [d.lang],
    region: [d.regionLabel, ...d.tags.filter((t) => t.kind === 'region').map((t) => t.value)],
    url: [d.url],
  };
}

const FIXED = [
  'NOT 招聘',
  '华为 OR -招聘',
  'car',
  'scar',
  'rec*',
  '"iphone15"',
  '5G手机',
  'author:华为',
  'title:(华为 NEAR/2 手机)',
  'region:深圳',
  'source:forum',
  'channel:news',
  'lang:en',
];

describeBackends('search equals live matching', (dialect) => {
  let t: TestDatabase;
  let ws = 0;
  const drafts: MentionDraft[] = [];
  const idByInbox = new Map<number, number>();

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    ws = (await makeWorkspace(t.db)).id;
    const other = (await makeWorkspace(t.db)).id;
    const sources = [await makeSource(t.db, ws, { key: 'weibo' }), await makeSource(t.db, ws, { key: 'forum' })];
    const rng = seededRandom(4242);
    for (let i = 0; i < 240; i++) {
      const doc = generateDocument(rng);
      const source = sources[i % 2]!;
      drafts.push(
        draftFixture({
          workspaceId: ws,
          inboxId: i + 1,
          dedupeKey: `k${i}`,
          sourceKey: source.key,
          title: doc.title ?? '',
          text: doc.text ?? '',
          author: doc.author || null,
          channel: rng.pick(['news', 'social', null]),
          lang: rng.pick(['zh', 'zh-Hant', 'en', null]),
          regionLabel: rng.chance(0.3) ? '广东省深圳市' : null,
          tags: rng.chance(0.3) ? [{ kind: 'region', value: rng.pick(['深圳', '北京']) }] : [],
          collectedAt: Date.UTC(2026, 0, 1) + i * 60_000,
        }),
      );
    }
    for (const [j, m] of edge.mentions.entries()) {
      const i = drafts.length;
      drafts.push(
        draftFixture({
          workspaceId: ws,
          inboxId: i + 1,
          dedupeKey: `k${i}`,
          sourceKey: sources[i % 2]!.key,
          title: m.title,
          text: m.text,
          author: m.author ?? null,
          lang: m.lang ?? null,
          url: m.url ?? null,
          regionLabel: m.regionLabel ?? null,
          tags: (m.regions ?? []).map((value) => ({ kind: 'region', value })),
          collectedAt: Date.UTC(2026, 0, 2) + j * 60_000,
        }),
      );
    }
    const stored = await insertMentions(
      t.db.kysely,
      drafts.map((d, i) => ({ draft: d, sourceId: sources[i % 2]!.id })),
    );
    expect(stored).toHaveLength(drafts.length);
    const rows = await t.db.kysely.selectFrom('mentions').select(['id', 'inbox_id']).where('workspace_id', '=', ws).execute();
    for (const r of rows) idByInbox.set(Number(r.inbox_id), Number(r.id));
    // Another workspace's mentions with the same texts must never show up.
    const foreign = await makeSource(t.db, other, { key: 'weibo' });
    await insertMentions(
      t.db.kysely,
      drafts.slice(0, 50).map((d) => ({ draft: { ...d, workspaceId: other }, sourceId: foreign.id })),
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('returns exactly the ids live matching tags and the oracle finds, for 150 generated queries and the edge cases', async () => {
    const rng = seededRandom(77);
    const queries = [...FIXED, ...edge.queries, ...Array.from({ length: 150 }, () => generateQuery(rng))];
    const matcher = compileTopics(queries.map((query, id) => ({ id, query })));
    expect(matcher.errors).toEqual([]);
    const live = queries.map(() => [] as number[]);
    for (const d of drafts) for (const id of matcher.match(matchDocumentOf(draftFacts(d)))) live[id]!.push(idByInbox.get(d.inboxId)!);
    const mentions = drafts.map((d) => ({ id: idByInbox.get(d.inboxId)!, raw: prepareMention(oracleMentionOf(d)) }));
    let nonEmpty = 0;
    for (const [i, query] of queries.entries()) {
      const tree = parseQuery(query);
      const oracle = mentions.filter((m) => oracleMatches(tree, m.raw)).map((m) => m.id);
      const found = (await findMatches(t.db.kysely, ws, query, {})).hits.map((h) => h.id);
      const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
      expect({ query, search: sorted(found) }).toEqual({ query, search: sorted(oracle) });
      expect({ query, live: sorted(live[i]!) }).toEqual({ query, live: sorted(oracle) });
      if (found.length > 0 && found.length < drafts.length) nonEmpty++;
    }
    // The generated queries must actually discriminate, or the property says little.
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('counts labels the same way for small and large id lists', async () => {
    const ids = [...idByInbox.values()];
    const small = await searchQueries.countLabels(t.db.kysely, ws, 'region', ids);
    expect(small.size).toBeGreaterThan(0);
    const padded = [...ids, ...Array.from({ length: 5000 }, (_, i) => 10_000_000 + i)];
    expect(await searchQueries.countLabels(t.db.kysely, ws, 'region', padded)).toEqual(small);
  });

  it('pre-selects with the index: an anchored query looks at far fewer rows than it would scan', async () => {
    const set = await findMatches(t.db.kysely, ws, 'title:(华为 NEAR/2 手机)', {});
    expect(set.candidates).toBeLessThan(drafts.length);
    expect(set.hits.length).toBeGreaterThan(0);
  });

  it('applies filters after matching (source, time range, region tag or label, lang prefix)', async () => {
    const all = (await findMatches(t.db.kysely, ws, '华为', {})).hits;
    const forum = (await findMatches(t.db.kysely, ws, '华为', { source: 'forum' })).hits;
    expect(forum.length).toBeGreaterThan(0);
    expect(forum.every((h) => h.sourceKey === 'forum')).toBe(true);
    const from = Date.UTC(2026, 0, 1) + 100 * 60_000;
    const ranged = (await findMatches(t.db.kysely, ws, '华为', { from })).hits;
    expect(ranged.length).toBe(all.filter((h) => h.sortAt >= from).length);
    const zh = (await findMatches(t.db.kysely, ws, null, { lang: 'zh' })).hits;
    expect(zh.length).toBe(drafts.filter((d) => d.lang?.startsWith('zh')).length);
    const sz = (await findMatches(t.db.kysely, ws, null, { region: '深圳' })).hits;
    expect(sz.length).toBe(drafts.filter((d) => d.tags.some((x) => x.value === '深圳')).length);
  });
});

describeBackends('search highlighting', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('escapes script and attribute payloads in snippets while still marking matches', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws, { key: 'evil' });
    const text = '华为<script>alert("x")</script> 手机 " onmouseover="alert(1) <img src=x onerror=alert(2)> 華為 & \'q\'';
    await insertMentions(t.db.kysely, [
      {
        draft: draftFixture({ workspaceId: ws, inboxId: 1, dedupeKey: 'e1', sourceKey: 'evil', title: '<b>华为</b>', text }),
        sourceId: source.id,
      },
    ]);
    const set = await findMatches(t.db.kysely, ws, '华为 OR script OR onerror', {});
    expect(set.hits).toHaveLength(1);
    const [row] = await rowsOfHits(t.db.kysely, ws, set.hits);
    const hl = highlighterOf(set.tree);
    const hit = {
      titleHtml: markHtml(row!.title, hl.spans('title', row!.title)),
      snippetHtml: snippetHtml(row!.text, hl.spans('text', row!.text)),
    };
    const html = `${hit.titleHtml}${hit.snippetHtml}`;
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).not.toContain('"');
    expect(hit.titleHtml).toBe('&lt;b&gt;<mark>华为</mark>&lt;/b&gt;');
    expect(hit.snippetHtml).toContain('<mark>華為</mark>');
    expect(hit.snippetHtml).toContain('&lt;<mark>script</mark>&gt;');
    expect(hit.snippetHtml).toContain('<mark>onerror</mark>=alert(2)&gt;');
    expect(hit.snippetHtml).toContain('&quot; onmouseover=&quot;alert(1)');
  });
});

describeBackends('search in long documents', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('finds a phrase past 16,383 units and after a character repeated 300 times (PostgreSQL stores it without positions)', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const source = await makeSource(t.db, ws, { key: 'long' });
    const text = `${'的'.repeat(300)}${'字'.repeat(17_000)}屏幕断裂 new york`;
    await insertMentions(t.db.kysely, [
      { draft: draftFixture({ workspaceId: ws, inboxId: 1, dedupeKey: 'l1', sourceKey: 'long', text }), sourceId: source.id },
    ]);
    for (const q of ['"屏幕 断裂"', '"new york"', '的 NEAR/0 字', 'york -"york new"'])
      expect((await findMatches(t.db.kysely, ws, q, {})).hits, q).toHaveLength(1);
    expect((await findMatches(t.db.kysely, ws, '"断裂 屏幕"', {})).hits).toHaveLength(0);
  });
});

it('cuts snippets around the first match without splitting a surrogate pair', () => {
  const text = `${'😀'.repeat(100)}华为${'字'.repeat(300)}`;
  const hl = highlighterOf(parseQuery('华为'));
  const html = snippetHtml(text, hl.spans('text', text), 60);
  expect(html).toContain('<mark>华为</mark>');
  expect(html.startsWith('…')).toBe(true);
  expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
});
