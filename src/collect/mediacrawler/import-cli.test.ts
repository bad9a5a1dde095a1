/** `bin/yuqing import FILE --format mediacrawler [--platform …]` as a child process: detected and forced platforms, bad names. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedWorkspace } from '../../pipeline/testkit/seed.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { jsonLines, startCli } from '../../testing/cli.js';

const fixture = (name: string) => new URL(`testdata/${name}`, import.meta.url).pathname;

describeBackends('bin/yuqing import --format mediacrawler', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });
  const env = () => ({ ...process.env, DATABASE_URL: t.url, YUQING_LOG_LEVEL: 'info' });

  it('imports a Weibo JSON array by detection and a Kuaishou CSV with --platform', async () => {
    const detected = startCli(['import', fixture('weibo_search_contents.json'), '--format', 'mediacrawler'], env());
    expect((await detected.exited).code).toBe(0);
    expect(jsonLines(detected.stdout).at(-1)).toEqual({ done: true, lines: 38, accepted: 2, duplicates: 0, rejected: 0 });
    const forced = startCli(['import', fixture('ks_search_comments.csv'), '--format', 'mediacrawler', '--platform', 'kuaishou'], env());
    expect((await forced.exited).code).toBe(0);
    expect(jsonLines(forced.stdout).at(-1)).toMatchObject({ done: true, accepted: 1 });
    const payloads = (await t.db.kysely.selectFrom('inbox').select('payload').orderBy('id').execute()).map((r) => JSON.parse(r.payload));
    expect(payloads.map((p) => [p.source, p.platform, p.channel])).toEqual([
      ['weibo', 'weibo', 'weibo'],
      ['weibo', 'weibo', 'weibo'],
      ['kuaishou', 'kuaishou', 'video'],
    ]);
  });

  it('names the flag when a MediaCrawler file is imported without it, instead of rejecting every line', async () => {
    const run = startCli(['import', fixture('weibo_search_comments.csv')], env());
    expect((await run.exited).code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/looks like MediaCrawler output \(weibo comments\).*--format mediacrawler/);
    expect(await t.db.kysely.selectFrom('inbox').select('id').execute()).toEqual([]);
  });

  it('reports bad records of a one-line JSON array as record N (line 1)', async () => {
    const run = startCli(['import', fixture('weibo_one_line_comments.json'), '--format', 'mediacrawler'], env());
    expect((await run.exited).code).toBe(0);
    expect(run.stderr.filter((l) => !l.startsWith('{'))).toEqual([
      'warning: comment_like_count: expected a count such as 1234 or 1.2万, got "很多"; count left out',
      'record 2 (line 1): comment_id: missing the comment id',
      'record 3 (line 1): content: no text and no title',
    ]);
  });

  it('refuses an unknown platform with a one-line reason', async () => {
    const run = startCli(['import', fixture('ks_search_comments.csv'), '--format', 'mediacrawler', '--platform', 'myspace'], env());
    expect((await run.exited).code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/unknown platform "myspace"; use weibo\|xhs\|dy\|ks\|bili\|tieba\|zhihu/);
  });
});
