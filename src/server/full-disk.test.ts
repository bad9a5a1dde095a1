/**
 * A real full disk: `bin/yuqing serve` with its SQLite database on a 4 MB tmpfs mounted in a
 * private mount namespace (`unshare`), all but about 300 KB taken by a filler file. Intake answers 503
 * store_full with Retry-After once the disk fills, /readyz says so, the log names SQLITE_FULL
 * (not "cannot rollback"); after the filler is removed the next batch is stored and the
 * server is ready again. Needs `unshare -rm` (user namespaces); without it the test is
 * skipped loudly, except under CI where that is an error.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings } from '../testing/backends.js';
import { repoRoot, yuqingBin } from '../testing/cli.js';
import { skipWhen } from '../testing/known-skips.js';

function canMountTmpfs(): boolean {
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k yq-probe /mnt'], { encoding: 'utf8' });
  if (probe.status === 0) return true;
  const message = `unshare -rm cannot mount a tmpfs here (${(probe.stderr || String(probe.error)).trim()}): the real full-disk test cannot run`;
  if (testSettings.requirePostgresTests) throw new Error(message);
  console.warn(`\n⚠️  SKIPPING the real full-disk test: ${message}\n`);
  return false;
}

describe('serve on a full disk (tmpfs)', skipWhen(!canMountTmpfs(), 'namespaces-absent'), () => {
  let dir = '';
  let child: ChildProcess;
  const lines: string[] = [];
  let base = '';
  let auth: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yuqing-full-'));
    const script = [
      'set -e',
      'mount -t tmpfs -o size=4m yuqing-full "$YQ_DIR"',
      `"${yuqingBin}" migrate >/dev/null`,
      // Leave about 300 KB free.
      'avail=$(df -k --output=avail "$YQ_DIR" | tail -1)',
      'dd if=/dev/zero of="$YQ_DIR/filler" bs=1k count=$((avail - 300)) status=none',
      `exec "${yuqingBin}" serve`,
    ].join('\n');
    child = spawn('unshare', ['-rm', 'sh', '-c', script], {
      cwd: repoRoot,
      env: {
        ...process.env,
        YQ_DIR: dir,
        DATABASE_URL: `sqlite:${join(dir, 'yq.db')}`,
        YUQING_HOST: '127.0.0.1',
        YUQING_PORT: '0',
        YUQING_ADMIN_PASSWORD: 'full-disk-Pa55word',
        YUQING_EMBEDDED_WORKER: 'false',
        YUQING_EMBEDDED_COLLECTOR: 'false',
        YUQING_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        const m = /running at (http:\/\/\S+)/.exec(line);
        if (m?.[1]) resolve(m[1]);
      });
      createInterface({ input: child.stderr! }).on('line', (line) => lines.push(line));
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${lines.join('\n')}`)));
    });
    base = url;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'full-disk-Pa55word' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    auth = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const batch = (n: number) => ({
    items: Array.from({ length: 20 }, (_, i) => ({
      source: 'full-disk',
      externalId: `b${n}-${i}`,
      title: `批次 ${n} 第 ${i} 条`,
      text: `门店排队退款 ${n}-${i} `.repeat(200),
    })),
  });
  const push = (n: number) =>
    fetch(`${base}/api/v1/workspaces/1/mentions`, { method: 'POST', headers: auth, body: JSON.stringify(batch(n)) });

  it('answers 503 store_full once the disk is full, and stores again once space returns', async () => {
    let refused: Response | null = null;
    let stored = 0;
    for (let n = 0; n < 200 && !refused; n++) {
      const r = await push(n);
      if (r.status === 202) stored++;
      else refused = r;
    }
    expect(stored).toBeGreaterThan(0);
    if (!refused) throw new Error('200 batches went in: the disk never filled');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('store_full');
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { error: { code: string } }).error.code).toBe('store_full');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const log = lines.join('\n');
    expect(log).toContain('SQLITE_FULL');
    expect(log).not.toContain('cannot rollback');

    // Free the space inside the server's mount namespace.
    rmSync(`/proc/${child.pid}/root${dir}/filler`);
    const again = await push(1000);
    expect(again.status).toBe(202);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    console.info(`[full disk] ${stored} batches of 20 stored before the tmpfs (300 KB free) filled`);
  });
});
