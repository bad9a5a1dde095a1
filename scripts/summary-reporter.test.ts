/**
 * The summary reporter on a fixture folder of its own (scripts/testdata/summary-reporter, which
 * the main run never collects): vitest runs as a child process and the last line and the exit
 * code must tell the truth about failing hooks, unhandled errors and skips.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixtureConfig = join(repoRoot, 'scripts', 'testdata', 'summary-reporter', 'vitest.config.ts');
const vitestCli = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');

interface Run {
  code: number | null;
  lines: string[];
  summary: string;
}

/** Runs the fixture cases whose file names contain one of `filters`, without this run's VITEST_* or CI variables. */
function runFixtures(filters: string[]): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'CI'));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vitestCli, 'run', '--config', fixtureConfig, ...filters],
      { cwd: repoRoot, env: { ...env, NO_COLOR: '1' }, timeout: 50_000 },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') return reject(new Error(`vitest did not finish: ${err.message}\n${stderr}`));
        const lines = stdout.split('\n').filter((l) => l.trim() !== '');
        const summary = lines.filter((l) => l.startsWith('tests: ')).at(-1);
        if (summary === undefined) return reject(new Error(`no summary line; stdout:\n${stdout}\nstderr:\n${stderr}`));
        resolve({ code: err ? (err.code as number) : 0, lines, summary });
      },
    );
  });
}

describe('summary reporter', () => {
  // Three small runs at once: the clean one alone, an unexplained skip (whose exit code only the reporter sets), the failing hooks.
  const runs = Promise.all([
    runFixtures(['clean']),
    runFixtures(['clean', 'unexplained-skip']),
    runFixtures(['clean', 'before-all', 'after-all', 'unhandled']),
  ]);

  it('says ok and exits 0 for passing tests and a skip for a known reason', async () => {
    const [clean] = await runs;
    expect(clean.summary).toBe('tests: 2 passed, 0 failed, 1 skipped (1 PostgreSQL absent) — ok');
    expect(clean.code).toBe(0);
  });

  it('fails the run on a skip for no known reason, naming the test', async () => {
    const [, skip] = await runs;
    expect(skip.summary).toBe('tests: 2 passed, 0 failed, 2 skipped (1 PostgreSQL absent, 1 unexplained) — FAILED');
    expect(skip.lines).toContain('  skipped for no known reason: cases/unexplained-skip.case.ts > forgotten > never runs');
    expect(skip.code).toBe(1);
  });

  it('counts tests behind a failing beforeAll, a failing afterAll and an unhandled rejection as failures', async () => {
    const [, , hooks] = await runs;
    // before-all: 2 tests that never ran; after-all: 1 hook failure; unhandled: 1 unhandled error.
    expect(hooks.summary).toBe('tests: 4 passed, 3 failed, 1 skipped (1 PostgreSQL absent), 1 unhandled error — FAILED');
    expect(hooks.lines).toContain(
      '  2 test(s) did not run, a hook failed: cases/before-all.case.ts > setup fails: schema could not be created',
    );
    expect(hooks.lines).toContain('  failed outside a test: cases/after-all.case.ts > clean-up fails: schema could not be dropped');
    expect(hooks.lines).toContain('  unhandled error: nobody awaited this');
    expect(hooks.code).toBe(1);
  });
});
