/**
 * Tests that run `bin/yuqing` as a real child process: start it with an environment, await
 * an output line, or run it to the end and read what it printed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const yuqingBin = join(repoRoot, 'bin', 'yuqing');

/** This process's environment plus `extra`: what a child `bin/yuqing` runs with. */
export function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export interface CliRun {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first stdout line (seen or to come) that matches; rejects if the process ends first. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(yuqingBin, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void; reject: (e: Error) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout.push(line);
    for (const w of [...waiters]) {
      if (w.match(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  let closed = false;
  const ended = () => new Error(`yuqing ${args[0]} ended first; stdout:\n${stdout.slice(-20).join('\n')}\nstderr:\n${stderr.join('\n')}`);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      closed = true;
      for (const w of waiters.splice(0)) w.reject(ended());
      resolve({ code, signal });
    });
  });
  return {
    child,
    stdout,
    stderr,
    exited,
    waitForLine(match) {
      const hit = stdout.find(match);
      if (hit !== undefined) return Promise.resolve(hit);
      if (closed) return Promise.reject(ended());
      return new Promise((resolve, reject) => waiters.push({ match, resolve, reject }));
    },
  };
}

/** Runs a command to the end and returns its exit code and output as text. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = startCli(args, env);
  const { code } = await run.exited;
  return { code, stdout: run.stdout.join('\n'), stderr: run.stderr.join('\n') };
}

/** Parses the JSON lines of a process's stdout, skipping anything else. */
export function jsonLines(lines: string[]): Record<string, unknown>[] {
  return lines.flatMap((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null ? [v as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}
