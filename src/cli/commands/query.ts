/**
 * `bin/yuqing query check "<q>"`: prints the normalized query (canonical form; `--json` adds the tree), with
 * warnings on stderr, or the error with its column and exit code 1.
 */
import type { Command } from 'commander';
import { formatQueryError, isQuerySyntaxError, lintQuery, parseQuery, printQuery } from '../../match/index.js';
import type { CliContext } from '../context.js';

export interface CheckOutput {
  out(text: string): void;
  err(text: string): void;
}

export function register(program: Command, _ctx: CliContext): void {
  const query = program.command('query').description('topic queries: check what a query means before saving it');
  query
    .command('check')
    .description('parse a query and print its normalized form, or the error with its column')
    .argument('<query>', 'the query, e.g. "(华为 OR Huawei) AND (投诉 OR 质量) NOT 招聘"')
    .option('--json', 'print JSON: the canonical form, the tree and any warnings (errors too)')
    .action((q: string, flags: { json?: boolean }) => {
      process.exitCode = checkQuery(q, flags, {
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
      });
    });
}

/** Runs `query check`; returns the exit code. */
export function checkQuery(query: string, flags: { json?: boolean }, io: CheckOutput): number {
  try {
    const tree = parseQuery(query);
    const canonical = printQuery(tree);
    const warnings = lintQuery(query, tree);
    if (flags.json) {
      io.out(`${JSON.stringify({ query: canonical, tree, warnings }, null, 2)}\n`);
    } else {
      io.out(`${canonical}\n`);
      for (const w of warnings) io.err(`warning: ${w}\n`);
    }
    return 0;
  } catch (err) {
    if (!isQuerySyntaxError(err)) throw err;
    if (flags.json) {
      const { code, message, status } = err.toBody().error;
      const error = { code, message, status, column: err.column, offset: err.offset, expected: err.expected, found: err.found };
      io.out(`${JSON.stringify({ error }, null, 2)}\n`);
    } else {
      io.err(`yuqing: ${formatQueryError(query, err)}\n`);
    }
    return 1;
  }
}
