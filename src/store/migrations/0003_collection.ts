/**
 * Collection: what each source remembers between passes (validators and cursor), its schedule,
 * its health in plain words, and a lease so only one process collects a source at a time.
 * Items per day are counted from mentions by source, so an index serves that count.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const add = (column: string, type: 'text' | 'bigint' | 'integer', notNullDefault?: string | number) =>
    db.schema
      .alterTable('sources')
      .addColumn(column, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
      .execute();
  await add('state', 'text', '{}');
  await add('interval_seconds', 'integer');
  await add('next_check_at', 'bigint');
  await add('last_attempt_at', 'bigint');
  await add('last_success_at', 'bigint');
  await add('last_error', 'text');
  await add('last_note', 'text');
  await add('last_item_count', 'integer', 0);
  await add('consecutive_failures', 'integer', 0);
  await add('lease_owner', 'text');
  await add('lease_until', 'bigint');
  await db.schema.createIndex('sources_due').on('sources').columns(['active', 'next_check_at']).execute();
  await db.schema.createIndex('mentions_source_collected').on('mentions').columns(['source_id', 'collected_at']).execute();
}
