/** A `.json` file written as one line holding an array of items: each bad item reported by its record index, on both backends. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedWorkspace } from '../pipeline/testkit/seed.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { describeProblem, importFile, type LineProblem } from './import-file.js';

const fixture = new URL('testdata/one-line-array.json', import.meta.url).pathname;

describeBackends('import of a one-line JSON array', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('accepts the good items and names each bad one as record N (line 1)', async () => {
    const problems: LineProblem[] = [];
    const summary = await importFile(
      t.db,
      { path: fixture, format: 'jsonl', workspaceId: ws, batchSize: 500 },
      { ack: () => {}, rejected: (p) => problems.push(p), warning: () => {} },
    );
    expect(summary).toMatchObject({ lines: 1, accepted: 2, rejected: 2 });
    expect(problems.map(describeProblem)).toEqual([
      'record 2 (line 1): url: expected an http(s) URL',
      'record 4 (line 1): text: an item needs a title or a text',
    ]);
    const payloads = (await t.db.kysely.selectFrom('inbox').select('payload').orderBy('id').execute()).map((r) => JSON.parse(r.payload));
    expect(payloads.map((p) => [p.externalId, p.engagement ?? null])).toEqual([
      ['a1', null],
      ['a3', { collects: 3 }],
    ]);
  });
});
