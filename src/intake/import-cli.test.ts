import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedWorkspace } from '../pipeline/testkit/seed.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { jsonLines, startCli } from '../testing/cli.js';

const fixture = (name: string) => new URL(`testdata/${name}`, import.meta.url).pathname;

describeBackends('bin/yuqing import', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });
  const env = () => ({ ...process.env, DATABASE_URL: t.url, YUQING_LOG_LEVEL: 'info' });

  it('imports the good lines, reports each bad one on stderr by line number and reason, and exits 0', async () => {
    await seedWorkspace(t.db);
    const run = startCli(['import', fixture('bad-lines.jsonl'), '--batch', '4'], env());
    expect((await run.exited).code).toBe(0);
    expect(run.stderr).toEqual([
      expect.stringMatching(/^line 2: not valid JSON \(.+\)$/),
      'line 4: url: expected an http(s) URL',
      'line 6: expected a JSON object',
      expect.stringMatching(/^line 8: source: /),
      'line 9: reposts: expected a count such as 1234 or 1.2万, got "many"',
      expect.stringMatching(/^line 10: publishedAt: expected an ISO 8601 time with a zone/),
      'line 11: Unrecognized key: "mood"',
    ]);
    const out = jsonLines(run.stdout);
    expect(out.filter((l) => l.ack).map((l) => l.throughLine)).toEqual([4, 9, 12]);
    expect(out.at(-1)).toEqual({ done: true, lines: 12, accepted: 4, duplicates: 0, rejected: 7 });
  });

  it('chooses the workspace: the only one by default, else the one named, else a clear error', async () => {
    const first = await seedWorkspace(t.db, 'first');
    const ok = startCli(['import', fixture('sample.jsonl')], env());
    expect((await ok.exited).code).toBe(0);
    await seedWorkspace(t.db, 'second');
    const ambiguous = startCli(['import', fixture('sample.csv'), '--source', 'x'], env());
    expect((await ambiguous.exited).code).toBe(1);
    expect(ambiguous.stderr.join('\n')).toMatch(/several workspaces .*first.*second.*--workspace/);
    const named = startCli(['import', fixture('sample.csv'), '--source', 'x', '--workspace', 'second'], env());
    expect((await named.exited).code).toBe(0);
    const byWorkspace = await t.db.kysely.selectFrom('inbox').select('workspace_id').execute();
    expect(byWorkspace.filter((r) => Number(r.workspace_id) === first)).toHaveLength(3);
    expect(byWorkspace).toHaveLength(6);
  });

  it('says the database refused the lines, not that the file cannot be read, when storing fails', async () => {
    await seedWorkspace(t.db);
    // The database refuses every new inbox row, as a full disk or a broken constraint would.
    if (dialect === 'sqlite') {
      await sql`CREATE TRIGGER refuse_inbox BEFORE INSERT ON inbox BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`.execute(
        t.db.kysely,
      );
    } else {
      await sql`ALTER TABLE inbox ADD CONSTRAINT refuse_inbox CHECK (false) NOT VALID`.execute(t.db.kysely);
    }
    const run = startCli(['import', fixture('sample.jsonl')], env());
    expect((await run.exited).code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(
      /^yuqing: cannot import .*sample\.jsonl: could not store lines 1–4 \(.*refuse.*\); nothing was stored;/m,
    );
    expect(run.stderr.join('\n')).not.toMatch(/cannot read/);
  });

  it('exits 1 with a message when the file cannot be read', async () => {
    await seedWorkspace(t.db);
    const missing = startCli(['import', fixture('missing.jsonl')], env());
    expect((await missing.exited).code).toBe(1);
    expect(missing.stderr.join('\n')).toMatch(/cannot read .*missing\.jsonl: .*ENOENT/);
    const unknown = startCli(['import', fixture('sample.txt')], env());
    expect((await unknown.exited).code).toBe(1);
    expect(unknown.stderr.join('\n')).toMatch(/cannot tell the format .*--format jsonl\|csv/);
  });
});
