/**
 * First start: on a database without users, create the superadmin, the default workspace
 * and the admin's membership in one transaction. Safe to call on every start.
 */
import type { Config } from '../config/index.js';
import type { Db } from '../store/dialect.js';
import { auditQueries, isUniqueViolation, membershipQueries, userQueries, workspaceQueries } from '../store/queries/index.js';
import { generatePassword, type HashCost, hashPassword, strongHashCost } from './password.js';

export type FirstAdmin =
  | { created: false }
  | { created: true; username: string; password: string; generated: boolean; workspaceId: number };

export async function ensureFirstAdmin(db: Db, config: Config, now = Date.now(), cost: HashCost = strongHashCost): Promise<FirstAdmin> {
  if ((await userQueries.count(db.kysely)) > 0) return { created: false };
  const generated = config.adminPassword === '';
  const password = generated ? generatePassword() : config.adminPassword;
  const passwordHash = await hashPassword(password, cost);
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      // Another process may have won the race since the count above.
      if ((await userQueries.count(trx)) > 0) return { created: false } as const;
      const user = await userQueries.create(trx, { username: config.adminUsername, passwordHash, isSuperadmin: true, now });
      const workspace = await workspaceQueries.create(trx, { slug: 'default', name: config.defaultWorkspaceName, now });
      await membershipQueries.add(trx, { workspaceId: workspace.id, userId: user.id, role: 'admin', now });
      await auditQueries.record(trx, {
        workspaceId: workspace.id,
        actorUserId: null,
        actorTokenId: null,
        action: 'system.bootstrap',
        targetType: 'user',
        targetId: user.id,
        ip: null,
        userAgent: null,
        details: { username: user.username, workspace: workspace.slug, generatedPassword: generated },
        now,
      });
      return { created: true, username: user.username, password, generated, workspaceId: workspace.id } as const;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { created: false };
    throw err;
  }
}
