/**
 * A signed-in user changing their own password. The current password must be right (guesses
 * are throttled like logins); the new one replaces it, every other session of the user ends,
 * and their API tokens are revoked unless they ask to keep them. The session making the change
 * stays signed in. One audit entry either way.
 */
import { usernameKey } from '../domain/usernames.js';
import { AppError } from '../errors/catalogue.js';
import { apiTokenQueries, auditQueries, type Q, sessionQueries, userQueries } from '../store/queries/index.js';
import type { Actor } from './invitations.js';
import { type HashCost, hashPassword, strongHashCost, verifyPassword } from './password.js';
import type { LoginThrottle } from './rate-limit.js';

export interface ChangePasswordInput {
  userId: number;
  /** The hash of the session making the change, which stays signed in. */
  sessionIdHash: string;
  currentPassword: string;
  newPassword: string;
  keepApiTokens: boolean;
  actor: Actor;
  now: number;
  cost?: HashCost;
}

/** Too many wrong current passwords from this address: wait `retryAfterSeconds`. */
export class PasswordChangeThrottled extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many wrong passwords; wait ${retryAfterSeconds} s and try again.`);
  }
}

export interface PasswordChanged {
  sessionsEnded: number;
  tokensRevoked: number;
}

export async function changeOwnPassword(q: Q, throttle: LoginThrottle, input: ChangePasswordInput): Promise<PasswordChanged> {
  const user = await userQueries.byId(q, input.userId);
  const storedHash = await userQueries.passwordHashOf(q, input.userId);
  if (!user || storedHash === undefined) throw new AppError('not_found', 'No such user.');
  const attempt = { account: usernameKey(user.username), address: input.actor.ip ?? 'unknown' };
  const audit = { ...input.actor, now: input.now, workspaceId: null, targetType: 'user', targetId: user.id } as const;

  const limit = throttle.check(attempt);
  if (!limit.allowed) {
    await auditQueries.record(q, { ...audit, action: 'user.password_change_failed', details: { reason: 'rate_limited' } });
    throw new PasswordChangeThrottled(limit.retryAfterSeconds);
  }
  if (!(await verifyPassword(storedHash, input.currentPassword))) {
    throttle.recordFailure(attempt);
    await auditQueries.record(q, { ...audit, action: 'user.password_change_failed', details: { reason: 'wrong_password' } });
    throw new AppError('current_password_wrong', undefined, [{ field: 'currentPassword', problem: 'not the current password' }]);
  }
  throttle.recordSuccess(attempt);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('invalid_request', 'The new password is the same as the current one.', [
      { field: 'newPassword', problem: 'same as the current password' },
    ]);
  }

  const passwordHash = await hashPassword(input.newPassword, input.cost ?? strongHashCost);
  return q.transaction().execute(async (trx) => {
    await userQueries.setPasswordHash(trx, user.id, passwordHash);
    const sessionsEnded = await sessionQueries.removeOthersForUser(trx, user.id, input.sessionIdHash);
    const tokensRevoked = input.keepApiTokens ? 0 : await apiTokenQueries.revokeAllForUser(trx, user.id, input.now);
    await auditQueries.record(trx, {
      ...audit,
      action: 'user.password_change',
      details: { sessionsEnded, tokensRevoked, keptApiTokens: input.keepApiTokens },
    });
    return { sessionsEnded, tokensRevoked };
  });
}
