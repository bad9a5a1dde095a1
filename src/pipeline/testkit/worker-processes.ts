/**
 * Several `bin/yuqing worker` processes over one database, for the multi-worker test and bench: start them and
 * wait until each has warmed up and polls, learn from their batch log lines which inbox ids each finished, and
 * stop them with SIGTERM.
 */
import { type CliRun, cliEnv, jsonLines, startCli } from '../../testing/cli.js';

export interface WorkerProcesses {
  runs: CliRun[];
  /** Resolves once the workers together have logged `n` finished inbox items. */
  finished(n: number): Promise<void>;
  /** The inbox ids each worker logged as finished, in worker order. */
  doneIds(): number[][];
  /** SIGTERM to every worker; their exit codes. */
  stop(): Promise<(number | null)[]>;
}

export async function startWorkerProcesses(count: number, env: Record<string, string>): Promise<WorkerProcesses> {
  const runs = Array.from({ length: count }, (_, i) =>
    startCli(['worker', '--id', `w${i + 1}`], cliEnv({ YUQING_LOG_LEVEL: 'info', YUQING_WORKER_POLL_MS: '20', ...env })),
  );
  await Promise.all(runs.map((r) => r.waitForLine((l) => l.includes('"pipeline worker started"'))));
  return {
    runs,
    async finished(n) {
      let seen = 0;
      const counted = (line: string) => {
        seen += doneOf([line]).length;
        return seen >= n;
      };
      // The first worker whose line completes the count resolves; the others' waits end (and are dropped) when they exit.
      const waits = runs.map((r) => r.waitForLine(counted));
      for (const w of waits) w.catch(() => undefined);
      await Promise.race(waits);
    },
    doneIds: () => runs.map((r) => doneOf(r.stdout)),
    async stop() {
      for (const r of runs) r.child.kill('SIGTERM');
      return (await Promise.all(runs.map((r) => r.exited))).map((e) => e.code);
    },
  };
}

function doneOf(lines: string[]): number[] {
  return jsonLines(lines)
    .filter((l) => l.msg === 'pipeline batch')
    .flatMap((l) => (Array.isArray(l.done) ? l.done.map(Number) : []));
}
