/**
 * `bin/yuqing worker`: a pipeline worker in its own process. Refuses a schema that is behind, logs one JSON
 * line per batch (with the inbox ids it finished), and stops gracefully on SIGTERM or SIGINT.
 */
import type { Command } from 'commander';
import { defaultWorkerId, drainOnce, startWorker } from '../../pipeline/worker.js';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('run a pipeline worker: turns inbox items into mentions (several may run at once on PostgreSQL)')
    .option('--id <name>', 'worker name in leases and logs (default: host:pid)')
    .option('--once', 'process until the inbox is empty, then exit')
    .action(async (flags: { id?: string; once?: boolean }) => {
      const db = await ctx.openDb({ worker: true });
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      const deps = { db, config: ctx.config, logger: ctx.logger, workerId: flags.id ?? defaultWorkerId(), signal: stop.signal };
      try {
        if (flags.once) {
          const stored = await drainOnce(deps);
          ctx.logger.info({ worker: deps.workerId, stored }, 'inbox drained');
          return;
        }
        const worker = startWorker(deps);
        await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
        await worker.stop();
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await db.close();
      }
    });
}
