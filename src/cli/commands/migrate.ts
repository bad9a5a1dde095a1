import type { Command } from 'commander';
import { migrateToLatest, schemaStatus } from '../../store/migrate.js';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (forward-only, numbered migrations)')
    .option('--status', 'only show applied and pending migrations')
    .action(async (opts: { status?: boolean }) => {
      const db = await ctx.openDb({ requireCurrent: false });
      try {
        if (opts.status) {
          const s = await schemaStatus(db);
          process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
          return;
        }
        const applied = await migrateToLatest(db);
        process.stdout.write(applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
      } finally {
        await db.close();
      }
    });
}
