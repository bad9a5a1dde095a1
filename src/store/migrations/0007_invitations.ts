/**
 * Usernames that cannot impersonate one another, and invitations across workspaces.
 *
 * Users get a folded key and a look-alike skeleton (`domain/usernames.ts`), each unique. Existing
 * names are filled in id order; a later name that folds onto an earlier one keeps working (it
 * still signs in by its exact name) but holds neither value, so no new name can take them either.
 * Invitations are addressed to a folded name and answered by the user who holds it.
 */
import { type Kysely, sql } from 'kysely';
import { usernameKey, usernameSkeleton } from '../../domain/usernames.js';
import { autoId, autoIdType, type DialectName } from '../dialect.js';

interface UserRow {
  id: number | string;
  username: string;
}

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('users').addColumn('username_key', 'text').execute();
  await db.schema.alterTable('users').addColumn('username_skeleton', 'text').execute();

  const users = await sql<UserRow>`SELECT id, username FROM users ORDER BY id`.execute(db);
  const keys = new Set<string>();
  const skeletons = new Set<string>();
  for (const user of users.rows) {
    const key = usernameKey(user.username);
    const skeleton = usernameSkeleton(user.username);
    if (keys.has(key) || skeletons.has(skeleton)) continue;
    keys.add(key);
    skeletons.add(skeleton);
    await sql`UPDATE users SET username_key = ${key}, username_skeleton = ${skeleton} WHERE id = ${user.id}`.execute(db);
  }
  // (PostgreSQL already calls the unique constraint on `username` users_username_key.)
  await db.schema.createIndex('users_folded_username').on('users').column('username_key').unique().execute();
  await db.schema.createIndex('users_username_shape').on('users').column('username_skeleton').unique().execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', autoIdType(dialect), autoId(dialect))
    .addColumn('workspace_id', 'bigint', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('invitee_key', 'text', (c) => c.notNull())
    .addColumn('invitee_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department_id', 'bigint', (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('invited_by', 'bigint', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('answered_at', 'bigint')
    .execute();
  // One pending invitation per name and workspace; answered ones stay as history.
  await sql`CREATE UNIQUE INDEX invitations_pending ON invitations (workspace_id, invitee_key) WHERE status = 'pending'`.execute(db);
  await db.schema.createIndex('invitations_invitee').on('invitations').columns(['invitee_key', 'status']).execute();
}
