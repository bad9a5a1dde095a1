/** The rollups step while batches keep coming, and the burst signals that only read whole hours (both backends). */
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeMention, makeSource, makeWorkspace } from '../../testing/factories.js';
import { dashboardRollups, rolledUpAt } from './rollups-step.js';

const T0 = Date.UTC(2026, 2, 1, 8);

describeBackends('rollups step', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const uncounted = async (ws: number) => {
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM mentions WHERE workspace_id = ${ws} AND rolled_up = 0`.execute(
      t.db.kysely,
    );
    return Number(r.rows[0]?.n);
  };
  const run = (ws: number, now: number) => dashboardRollups.run([ws], { db: t.db, now: () => now, logger: silentLogger });

  it('counts many batches at once while the inbox is busy, and always the batch that empties it', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const src = (await makeSource(t.db, ws)).id;
    await makeMention(t.db, ws, src, { sortAt: T0 });
    await run(ws, T0);
    expect(await uncounted(ws)).toBe(0);
    expect(rolledUpAt(t.db, ws, T0)).toBe(true);

    // More batches are coming: a second batch 2 s later waits; 10 s after the last count it is counted.
    await acceptItems(t.db, { workspaceId: ws, origin: 'test', items: [{ ref: 0, raw: { source: 'weibo', text: '还在排队的一条' } }] });
    await makeMention(t.db, ws, src, { sortAt: T0 + 1000 });
    await run(ws, T0 + 2000);
    expect(await uncounted(ws)).toBe(1);
    expect(rolledUpAt(t.db, ws, T0 + 2000)).toBe(false);
    await run(ws, T0 + 10_000);
    expect(await uncounted(ws)).toBe(0);

    // The inbox emptied: counted at once.
    await t.db.kysely.updateTable('inbox').set({ status: 'done' }).execute();
    await makeMention(t.db, ws, src, { sortAt: T0 + 11_000 });
    await run(ws, T0 + 11_000);
    expect(await uncounted(ws)).toBe(0);
  });
});
