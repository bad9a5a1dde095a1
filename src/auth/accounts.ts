/**
 * Account administration shared by the CLI: creating a user (optionally a superadmin and/or
 * a member of one workspace), resetting a password (which ends every session and revokes every
 * API token of the user), listing users. Every change is audited.
 */
import type { Role } from '../domain/roles.js';
import { normalizeUsername, usernameProblem } from '../domain/usernames.js';
import { AppError } from '../errors/catalogue.js';
import type { Db } from '../store/dialect.js';
import {
  apiTokenQueries,
  auditQueries,
  isUniqueViolation,
  membershipQueries,
  sessionQueries,
  type UserRecord,
  userQueries,
  type WorkspaceRecord,
  workspaceQueries,
} from '../store/queries/index.js';
import { generatePassword, type HashCost, hashPassword, strongHashCost } from './password.js';
import { minPasswordLength } from './rules.js';

export interface AddUserInput {
  username: string;
  /** Omit to generate one (returned once). */
  password?: string | undefined;
  displayName?: string | undefined;
  isSuperadmin?: boolean | undefined;
  /** Workspace id or slug to join, with `role`. */
  workspace?: string | undefined;
  role?: Role | undefined;
  now: number;
  cost?: HashCost;
}

export interface AddedUser {
  user: UserRecord;
  password: string;
  generated: boolean;
  workspace: WorkspaceRecord | null;
}

function checkPassword(password: string): void {
  if (password.length < minPasswordLength) {
    throw new AppError('invalid_request', `The password needs at least ${minPasswordLength} characters.`, [
      { field: 'password', problem: `expected at least ${minPasswordLength} characters` },
    ]);
  }
}

const cliAudit = { actorUserId: null, actorTokenId: null, ip: null, userAgent: 'cli' } as const;

export async function addUser(db: Db, input: AddUserInput): Promise<AddedUser> {
  const problem = usernameProblem(normalizeUsername(input.username));
  if (problem) {
    throw new AppError('invalid_request', `"${input.username}" is not a valid username: ${problem}.`, [{ field: 'username', problem }]);
  }
  const generated = input.password === undefined;
  const password = input.password ?? generatePassword();
  checkPassword(password);
  const workspace = input.workspace === undefined ? null : ((await workspaceQueries.byIdOrSlug(db.kysely, input.workspace)) ?? null);
  if (input.workspace !== undefined && !workspace) throw new AppError('not_found', `No workspace has the id or slug "${input.workspace}".`);
  const passwordHash = await hashPassword(password, input.cost ?? strongHashCost);
  try {
    const user = await db.kysely.transaction().execute(async (trx) => {
      const u = await userQueries.create(trx, {
        username: input.username,
        displayName: input.displayName ?? input.username,
        passwordHash,
        isSuperadmin: input.isSuperadmin ?? false,
        now: input.now,
      });
      await auditQueries.record(trx, {
        ...cliAudit,
        workspaceId: null,
        action: 'user.create',
        targetType: 'user',
        targetId: u.id,
        details: { username: u.username, isSuperadmin: u.isSuperadmin, via: 'cli' },
        now: input.now,
      });
      if (workspace) {
        const role = input.role ?? 'analyst';
        await membershipQueries.add(trx, { workspaceId: workspace.id, userId: u.id, role, now: input.now });
        await auditQueries.record(trx, {
          ...cliAudit,
          workspaceId: workspace.id,
          action: 'member.add',
          targetType: 'user',
          targetId: u.id,
          details: { username: u.username, role, newUser: true, via: 'cli' },
          now: input.now,
        });
      }
      return u;
    });
    return { user, password, generated, workspace };
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('conflict', `A user named "${input.username}", or one that looks the same, already exists.`, [
        { field: 'username', problem: 'taken, or too like a name that is' },
      ]);
    }
    throw err;
  }
}

/** Sets a new password (given or generated), ends the user's sessions and revokes their API tokens. */
export async function resetPassword(
  db: Db,
  username: string,
  opts: { password?: string | undefined; now: number; cost?: HashCost },
): Promise<{ password: string; generated: boolean; sessionsEnded: number; tokensRevoked: number }> {
  const user = await userQueries.byUsername(db.kysely, username);
  if (!user) throw new AppError('not_found', `No user is named "${username}".`);
  const generated = opts.password === undefined;
  const password = opts.password ?? generatePassword();
  checkPassword(password);
  const passwordHash = await hashPassword(password, opts.cost ?? strongHashCost);
  const ended = await db.kysely.transaction().execute(async (trx) => {
    await userQueries.setPasswordHash(trx, user.id, passwordHash);
    const sessionsEnded = await sessionQueries.removeForUser(trx, user.id);
    const tokensRevoked = await apiTokenQueries.revokeAllForUser(trx, user.id, opts.now);
    await auditQueries.record(trx, {
      ...cliAudit,
      workspaceId: null,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
      details: { username: user.username, sessionsEnded, tokensRevoked, via: 'cli' },
      now: opts.now,
    });
    return { sessionsEnded, tokensRevoked };
  });
  return { password, generated, ...ended };
}

export interface UserListing {
  user: UserRecord;
  workspaces: { workspaceId: number; slug: string; role: Role }[];
}

export async function listUsers(db: Db): Promise<UserListing[]> {
  const users = await userQueries.list(db.kysely);
  return Promise.all(users.map(async (user) => ({ user, workspaces: await membershipQueries.listForUser(db.kysely, user.id) })));
}
