/**
 * Prefix queries against the full-text index find every stored term's rows: a prefix of a few terms (asked on
 * SQLite as the OR of them), of many (left a prefix), of a term first stored after earlier searches, and of none.
 */
import { beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeWorkspace } from '../../testing/factories.js';
import { insertMentions } from './mentions-write.js';
import { candidateIds, type IndexQuery } from './search-index.js';

const prefix = (token: string): IndexQuery => ({ type: 'phrase', tokens: [token], prefix: true, columns: ['title', 'text'] });

describeBackends('search index prefixes', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let sourceId: number;
  let next = 1;
  const store = async (texts: string[]) => {
    const drafts = texts.map((text) => {
      const i = next++;
      return { draft: draftFixture({ workspaceId: ws, inboxId: i, dedupeKey: `p${i}`, title: 'x', text }), sourceId };
    });
    await insertMentions(t.db.kysely, drafts);
    const rows = await t.db.kysely.selectFrom('mentions').select(['id', 'text']).where('workspace_id', '=', ws).execute();
    return new Map(rows.map((r) => [r.text, Number(r.id)]));
  };

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    ws = (await makeWorkspace(t.db)).id;
    sourceId = (await makeSource(t.db, ws)).id;
    return () => t.dispose();
  });

  it('finds the rows of every term a prefix covers, few or many, including terms stored later', async () => {
    // 70 distinct words starting with `recall` (more than a prefix is expanded into), and other words.
    const words = Array.from({ length: 70 }, (_, i) => `recall${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
    let ids = await store([...words.map((w) => `the ${w} news`), 'recalled phones', 'call back', 'recal']);
    const idsOf = (pred: (text: string) => boolean) =>
      [...ids]
        .filter(([text]) => pred(text))
        .map(([, id]) => id)
        .sort((a, b) => b - a);
    expect(await candidateIds(t.db.kysely, ws, prefix('recall'))).toEqual(idsOf((s) => /\brecall/.test(s)));
    expect(await candidateIds(t.db.kysely, ws, prefix('recalle'))).toEqual(idsOf((s) => /\brecalle/.test(s)));
    expect(await candidateIds(t.db.kysely, ws, prefix('recallz'))).toEqual(idsOf((s) => /recallz/.test(s)));
    expect(await candidateIds(t.db.kysely, ws, prefix('recalq'))).toEqual([]);
    ids = await store(['the recallzz again', 'recalqx late']);
    expect(await candidateIds(t.db.kysely, ws, prefix('recalle'))).toEqual(idsOf((s) => /\brecalle/.test(s)));
    expect(await candidateIds(t.db.kysely, ws, prefix('recalq'))).toEqual(idsOf((s) => /\brecalq/.test(s)));
    expect(await candidateIds(t.db.kysely, ws, prefix('recallz'))).toEqual(idsOf((s) => /\brecallz/.test(s)));
    expect(idsOf((s) => /\brecalq/.test(s))).toHaveLength(1);
    expect(idsOf((s) => /\brecallz/.test(s))).toHaveLength(3);
  });
});
