/**
 * Events (舆情事件, `queries/events*.ts`): the `events` table (per workspace, numbered within it; title and the
 * analyst's title, status, computed severity with its factors and history, the analyst's override, counts, first and
 * last times, origin, and the open event's centroid terms clustering needs); each workspace's clustering state
 * (`event_state`: the last mention seen, the next event number, the stream's term frequencies, a version bumped by
 * every write so a worker knows its copy is current); the analysts' corrections (`event_corrections`) and the
 * assignments they pinned (`event_pins`); the mentions' `event_id` and `severity` (high-risk mentions' level 1–4),
 * with the index of an event's mentions in time order and the partial index of mentions not clustered yet.
 */
import { type Kysely, sql } from 'kysely';
import { autoId, autoIdType, type DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('mentions').addColumn('event_id', 'bigint').execute();
  await db.schema.alterTable('mentions').addColumn('severity', 'integer').execute();
  await db.schema.createIndex('mentions_event').on('mentions').columns(['workspace_id', 'event_id', 'published_at']).execute();
  await sql.raw('CREATE INDEX mentions_unclustered ON mentions (workspace_id, id) WHERE event_id IS NULL').execute(db);
  await sql.raw('CREATE INDEX mentions_severity ON mentions (workspace_id, severity, sort_at) WHERE severity IS NOT NULL').execute(db);

  await db.schema
    .createTable('events')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', 'bigint', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_set', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into', 'bigint')
    .addColumn('mention_count', 'integer', (c) => c.notNull())
    .addColumn('last_hour', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_at', 'bigint', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addColumn('origin_mention_id', 'bigint')
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('severity_level', 'integer')
    .addColumn('severity_score', 'real')
    .addColumn('severity_factors', 'text')
    .addColumn('severity_history', 'text', (c) => c.notNull())
    .addColumn('shown_level', 'integer')
    .addColumn('override_level', 'integer')
    .addColumn('override_reason', 'text')
    .addColumn('override_by', 'bigint')
    .addColumn('override_at', 'bigint')
    .addColumn('described_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('described_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('events_workspace_last').on('events').columns(['workspace_id', 'last_at']).execute();
  await db.schema.createIndex('events_workspace_open').on('events').columns(['workspace_id', 'open']).execute();

  await db.schema
    .createTable('event_state')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('last_mention_id', 'bigint', (c) => c.notNull())
    .addColumn('next_event', 'bigint', (c) => c.notNull())
    .addColumn('docs', 'real', (c) => c.notNull())
    .addColumn('df', 'text', (c) => c.notNull())
    .addColumn('df_docs', 'real', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('since_pass', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('event_corrections')
    .addColumn('id', autoIdType(dialect), autoId(dialect))
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('event_id', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'bigint')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_corrections_event').on('event_corrections').columns(['workspace_id', 'event_id', 'id']).execute();

  await db.schema
    .createTable('event_pins')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('mention_id', 'bigint', (c) => c.notNull())
    .addColumn('event_id', 'bigint', (c) => c.notNull())
    .addColumn('correction_id', 'bigint', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_pins_pk', ['workspace_id', 'mention_id'])
    .execute();
}
