/** The batch's bucket lookup on SQLite: it walks the whole (workspace, band, bucket) index, never every band row of the workspace. */
import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/backends.js';
import { bucketMembersQuery } from './duplicates.js';

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase('sqlite');
});
afterEach(async () => {
  await t.dispose();
});

it('looks buckets of many bands up through the full bucket index', async () => {
  const buckets = Array.from({ length: 16 }, (_, band) => ({ band, bucket: `k${band}` }));
  const compiled = bucketMembersQuery(t.db.kysely, 1, [...buckets, { band: -1, bucket: 'exact' }]).compile();
  const plan = await t.db.kysely.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
  );
  const onBands = plan.rows.map((r) => r.detail).find((d) => d.includes(' b '));
  expect(onBands).toContain('(workspace_id=? AND band=? AND bucket=?)');
});
