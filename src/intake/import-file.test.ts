import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { type ImportAck, type ImportOptions, importFile, type LineProblem } from './import-file.js';

const fixture = (name: string) => new URL(`testdata/${name}`, import.meta.url).pathname;

describeBackends('importFile', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  async function run(opts: Partial<ImportOptions> & Pick<ImportOptions, 'path' | 'format'>) {
    const acks: ImportAck[] = [];
    const problems: LineProblem[] = [];
    const warnings: string[] = [];
    const summary = await importFile(
      t.db,
      { workspaceId: ws, batchSize: 500, now: () => 1_800_000_000_000, ...opts },
      { ack: (a) => acks.push(a), rejected: (p) => problems.push(p), warning: (w) => warnings.push(w) },
    );
    return { summary, acks, problems, warnings };
  }
  const drain = () => drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' });
  const mentions = () =>
    t.db.kysely
      .selectFrom('mentions')
      .innerJoin('sources', 'sources.id', 'mentions.source_id')
      .select([
        'sources.key as source',
        'sources.kind',
        'external_id',
        'url',
        'canonical_url',
        'title',
        'text',
        'author',
        'published_at',
        'lang',
        'parent_ref',
        'reposts',
        'replies',
        'likes',
        'views',
      ])
      .orderBy('mentions.id')
      .execute();
  const count = async (table: 'mentions' | 'inbox') =>
    Number((await t.db.kysely.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

  it('imports the JSONL fixture (BOM, CRLF, a blank line, U+2028 in text, aliases) into mentions', async () => {
    const { summary, acks, problems } = await run({ path: fixture('sample.jsonl'), format: 'jsonl' });
    expect(problems).toEqual([]);
    expect(summary).toEqual({ done: true, lines: 4, accepted: 3, duplicates: 0, rejected: 0 });
    expect(acks).toEqual([{ ack: true, throughLine: 4, accepted: 3, duplicates: 0, rejected: 0 }]);
    expect(await drain()).toBe(3);
    const rows = (await mentions()).map((m) => ({ ...m, published_at: m.published_at === null ? null : Number(m.published_at) }));
    expect(rows).toEqual([
      {
        source: 'weibo',
        kind: 'import',
        external_id: '4901',
        url: 'https://weibo.com/1/4901?utm_source=feed&b=2&a=1',
        canonical_url: 'https://weibo.com/1/4901?a=1&b=2',
        title: '某品牌奶粉 被曝',
        text: '某品牌奶粉 被曝\n质量问题， 消费者投诉',
        author: '小王',
        published_at: Date.parse('2026-01-31T00:00:00Z'),
        lang: 'zh', // not given in the file: the language stage detects it
        parent_ref: null,
        reposts: 12,
        replies: null,
        likes: 30,
        views: null,
      },
      {
        source: 'news.example.com',
        kind: 'import',
        external_id: null,
        url: 'https://News.Example.com/a/1.html#top',
        canonical_url: 'https://news.example.com/a/1.html',
        title: '某公司回应 质量问题',
        text: '公司表示将彻查。\n\n后续进展待公布。',
        author: null,
        published_at: 1_769_817_600_000,
        lang: 'zh',
        parent_ref: null,
        reposts: null,
        replies: null,
        likes: null,
        views: null,
      },
      {
        source: 'weibo',
        kind: 'import',
        external_id: '4902',
        url: null,
        canonical_url: null,
        title: '转发微博',
        text: '转发微博',
        author: null,
        published_at: 1_769_817_600_000,
        lang: 'zh',
        parent_ref: '4901',
        reposts: 12000,
        replies: null,
        likes: null,
        views: null,
      },
    ]);
    const inbox = await t.db.kysely.selectFrom('inbox').select(['origin', 'status']).execute();
    expect(inbox.every((r) => r.origin === 'import:sample.jsonl' && r.status === 'done')).toBe(true);
  });

  it('imports the CSV fixture (BOM, CRLF, quoted multi-line fields, U+2028, counts as text) with --source for rows without one', async () => {
    const { summary, problems, warnings } = await run({ path: fixture('sample.csv'), format: 'csv', defaultSource: 'csv-file' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual(['column "extra" is not an item field; ignored']);
    expect(summary).toEqual({ done: true, lines: 8, accepted: 3, duplicates: 0, rejected: 0 });
    expect(await drain()).toBe(3);
    const [a, b, c] = await mentions();
    expect(a).toMatchObject({
      source: 'weibo',
      external_id: '5001',
      title: '第一行',
      text: '第一行\n第二行，含"引号"',
      author: '李雷',
      lang: 'zh',
    });
    expect([a?.reposts, a?.replies, a?.likes, a?.views].map(Number)).toEqual([3, 1, 1234, 15000]);
    expect(Number(a?.published_at)).toBe(Date.parse('2026-02-01T02:00:00Z'));
    expect(b).toMatchObject({
      source: 'csv-file',
      external_id: '5002',
      title: '标题 二',
      text: '正文，含逗号',
      parent_ref: '5001',
      url: null,
    });
    expect(Number(b?.published_at)).toBe(1_769_904_000_000);
    expect(c).toMatchObject({ source: 'forum', title: '帖子', text: '多行"内容"\n\n结束', canonical_url: 'https://bbs.example.com/t/9' });
  });

  it('re-importing the same file adds nothing', async () => {
    await run({ path: fixture('sample.jsonl'), format: 'jsonl' });
    await drain();
    const again = await run({ path: fixture('sample.jsonl'), format: 'jsonl' });
    expect(again.summary).toEqual({ done: true, lines: 4, accepted: 0, duplicates: 3, rejected: 0 });
    expect(await drain()).toBe(0);
    expect(await count('mentions')).toBe(3);
    expect(await count('inbox')).toBe(3);
  });

  it('imports the good lines of a file with bad ones and reports each bad line by number and reason, batch by batch', async () => {
    const { summary, acks, problems } = await run({ path: fixture('bad-lines.jsonl'), format: 'jsonl', batchSize: 4 });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, ''],
      [4, 'url'],
      [6, ''],
      [8, 'source'],
      [9, 'reposts'],
      [10, 'publishedAt'],
      [11, '(item)'],
    ]);
    expect(acks.map((a) => [a.throughLine, a.accepted, a.rejected])).toEqual([
      [4, 2, 2],
      [9, 1, 3],
      [12, 1, 2],
    ]);
    expect(summary).toEqual({ done: true, lines: 12, accepted: 4, duplicates: 0, rejected: 7 });
    expect(await drain()).toBe(4);
  });

  it.each([
    ['gbk.csv', 'GB18030 (from its bytes)'],
    ['utf16le-bom.csv', 'UTF-16LE (from its byte order mark)'],
  ])('imports %s in its own encoding, saying which', async (name, note) => {
    const { summary, problems, warnings } = await run({ path: fixture(name), format: 'csv' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([`reading the file as ${note}`]);
    expect(summary).toMatchObject({ lines: 4, accepted: 3, rejected: 0 });
    expect(await drain()).toBe(3);
    const rows = await mentions();
    expect(rows.map((m) => [m.external_id, m.title, m.author, Number(m.likes) || null])).toEqual([
      ['g1', '电暖器过热', '小李', 12],
      ['g2', '售后回访', '王女士', 3],
      ['g3', '讨论：取暖器选购', '老陈', null],
    ]);
    expect(rows[2]?.text).toBe('镕基路的门店也在卖这款，价格"很实在"');
  });

  it('imports the rows around an invalid byte and an unclosed quote, reporting each bad row by line', async () => {
    const bad = await run({ path: fixture('invalid-byte.csv'), format: 'csv' });
    expect(bad.problems).toEqual([{ line: 3, field: '', problem: expect.stringMatching(/^not valid UTF-8 text/) }]);
    expect(bad.summary).toMatchObject({ lines: 4, accepted: 2, rejected: 1 });
    const quote = await run({ path: fixture('unclosed-quote.csv'), format: 'csv', defaultSource: 'x' });
    expect(quote.problems.map((p) => p.line)).toEqual([3]);
    expect(quote.problems[0]?.problem).toMatch(/quoted field opened on this line is not closed/);
    expect(quote.summary).toMatchObject({ lines: 6, accepted: 4, rejected: 1 });
    expect(await drain()).toBe(6);
    expect((await mentions()).map((m) => m.external_id)).toEqual(['g1', 'g3', 'u1', 'u3', 'u4', 'u5']);
  });

  it('imports a UTF-16 JSONL file with a BOM', async () => {
    const { summary, problems, warnings } = await run({ path: fixture('utf16le-bom.jsonl'), format: 'jsonl' });
    expect(problems).toEqual([]);
    expect(warnings).toEqual(['reading the file as UTF-16LE (from its byte order mark)']);
    expect(summary).toMatchObject({ lines: 2, accepted: 2 });
    expect(await drain()).toBe(2);
    expect((await mentions()).map((m) => m.text)).toEqual(['UTF-16 的 JSON 行', '第二行']);
  });

  it('refuses a NUL in a source or id by line and strips it from text, the same on both backends, importing the rest', async () => {
    const { summary, problems } = await run({ path: fixture('nul.jsonl'), format: 'jsonl' });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'source'],
      [4, 'externalId'],
    ]);
    expect(problems[0]?.problem).toMatch(/NUL character/);
    expect(summary).toMatchObject({ lines: 4, accepted: 2, rejected: 2 });
    expect(await drain()).toBe(2);
    expect((await mentions()).map((m) => [m.external_id, m.title, m.text])).toEqual([
      ['n1', '正常的一条', '正常的一条'],
      ['n3', '标题', '正文里有 NUL'],
    ]);
  });

  it('fails when the file cannot be opened', async () => {
    await expect(run({ path: fixture('no-such-file.jsonl'), format: 'jsonl' })).rejects.toThrow(/ENOENT/);
  });
});
