/**
 * Enrichment tables: the per-workspace user dictionary and category taxonomy (issue 5a), and
 * for sentiment and duplicates (issue 5b) analysts' sentiment corrections and MinHash LSH bands.
 */
import type { Kysely } from 'kysely';
import { autoId, autoIdType, type DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const id = autoIdType(dialect);
  const pk = autoId(dialect);

  await db.schema
    .createTable('user_dictionary')
    .addColumn('id', id, pk)
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('pos', 'text', (c) => c.notNull().defaultTo('nz'))
    .addColumn('weight', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('user_dictionary_workspace_word', ['workspace_id', 'word'])
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('id', id, pk)
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('categories_workspace_key', ['workspace_id', 'key'])
    .execute();

  await db.schema
    .createTable('sentiment_corrections')
    .addColumn('id', id, pk)
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('mention_id', 'bigint', (c) => c.notNull().references('mentions.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('user_id', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sentiment_corrections_mention')
    .on('sentiment_corrections')
    .columns(['workspace_id', 'mention_id'])
    .execute();

  await db.schema
    .createTable('mention_minhash_bands')
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('mention_id', 'bigint', (c) => c.notNull().references('mentions.id').onDelete('cascade'))
    .addColumn('sort_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mention_minhash_bands_bucket')
    .on('mention_minhash_bands')
    .columns(['workspace_id', 'band', 'bucket'])
    .execute();
  await db.schema.createIndex('mention_minhash_bands_mention').on('mention_minhash_bands').column('mention_id').execute();
}
