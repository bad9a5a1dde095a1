import type { Command } from 'commander';
import { parseInteger } from '../../config/parse.js';
import { startServer } from '../../server/server.js';
import { type CliContext, fail } from '../context.js';

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
      const db = await ctx.openDb();
      const running = await startServer(db, ctx.config, ctx.logger, (text) => process.stdout.write(`${text}\n`));
      let signals = 0;
      const onSignal = (signal: string) => {
        signals++;
        if (signals > 1) process.exit(130);
        ctx.logger.info({ signal }, 'signal received');
        const force = setTimeout(() => {
          ctx.logger.error('shutdown took longer than 15 s; exiting');
          process.exit(1);
        }, 15_000);
        force.unref();
        void running
          .stop()
          .then(() => db.close())
          .then(() => process.exit(0));
      };
      process.on('SIGTERM', () => onSignal('SIGTERM'));
      process.on('SIGINT', () => onSignal('SIGINT'));
    });
}
