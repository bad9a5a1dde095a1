/**
 * Freshness: a source's own interval (null = automatic) apart from the effective one the scheduler
 * adapts, when its last new item arrived, and the decaying sums of new items and observed seconds
 * the adaptive interval learns the rate from (with the time of the pass they run to).
 * Intervals and next checks learnt by the old rule (up to 6 hours) are dropped, so every source is
 * checked at the next poll and starts from its kind's default.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const add = (column: string, type: 'bigint' | 'integer' | 'double precision') =>
    db.schema.alterTable('sources').addColumn(column, type).execute();
  await add('interval_setting', 'integer');
  await add('last_new_item_at', 'bigint');
  await add('rate_items', 'double precision');
  await add('rate_seconds', 'double precision');
  await add('rate_at', 'bigint');
  await (db as Kysely<{ sources: { interval_seconds: number | null; next_check_at: number | null } }>)
    .updateTable('sources')
    .set({ interval_seconds: null, next_check_at: null })
    .execute();
}
