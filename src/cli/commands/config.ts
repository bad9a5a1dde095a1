import type { Command } from 'commander';
import { describeConfig } from '../../config/index.js';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('config')
    .description('print the effective configuration (secrets masked), with each option’s variable and meaning')
    .option('--json', 'print JSON instead of a table')
    .action((opts: { json?: boolean }) => {
      const rows = describeConfig(ctx.config);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map((r) => [r.option, r.value])), null, 2)}\n`);
        return;
      }
      for (const r of rows) {
        const changed = JSON.stringify(r.value) !== JSON.stringify(r.default) ? ' (set)' : '';
        process.stdout.write(`${r.env} = ${JSON.stringify(r.value)}${changed}\n    ${r.doc}\n`);
      }
    });
}
