/**
 * `bin/yuqing serve`: the web app and API, with the embedded pipeline worker and collector unless turned off.
 * SIGTERM and SIGINT are handled from the first moment, before the database is even opened: the server stops
 * cleanly whether it is still starting, warming up or draining a batch, closes the database and exits 0.
 * A second signal exits at once (130); a shutdown longer than 15 s exits 1.
 */
import type { Command } from 'commander';
import { parseInteger } from '../../config/parse.js';
import { runServer } from '../../server/server.js';
import { type CliContext, fail } from '../context.js';

const forceExitMs = 15_000;

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('run the web app and API (and, unless YUQING_EMBEDDED_WORKER=false, a pipeline worker)')
    .option('-p, --port <port>', 'port to listen on (overrides YUQING_PORT)')
    .action(async (opts: { port?: string }) => {
      if (opts.port !== undefined) {
        try {
          ctx.config.port = parseInteger(0, 65535)(opts.port);
        } catch (err) {
          fail(`--port: ${(err as Error).message}`, 2);
        }
      }
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        if (stop.signal.aborted) process.exit(130);
        ctx.logger.info({ signal }, 'signal received');
        setTimeout(() => {
          ctx.logger.error(`shutdown took longer than ${forceExitMs / 1000} s; exiting`);
          process.exit(1);
        }, forceExitMs).unref();
        stop.abort();
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      ctx.logger.info({ pid: process.pid }, 'serve starting');

      const db = await ctx.openDb();
      try {
        await runServer(db, ctx.config, ctx.logger, (text) => process.stdout.write(`${text}\n`), stop.signal);
      } finally {
        await db.close();
      }
      ctx.logger.info('stopped');
      process.exit(0);
    });
}
