/**
 * `bin/yuqing`: parses the command line and hands over to one command module.
 * Each command lives in `commands/<name>.ts` and exports `register(program, ctx)`.
 */
import { Command } from 'commander';
import * as analyze from './commands/analyze.js';
import * as bench from './commands/bench.js';
import * as bursts from './commands/bursts.js';
import * as cluster from './commands/cluster.js';
import * as collect from './commands/collect.js';
import * as config from './commands/config.js';
import * as demo from './commands/demo.js';
import * as extract from './commands/extract.js';
import * as importFile from './commands/import.js';
import * as match from './commands/match.js';
import * as migrate from './commands/migrate.js';
import * as parseFeed from './commands/parse-feed.js';
import * as query from './commands/query.js';
import * as serve from './commands/serve.js';
import * as token from './commands/token.js';
import * as user from './commands/user.js';
import * as worker from './commands/worker.js';
import { createCliContext } from './context.js';

const program = new Command('yuqing')
  .description('Yuqing 舆情 — self-hosted public-opinion monitoring and response')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });

const ctx = createCliContext();
for (const command of [
  serve,
  migrate,
  worker,
  user,
  token,
  importFile,
  config,
  parseFeed,
  extract,
  query,
  match,
  bench,
  analyze,
  cluster,
  demo,
  bursts,
])
  command.register(program, ctx);
collect.register(program, ctx);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  ctx.logger.flush?.();
  process.stderr.write(`yuqing: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
