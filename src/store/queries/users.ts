/**
 * Users: accounts that sign in. Global (not workspace-owned); access comes from memberships.
 * Names are stored in NFKC form with their folded key and look-alike skeleton, both unique, so
 * `ADMIN` or Cyrillic `аdmin` cannot be created beside `admin` (a unique violation).
 */
import type { Selectable } from 'kysely';
import { normalizeUsername, usernameKey, usernameSkeleton } from '../../domain/usernames.js';
import type { UsersTable } from '../schema.js';
import type { Q } from './executor.js';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  isSuperadmin: boolean;
  disabled: boolean;
  createdAt: number;
}

export interface NewUser {
  username: string;
  displayName?: string;
  email?: string | null;
  passwordHash: string;
  isSuperadmin?: boolean;
  now: number;
}

function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: Number(row.id),
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    isSuperadmin: row.is_superadmin === 1,
    disabled: row.disabled === 1,
    createdAt: Number(row.created_at),
  };
}

export const userQueries = {
  async byId(q: Q, id: number): Promise<UserRecord | undefined> {
    const row = await q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  },

  /** The user with the stored password hash, for signing in: by exact name, else by folded name (`Admin` finds `admin`). */
  async credentialsByUsername(q: Q, username: string): Promise<{ user: UserRecord; passwordHash: string } | undefined> {
    const exact = await q.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    const row = exact ?? (await q.selectFrom('users').selectAll().where('username_key', '=', usernameKey(username)).executeTakeFirst());
    return row && { user: toUser(row), passwordHash: row.password_hash };
  },

  async byUsername(q: Q, username: string): Promise<UserRecord | undefined> {
    return (await userQueries.credentialsByUsername(q, username))?.user;
  },

  async create(q: Q, u: NewUser): Promise<UserRecord> {
    const row = await q
      .insertInto('users')
      .values({
        username: normalizeUsername(u.username),
        username_key: usernameKey(u.username),
        username_skeleton: usernameSkeleton(u.username),
        display_name: u.displayName ?? u.username,
        email: u.email ?? null,
        password_hash: u.passwordHash,
        is_superadmin: u.isSuperadmin ? 1 : 0,
        disabled: 0,
        created_at: u.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  },

  async list(q: Q): Promise<UserRecord[]> {
    const rows = await q.selectFrom('users').selectAll().orderBy('id').execute();
    return rows.map(toUser);
  },

  async count(q: Q): Promise<number> {
    const row = await q
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** The folded name invitations are addressed to, or null for an old name that folded onto an earlier one. */
  async keyOf(q: Q, id: number): Promise<string | null> {
    const row = await q.selectFrom('users').select('username_key').where('id', '=', id).executeTakeFirst();
    return row?.username_key ?? null;
  },

  async passwordHashOf(q: Q, id: number): Promise<string | undefined> {
    const row = await q.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
    return row?.password_hash;
  },

  async setPasswordHash(q: Q, id: number, passwordHash: string): Promise<void> {
    await q.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  },

  async setDisabled(q: Q, id: number, disabled: boolean): Promise<void> {
    await q
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  },
};
