/** `yuqing token create`: an API token for a user, printed once (only its hash is stored). */
import { type Command, InvalidArgumentError } from 'commander';
import { issueToken } from '../../auth/api-tokens.js';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, userQueries } from '../../store/queries/index.js';
import type { CliContext } from '../context.js';

function parseDays(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3650) throw new InvalidArgumentError('expected a whole number of days from 1 to 3650');
  return n;
}

export function register(program: Command, ctx: CliContext): void {
  const token = program.command('token').description('manage API tokens for machines (collectors, scripts)');

  token
    .command('create <username>')
    .description('create an API token acting as this user; the token is printed once on stdout')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--expires-days <days>', 'expire after this many days (default: never)', parseDays)
    .action(async (username: string, opts: { name: string; expiresDays?: number }) => {
      const db = await ctx.openDb();
      try {
        const user = await userQueries.byUsername(db.kysely, username);
        if (!user) throw new AppError('not_found', `No user is named "${username}".`);
        const now = Date.now();
        const expiresAt = opts.expiresDays === undefined ? null : now + opts.expiresDays * 86_400_000;
        const issued = await db.kysely.transaction().execute(async (trx) => {
          const made = await issueToken(trx, user.id, { name: opts.name, now, expiresAt });
          await auditQueries.record(trx, {
            workspaceId: null,
            actorUserId: null,
            actorTokenId: null,
            action: 'token.create',
            targetType: 'api_token',
            targetId: made.token.id,
            ip: null,
            userAgent: 'cli',
            details: { username, name: opts.name, prefix: made.token.prefix, via: 'cli' },
            now,
          });
          return made;
        });
        process.stderr.write(
          `token ${issued.token.prefix}… (id ${issued.token.id}) for ${username}; send it as "Authorization: Bearer <token>". It is shown only once:\n`,
        );
        process.stdout.write(`${issued.secret}\n`);
      } finally {
        await db.close();
      }
    });
}
