/** End to end on both backends: each platform's MediaCrawler posts and comments imported, drained, and stored as mentions. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeProblem, type ImportAck, importFile, type LineProblem } from '../../intake/import-file.js';
import { silentLogger } from '../../log/logger.js';
import { seedWorkspace, testConfig } from '../../pipeline/testkit/seed.js';
import { drainOnce } from '../../pipeline/worker.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { mediaCrawlerImportOptions } from './index.js';

const fixture = (name: string) => new URL(`testdata/${name}`, import.meta.url).pathname;

/** Per platform: its two files, and what the stored mentions must show (post first, then comments). */
const cases = [
  {
    platform: 'weibo',
    files: ['weibo_search_contents.json', 'weibo_search_comments.csv'],
    expected: [
      {
        external_id: '5234966762009027',
        channel: 'weibo',
        likes: 12000,
        replies: 3421,
        reposts: null,
        region_label: '发布于 广东',
        parent_ref: null,
      },
      { external_id: '5234981861400071', reposts: 2, published_at: 1763600400000, url: 'https://m.weibo.cn/detail/5234981861400071' },
      { external_id: '5234969278652417', parent_ref: '5234966762009027', likes: 356, region_label: '来自浙江' },
      { external_id: '5234970536757746', parent_ref: '5234969278652417', likes: 11000, replies: null, region_label: null },
    ],
  },
  {
    platform: 'xiaohongshu',
    files: ['xhs_search_contents.jsonl', 'xhs_search_comments.jsonl'],
    expected: [
      { title: '避雷！星澜充电宝发烫到冒烟', channel: 'social', published_at: 1763604000000, likes: 23000, replies: 10, reposts: null },
      { parent_ref: '6738a1b2000000001d03c4e5', published_at: 1763604600000, likes: 89 },
      { parent_ref: '6738b0000000000012345678', likes: null },
    ],
  },
  {
    platform: 'douyin',
    files: ['dy_search_contents.json', 'dy_search_comments.json'],
    expected: [
      { channel: 'video', published_at: 1763610000000, likes: 156000, reposts: 32000, replies: 8862, region_label: '四川' },
      { parent_ref: '7439012345678901234', likes: 2301, replies: 12 },
    ],
  },
  {
    platform: 'kuaishou',
    files: ['ks_search_contents.csv', 'ks_search_comments.csv'],
    expected: [
      { channel: 'video', published_at: 1763615000000, views: 357000, likes: 4521 },
      { parent_ref: '3xk9pq2r7sa1b2c', published_at: 1763615600000 },
    ],
  },
  {
    platform: 'bilibili',
    files: ['bili_search_contents.jsonl', 'bili_search_comments.jsonl'],
    expected: [
      { channel: 'video', views: 512000, likes: 34000, replies: 2890, reposts: 4567, published_at: 1763620000000 },
      { parent_ref: '113456789012345', likes: 1024 },
      { parent_ref: '245678901234', likes: null },
    ],
  },
  {
    platform: 'tieba',
    files: ['tieba_search_contents.json', 'tieba_search_comments.json'],
    expected: [
      { channel: 'forum', replies: 156, published_at: Date.parse('2025-11-20T04:30:00Z'), url: 'https://tieba.baidu.com/p/9281234567' },
      { parent_ref: '9281234567', replies: 3, region_label: '湖北' },
    ],
  },
  {
    platform: 'zhihu',
    files: ['zhihu_search_contents.jsonl', 'zhihu_search_comments.jsonl'],
    expected: [
      { channel: 'qa', likes: 1890, replies: 213, title: '如何看待星澜科技充电宝起火事件？', published_at: 1763625000000 },
      { parent_ref: '3456789012', likes: 45, region_label: '北京' },
    ],
  },
];

describeBackends('MediaCrawler import', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  async function importOne(name: string) {
    const acks: ImportAck[] = [];
    const problems: LineProblem[] = [];
    const path = fixture(name);
    await importFile(
      t.db,
      { path, workspaceId: ws, batchSize: 500, ...mediaCrawlerImportOptions(path, {}) },
      { ack: (a) => acks.push(a), rejected: (p) => problems.push(p), warning: () => {} },
    );
    return { acks, problems };
  }

  it.each(cases)('imports $platform posts and comments with counts, times, regions and parents', async ({ platform, files, expected }) => {
    for (const name of files) expect((await importOne(name)).problems).toEqual([]);
    expect(await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' })).toBe(expected.length);
    const rows = await t.db.kysely
      .selectFrom('mentions')
      .innerJoin('sources', 'sources.id', 'mentions.source_id')
      .select(['sources.key as source', 'external_id', 'url', 'title', 'text', 'published_at', 'parent_ref', 'channel', 'platform'])
      .select(['likes', 'replies', 'reposts', 'views', 'region_label'])
      .orderBy('mentions.id')
      .execute();
    const norm = rows.map((r) => ({
      ...r,
      published_at: r.published_at === null ? null : Number(r.published_at),
      likes: r.likes === null ? null : Number(r.likes),
      replies: r.replies === null ? null : Number(r.replies),
      reposts: r.reposts === null ? null : Number(r.reposts),
      views: r.views === null ? null : Number(r.views),
    }));
    expect(norm).toMatchObject(expected);
    for (const r of norm) expect(r).toMatchObject({ source: platform, platform });
    // Every comment's parent is a stored item of the same import.
    const ids = new Set(norm.map((r) => r.external_id));
    for (const r of norm) if (r.parent_ref !== null) expect(ids.has(r.parent_ref)).toBe(true);
  });

  async function stored() {
    await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' });
    const rows = await t.db.kysely
      .selectFrom('mentions')
      .select(['external_id', 'text', 'url', 'canonical_url', 'published_at', 'parent_ref', 'region_label', 'analysis', 'images'])
      .select(['likes', 'replies', 'collects', 'dislikes'])
      .orderBy('mentions.id')
      .execute();
    const n = (v: unknown) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      ...r,
      published_at: n(r.published_at),
      likes: n(r.likes),
      replies: n(r.replies),
      collects: n(r.collects),
      dislikes: n(r.dislikes),
      analysis: JSON.parse(r.analysis) as { notes?: string[]; regions?: { unresolvedLabel?: string } },
      images: r.images === null ? null : (JSON.parse(r.images) as string[]),
    }));
  }

  it('stores Weibo comments at their true time, emoticon-only ones included, with notes, and no region for a bot name', async () => {
    for (const name of ['weibo_search_contents.json', 'weibo_traps_comments.json']) expect((await importOne(name)).problems).toEqual([]);
    const rows = await stored();
    const china = (s: string) => Date.parse(`${s}+08:00`);
    expect(rows.map((r) => [r.external_id, r.published_at])).toEqual([
      ['5234966762009027', china('2025-11-20T08:00:00')],
      ['5234981861400071', china('2025-11-20T09:00:00')],
      ['5234971795125154', china('2025-11-20T08:20:00')],
      ['5234974563379984', china('2025-11-20T08:31:00')],
      ['5234977331502353', china('2025-11-20T08:42:00')],
    ]);
    expect(rows[2]).toMatchObject({ text: '[允悲][允悲]', parent_ref: '5234966762009027', region_label: '来自广东' });
    expect(rows[3]?.analysis.notes).toEqual([expect.stringMatching(/differ by 8 hours; the id's time is kept/)]);
    expect(rows[4]).toMatchObject({ region_label: null, analysis: { regions: { unresolvedLabel: '来自星澜客服机器人' } } });
    expect(rows[4]?.analysis.notes).toBeUndefined();
  });

  it('keeps collects, dislikes and pictures, leaves "" counts unknown, decodes entities, and stores a note crawled twice once', async () => {
    for (const name of ['xhs_twice_contents_day1.jsonl', 'xhs_twice_contents_day2.jsonl', 'xhs_pictures_comments.jsonl'])
      expect((await importOne(name)).problems).toEqual([]);
    for (const name of ['zhihu_entities_contents.jsonl', 'zhihu_entities_comments.jsonl']) await importOne(name);
    const rows = await stored();
    expect(rows.map((r) => r.external_id)).toEqual([
      '6738c9d4000000001e01f2a3',
      '6738ca00000000001a000001',
      '6738ca00000000001a000002',
      '3456789555',
      '10987655001',
      '10987655002',
    ]);
    expect(rows[0]).toMatchObject({
      collects: 21000,
      likes: 1024,
      canonical_url: 'https://www.xiaohongshu.com/explore/6738c9d4000000001e01f2a3',
    });
    expect(rows[0]?.images).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      text: '[笑哭R]',
      likes: null,
      collects: null,
      images: [expect.stringMatching(/1040g00831c\.jpg$/), expect.any(String)],
    });
    expect(rows[2]).toMatchObject({
      images: null,
      region_label: null,
      url: 'https://www.xiaohongshu.com/explore/6738c9d4000000001e01f2a3',
    });
    expect(rows[4]).toMatchObject({ dislikes: 3, likes: 18, text: '"部分型号"是哪几款？厂家不说清楚 & 客服也不回' });
    expect(rows[5]).toMatchObject({ dislikes: null, likes: null });
  });

  it('reports bad records of a one-line JSON array by their index', async () => {
    const { problems, acks } = await importOne('weibo_one_line_comments.json');
    expect(problems.map((p) => [p.line, p.record])).toEqual([
      [1, 2],
      [1, 3],
    ]);
    expect(problems.map(describeProblem)).toEqual([
      'record 2 (line 1): comment_id: missing the comment id',
      'record 3 (line 1): content: no text and no title',
    ]);
    expect(acks.at(-1)).toMatchObject({ accepted: 2, rejected: 2 });
  });

  it('reads a GBK CSV from its bytes, and a stray quote costs only its own row', async () => {
    const { problems, acks } = await importOne('ks_gbk_comments.csv');
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(describeProblem(problems[0] as LineProblem)).toMatch(/^line 3: .*quote/);
    expect(acks.at(-1)).toMatchObject({ accepted: 2, rejected: 1 });
    await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' });
    const texts = (await t.db.kysely.selectFrom('mentions').select('text').orderBy('id').execute()).map((r) => r.text);
    expect(texts).toEqual(['充电宝鼓包了还能继续用吗？客服说可以寄回检测', '已经退货退款，处理速度还算可以，点赞']);
  });

  it('keeps U+2028 inside Xiaohongshu text and a CRLF inside a quoted CSV field', async () => {
    await importOne('xhs_search_contents.jsonl');
    await importOne('weibo_search_comments.csv');
    await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'test' });
    const texts = (await t.db.kysely.selectFrom('mentions').select('text').orderBy('id').execute()).map((r) => r.text);
    expect(texts[0]).toMatch(/别买这款[\u2028\n]用了三个月/);
    expect(texts[2]).toMatch(/^回复@杭州阿明:同款，\s*已经联系客服$/);
  });
});
