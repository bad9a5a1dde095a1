/**
 * Faster dashboard top lists and stored burst signals. The rollups gain channel rows per day and day, week and
 * four-week rows of every dimension (`queries/dashboard-grains.ts`), built here from the existing hourly and daily
 * rows, and an index on the count so a bucket's most frequent values are read first. `signals` holds the spikes the
 * burst detector found per topic (`queries/signals.ts`), `signal_states` each topic's detector state and the hour it
 * has read up to.
 */
import { type Kysely, sql } from 'kysely';
import { autoId, autoIdType, type DialectName } from '../dialect.js';

const DAY = 86_400_000;
const BASE = 4 * DAY;

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const cols = 'workspace_id, topic_id, dim, grain, at, value, sentiment, n';
  // 0012's backfill, run on a new database with today's code, already wrote them; rebuilt either way.
  await sql.raw(`DELETE FROM dashboard_rollups WHERE grain IN ('w', 'M') OR (grain = 'd' AND dim = 'channel')`).execute(db);
  await sql
    .raw(
      `INSERT INTO dashboard_rollups (${cols})
       SELECT workspace_id, topic_id, 'channel', 'd', (at / ${DAY}) * ${DAY}, value, '', SUM(n) FROM dashboard_rollups
       WHERE dim = 'channel' AND grain = 'h' GROUP BY workspace_id, topic_id, (at / ${DAY}) * ${DAY}, value`,
    )
    .execute(db);
  for (const [grain, len] of [
    ['w', 7 * DAY],
    ['M', 28 * DAY],
  ] as const) {
    const start = `${BASE} + ((at - ${BASE}) / ${len}) * ${len}`;
    await sql
      .raw(
        `INSERT INTO dashboard_rollups (${cols})
         SELECT workspace_id, topic_id, dim, '${grain}', ${start}, value, sentiment, SUM(n) FROM dashboard_rollups
         WHERE grain = 'd' GROUP BY workspace_id, topic_id, dim, ${start}, value, sentiment`,
      )
      .execute(db);
  }
  await sql.raw('CREATE INDEX dashboard_rollups_by_count ON dashboard_rollups (workspace_id, topic_id, dim, grain, at, n)').execute(db);

  await db.schema
    .createTable('signals')
    .addColumn('id', autoIdType(dialect), autoId(dialect))
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('topic_id', 'bigint', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('event_id', 'bigint')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('window_ms', 'bigint', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('signals_topic_at', ['workspace_id', 'topic_id', 'at'])
    .execute();
  await sql.raw('CREATE INDEX signals_by_time ON signals (workspace_id, at)').execute(db);
  await db.schema
    .createTable('signal_states')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('topic_id', 'bigint', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('through', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signal_states_pk', ['workspace_id', 'topic_id'])
    .execute();
}
