/** `yuqing user …`: add a user (password given or generated and printed once), list users, reset a password. */
import { type Command, InvalidArgumentError } from 'commander';
import { addUser, listUsers, resetPassword } from '../../auth/accounts.js';
import { isRole, type Role, roles } from '../../domain/roles.js';
import type { CliContext } from '../context.js';

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`expected one of ${roles.join(', ')}`);
  return value;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

export function register(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('manage user accounts (add, list, reset a password)');

  user
    .command('add <username>')
    .description('create a user; without --password a strong one is generated and printed once')
    .option('--password <password>', 'the password to set (at least 8 characters)')
    .option('--display-name <name>', 'name shown in the app (default: the username)')
    .option('--workspace <id|slug>', 'make the user a member of this workspace')
    .option('--role <role>', `role in --workspace: ${roles.join(', ')}`, parseRole, 'analyst' as Role)
    .option('--superadmin', 'may create workspaces (is still only a member where added)')
    .action(
      async (username: string, opts: { password?: string; displayName?: string; workspace?: string; role: Role; superadmin?: boolean }) => {
        const db = await ctx.openDb();
        try {
          const added = await addUser(db, {
            username,
            password: opts.password,
            displayName: opts.displayName,
            isSuperadmin: opts.superadmin === true,
            workspace: opts.workspace,
            role: opts.role,
            now: Date.now(),
          });
          out(`created user ${added.user.username} (id ${added.user.id})${added.user.isSuperadmin ? ', superadmin' : ''}`);
          if (added.workspace) out(`member of workspace ${added.workspace.slug} (id ${added.workspace.id}) as ${opts.role}`);
          else out('not a member of any workspace yet: an admin can add them, or rerun with --workspace');
          if (added.generated) out(`password: ${added.password}\n(shown only once; keep it somewhere safe)`);
        } finally {
          await db.close();
        }
      },
    );

  user
    .command('list')
    .description('list users with their workspaces and roles')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const db = await ctx.openDb();
      try {
        const rows = await listUsers(db);
        if (opts.json) {
          out(JSON.stringify(rows, null, 2));
          return;
        }
        for (const { user: u, workspaces } of rows) {
          const flags = [u.isSuperadmin ? 'superadmin' : '', u.disabled ? 'disabled' : ''].filter(Boolean).join(',');
          const where = workspaces.map((w) => `${w.slug}:${w.role}`).join(' ') || '(no workspace)';
          out(`${String(u.id).padStart(4)}  ${u.username.padEnd(20)}  ${u.displayName.padEnd(16)}  ${flags.padEnd(20)}  ${where}`);
        }
      } finally {
        await db.close();
      }
    });

  user
    .command('password <username>')
    .description('set a new password (given, or generated and printed once), sign the user out everywhere and revoke their API tokens')
    .option('--password <password>', 'the new password (at least 8 characters)')
    .action(async (username: string, opts: { password?: string }) => {
      const db = await ctx.openDb();
      try {
        const r = await resetPassword(db, username, { password: opts.password, now: Date.now() });
        out(`password of ${username} changed; ${r.sessionsEnded} session(s) ended, ${r.tokensRevoked} API token(s) revoked`);
        if (r.generated) out(`password: ${r.password}\n(shown only once; keep it somewhere safe)`);
      } finally {
        await db.close();
      }
    });
}
