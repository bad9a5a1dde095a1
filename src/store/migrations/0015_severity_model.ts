/**
 * Severity settings per workspace: the stored model (`severity_models`: the model as JSON, validated by
 * `checkSeverityModel` on every write, and the follower count from which an unlisted account is a KOL) and the
 * workspace's own authority tiers (`severity_tiers`: one row per source, web domain or platform account, laid over the
 * default tier table). Workspaces that were seeded with the taxonomy before get the sensitive categories severity
 * reads (casualties, children, food and drugs, officials) added; a key they already have is left as it is.
 */
import { type Kysely, sql } from 'kysely';
import { DEFAULT_CATEGORIES, SENSITIVE_CATEGORY_KEYS } from '../../nlp/categories/defaults.js';
import { autoId, autoIdType, type DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('severity_models')
    .addColumn('workspace_id', 'bigint', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('kol_followers', 'bigint')
    .addColumn('updated_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('severity_tiers')
    .addColumn('id', autoIdType(dialect), autoId(dialect))
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // source | domain | account
    .addColumn('kind', 'text', (c) => c.notNull())
    // The normalised domain, the account name as the platform shows it, or the source id in decimal.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_id', 'bigint', (c) => c.references('sources.id').onDelete('cascade'))
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('severity_tiers_entry').on('severity_tiers').columns(['workspace_id', 'kind', 'name']).unique().execute();

  const added = DEFAULT_CATEGORIES.filter((c) => (SENSITIVE_CATEGORY_KEYS as readonly string[]).includes(c.key));
  const now = Date.now();
  for (const c of added) {
    await sql`
      INSERT INTO categories (workspace_id, key, name, query, active, created_at, updated_at)
      SELECT DISTINCT workspace_id, ${c.key}, ${c.name}, ${c.query}, 1, CAST(${now} AS bigint), CAST(${now} AS bigint) FROM categories
      WHERE workspace_id NOT IN (SELECT workspace_id FROM categories WHERE key = ${c.key})
    `.execute(db);
  }
}
