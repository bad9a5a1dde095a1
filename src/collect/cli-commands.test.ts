/** `parse-feed` and `extract` as real child processes (registered on a bare program, as main.ts will). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/cli.js';

const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
const here = import.meta.dirname;

function run(command: 'parse-feed' | 'extract', args: string[]) {
  const module = join(repoRoot, 'src', 'cli', 'commands', `${command}.ts`);
  const script = `import { Command } from 'commander'; import { register } from ${JSON.stringify(module)};
const program = new Command('yuqing'); register(program, {}); await program.parseAsync(process.argv.slice(1), { from: 'user' });`;
  const r = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script, '--', command, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/yuqing parse-feed', () => {
  it('prints JSON lines for a GBK feed, exit 0', () => {
    const r = run('parse-feed', [join(here, 'feed', 'testdata', 'gbk-feed.xml')]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      title: '消防提醒：冬季使用电暖器谨防火灾',
      url: 'http://www.nanfang-morning.example.cn/society/2026-11/20/content_771234.htm',
      published: '2026-11-19T23:30:00.000Z',
      author: '记者 陈堃',
      text: '市消防救援支队提醒市民，电暖器应远离窗帘、被褥等可燃物。朱镕基路一小区昨晚发生一起电暖器引发的火情，所幸无人员伤亡。',
    });
  });

  it('prints null for a missing date and resolves against --base-url', () => {
    const r = run('parse-feed', [join(here, 'feed', 'testdata', 'rss2-sloppy.xml'), '--base-url', 'https://bbs.example.cn/forum/rss.php']);
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(last).toMatchObject({ title: null, url: 'https://bbs.example.cn/forum/thread-88240-1-1.html', published: null });
  });

  it('exits 1 with a one-line reason when the file is not a feed', () => {
    const r = run('parse-feed', [join(here, 'feed', 'testdata', 'not-a-feed.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^yuqing: .*not-a-feed\.html: not a feed: an HTML page \(it links to a feed: \/rss\/roll\.xml\)\n$/);
  });

  it('notes a capped feed on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-feed-'));
    const file = join(dir, 'many.xml');
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>t${i}</title></item>`).join('');
    writeFileSync(file, `<rss version="2.0"><channel><title>x</title>${items}</channel></rss>`);
    const r = run('parse-feed', [file, '--max-items', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    expect(r.stderr).toBe('yuqing: note: printed the first 5 of 30 items (see --max-items)\n');
  });
});

describe('bin/yuqing extract', () => {
  it('prints the article as JSON', () => {
    const r = run('extract', [join(here, 'article', 'testdata', 'gbk-notice.html'), '--url', 'https://amr.example.gov.cn/notice/1.html']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['title', 'text', 'author', 'published']);
    expect(out).toMatchObject({ title: '关于XL-2000型电暖器消费警示的通告', author: null, published: '2026-11-20T02:00:00.000Z' });
  });

  it('exits 1 when the page has no article', () => {
    const r = run('extract', [join(here, 'article', 'testdata', 'list-page.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/list-page\.html: no article: mostly links/);
  });
});
