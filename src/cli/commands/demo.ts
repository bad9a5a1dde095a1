/**
 * `bin/yuqing demo`: replays the bundled crisis scenario (星澜科技, ~2,000 items over 72 simulated hours) through
 * intake and the pipeline. Progress goes to stderr once per simulated hour (one line rewritten in place on a
 * terminal) with a closing sentence; a JSON summary goes to stdout. The pipeline's per-batch log lines are left out
 * (warnings stay) unless the log level is `debug`. On a database without users it first creates the admin and the
 * default workspace, as the first `serve` would.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { ensureFirstAdmin } from '../../auth/bootstrap.js';
import { progressLine, summaryLine } from '../../demo/progress-text.js';
import { replayDemo } from '../../demo/replay.js';
import { resetDemo } from '../../demo/reset.js';
import { resolveWorkspace } from '../../intake/resolve-workspace.js';
import type { CliContext } from '../context.js';
import { fail } from '../context.js';

interface DemoFlags {
  speed: number;
  workspace?: string;
  reset?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('replay the offline demo scenario (a product-safety crisis, ~2,000 items over 72 simulated hours) through the pipeline')
    .option('--speed <n>', 'simulated seconds per real second (3600 = one hour a second; 0 = everything at once)', speed, 3600)
    .option('--workspace <id|slug>', 'target workspace (needed when there is more than one)')
    .option('--reset', "remove this workspace's earlier demo items first, so the replay's times end now again")
    .action(async (flags: DemoFlags) => {
      const db = await ctx.openDb();
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const first = await ensureFirstAdmin(db, ctx.config);
        if (first.created && first.generated) {
          process.stderr.write(`First start: created the admin account "${first.username}" with the one-time password ${first.password}\n`);
        }
        const workspace = await resolveWorkspace(db, flags.workspace).catch((err: Error) => fail(err.message));
        if (flags.reset) {
          const removed = await resetDemo(db, workspace.id);
          process.stderr.write(`removed ${removed.mentions} earlier demo mentions and ${removed.inbox} inbox rows\n`);
        }
        process.stderr.write(`replaying the demo into workspace ${workspace.slug} at speed ${flags.speed}\n`);
        const tty = process.stderr.isTTY === true;
        const logger = ctx.logger.isLevelEnabled('debug') ? ctx.logger : ctx.logger.child({}, { level: 'warn' });
        let lastHour = -1;
        const summary = await replayDemo(
          { db, config: ctx.config, logger },
          {
            workspaceId: workspace.id,
            speed: flags.speed,
            signal: stop.signal,
            progress: (p) => {
              if (tty) process.stderr.write(`\r\x1b[K${progressLine(p)}`);
              else if (p.hour !== lastHour) process.stderr.write(`${progressLine(p)}\n`);
              lastHour = p.hour;
            },
          },
        );
        if (tty && lastHour >= 0) process.stderr.write('\n');
        process.stderr.write(`${summaryLine(summary, workspace.slug)}\n`);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await db.close();
      }
    });
}

function speed(raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > 1_000_000) throw new InvalidArgumentError('expected a number from 0 to 1000000');
  return n;
}
