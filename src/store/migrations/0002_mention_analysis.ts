/**
 * What analysis adds to a mention: channel and platform facts from collection, sentiment,
 * the original a copy points to, topics matched, and labels (categories, regions, entities,
 * keywords, emotions) kept as rows so search can filter and count them on both backends.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const add = (column: string, type: 'text' | 'bigint' | 'integer' | 'double precision', notNullDefault?: string | number) =>
    db.schema
      .alterTable('mentions')
      .addColumn(column, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
      .execute();
  await add('channel', 'text');
  await add('platform', 'text');
  await add('author_followers', 'bigint');
  await add('region_label', 'text');
  await add('sentiment_label', 'text');
  await add('sentiment_score', 'double precision');
  await add('sentiment_corrected', 'integer', 0);
  await add('duplicate_of', 'bigint');
  await add('parent_id', 'bigint');
  await add('analysis', 'text', '{}');
  await db.schema.createIndex('mentions_workspace_duplicate').on('mentions').columns(['workspace_id', 'duplicate_of']).execute();

  await db.schema
    .createTable('mention_topics')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('mention_id', 'bigint', (c) => c.notNull().references('mentions.id').onDelete('cascade'))
    .addColumn('topic_id', 'bigint', (c) => c.notNull().references('topics.id').onDelete('cascade'))
    .addColumn('matched_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_topics_pk', ['mention_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('mention_topics_topic').on('mention_topics').columns(['workspace_id', 'topic_id', 'mention_id']).execute();

  await db.schema
    .createTable('mention_tags')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('mention_id', 'bigint', (c) => c.notNull().references('mentions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_tags_pk', ['mention_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('mention_tags_value').on('mention_tags').columns(['workspace_id', 'kind', 'value', 'mention_id']).execute();
}
