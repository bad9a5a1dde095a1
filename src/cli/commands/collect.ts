/**
 * `bin/yuqing collect`: the collection scheduler in its own process (when `serve` runs with
 * YUQING_EMBEDDED_COLLECTOR=false, or to add collectors; sources are leased, so several may run at once).
 * `--once` collects every due source once and exits. Stops gracefully on SIGTERM or SIGINT.
 */
import type { Command } from 'commander';
import { defaultWorkerId } from '../../pipeline/worker.js';
import { createScheduler } from '../../scheduler/index.js';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('collect')
    .description('run the collection scheduler: fetches due sources (feeds, sites, sitemaps, searches, RSSHub…) into the inbox')
    .option('--id <name>', 'collector name in leases and logs (default: host:pid)')
    .option('--once', 'collect every due source once, then exit')
    .action(async (flags: { id?: string; once?: boolean }) => {
      const db = await ctx.openDb();
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      try {
        const scheduler = createScheduler({ db, config: ctx.config, logger: ctx.logger, workerId: flags.id ?? defaultWorkerId() });
        if (flags.once) {
          const reports = await scheduler.runDueOnce();
          const failed = reports.filter((r) => !r.ok).length;
          ctx.logger.info(
            { sources: reports.length, failed, accepted: reports.reduce((n, r) => n + r.accepted, 0) },
            'due sources collected',
          );
          return;
        }
        scheduler.start();
        await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
        await scheduler.stop();
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await db.close();
      }
    });
}
