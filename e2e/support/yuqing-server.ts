/**
 * Runs the real Yuqing for a browser test: a temp SQLite database (or the given DATABASE_URL), `bin/yuqing migrate`,
 * then `bin/yuqing serve` on a free port, ready once `/readyz` answers 200.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const yuqing = join(repoRoot, 'bin', 'yuqing');
export const webDist = join(repoRoot, 'web', 'dist');

export interface YuqingServer {
  url: string;
  dir: string;
  admin: { username: string; password: string };
  /** `bin/yuqing import` of these items as a JSONL file; resolves with the command's stdout. */
  importItems(items: readonly object[]): Promise<string>;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the web app when `web/dist` is missing (`npm test` builds it before the tests run). */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(webDist, 'index.html'))) return;
  await run(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bin/yuqing serve exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bin/yuqing serve was not ready within ${timeoutMs} ms:\n${output()}`);
}

export interface StartOptions {
  /** DATABASE_URL to use instead of a fresh SQLite file (e.g. a fresh PostgreSQL schema). */
  databaseUrl?: string;
  /** More environment for the server and the CLI commands (collection settings, …). */
  env?: Record<string, string>;
}

export async function startYuqing(opts: StartOptions = {}): Promise<YuqingServer> {
  const dir = await mkdtemp(join(tmpdir(), 'yuqing-e2e-'));
  const port = await freePort();
  const admin = { username: 'admin', password: 'e2e-密码-Pa55word' };
  const env = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl ?? `sqlite:${join(dir, 'yq.db')}`,
    YUQING_PORT: String(port),
    YUQING_HOST: '127.0.0.1',
    YUQING_ADMIN_USERNAME: admin.username,
    YUQING_ADMIN_PASSWORD: admin.password,
    YUQING_WEB_DIR: webDist,
    YUQING_LOG_LEVEL: 'warn',
    ...opts.env,
  };
  const options = { cwd: repoRoot, env };

  await run(yuqing, ['migrate'], options);
  const child = spawn(yuqing, ['serve'], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const output = () => printed;
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, child, output, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    url,
    dir,
    admin,
    output,
    stop,
    async importItems(items) {
      const file = join(dir, 'items.jsonl');
      await writeFile(file, `${items.map((item) => JSON.stringify(item)).join('\n')}\n`);
      const { stdout } = await run(yuqing, ['import', file], options);
      return stdout;
    },
  };
}
