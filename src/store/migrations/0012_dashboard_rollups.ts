/**
 * The dashboard's rollups (`queries/dashboard-rollups.ts`): the `dashboard_rollups` table keyed by workspace, topic,
 * dimension, grain, bucket, value and sentiment; the mentions' `rolled_up` flag with a partial index of those not
 * counted yet; and the backfill that counts every mention stored before.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';
import { recordRollups } from '../queries/dashboard-rollups.js';
import type { Q } from '../queries/executor.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('mentions')
    .addColumn('rolled_up', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql.raw('CREATE INDEX mentions_not_rolled_up ON mentions (workspace_id, id) WHERE rolled_up = 0').execute(db);
  await db.schema
    .createTable('dashboard_rollups')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('topic_id', 'bigint', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('sentiment', 'text', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_rollups_pk', ['workspace_id', 'topic_id', 'dim', 'grain', 'at', 'value', 'sentiment'])
    .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`WITHOUT ROWID`) : b))
    .execute();
  const { rows } = await sql<{ id: number }>`SELECT id FROM workspaces`.execute(db);
  await recordRollups(
    db as unknown as Q,
    rows.map((r) => Number(r.id)),
  );
}
