/** CSV export of search results and of the mentions list, through the in-process app on both backends. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../domain/testkit/draft.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import { createHarness, type Harness, loginAs, type SessionCaller } from './testing/harness.js';

/** Parses RFC 4180 CSV (quoted fields with doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describeBackends('mention export', (dialect) => {
  let h: Harness;
  let analyst: SessionCaller;
  let ws = 0;
  let other = 0;
  const base = () => `/api/v1/workspaces/${ws}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    other = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'analyst');
    analyst = await loginAs(h.app, m.user.username, m.password);
    const weibo = await makeSource(h.t.db, ws, { key: 'weibo' });
    const foreign = await makeSource(h.t.db, other, { key: 'weibo' });
    const now = h.clock.now;
    const rows = Array.from({ length: 12 }, (_, i) => ({
      draft: draftFixture({
        workspaceId: ws,
        inboxId: i + 1,
        dedupeKey: `d${i}`,
        sourceKey: 'weibo',
        title: i === 0 ? '=HYPERLINK("x") 标题, 带"引号"' : `华为 ${i}`,
        text: i % 2 === 0 ? '华为手机屏幕断裂，\n用户投诉' : '普通内容',
        channel: 'weibo',
        likes: i,
        sentiment: { label: i % 2 === 0 ? 'negative' : 'neutral', score: 0.25 },
        tags: [{ kind: 'category', value: 'product_quality' }],
        collectedAt: Date.UTC(2026, 10, 30, 16, 0, 0) + i * 60_000,
        publishedAt: Date.UTC(2026, 10, 30, 16, 0, 0) + i * 60_000,
      }),
      sourceId: weibo.id,
    }));
    await insertMentions(h.t.db.kysely, [
      ...rows,
      {
        draft: draftFixture({ workspaceId: other, inboxId: 99, dedupeKey: 'x', sourceKey: 'weibo', title: '华为 别家', collectedAt: now }),
        sourceId: foreign.id,
      },
    ]);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('exports the matches in search order with Chinese headers, Beijing times and safe cells', async () => {
    const r = await analyst.get(`${base()}/search/export?q=${encodeURIComponent('华为 投诉')}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="yuqing-mentions-\d+-\d{8}-\d{4}\.csv"/);
    // The byte-order mark is there in the bytes (a text decoder drops it, as Excel's does).
    const raw = await h.app.request(`${base()}/search/export?q=x`, { headers: { cookie: analyst.cookie } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(r.body as string);
    expect(header!.slice(0, 4)).toEqual(['编号', '发布时间', '标题', '正文']);
    // Even-numbered mentions match (the text says 华为…投诉); newest first.
    expect(rows.map((row) => row[2])).toEqual(['华为 10', '华为 8', '华为 6', '华为 4', '华为 2', '\'=HYPERLINK("x") 标题, 带"引号"']);
    const col = (name: string) => header!.indexOf(name);
    expect(rows[0]![col('发布时间')]).toBe('2026-12-01 00:10:00');
    expect(rows[0]![col('情感')]).toBe('负面');
    expect(rows[0]![col('正文')]).toBe('华为手机屏幕断裂，\n用户投诉');
    expect(rows[0]![col('类别')]).toBe('product_quality');
  });

  it('exports the whole list without a query, in English, bounded by max, never another workspace’s rows', async () => {
    const r = await analyst.get(`${base()}/search/export?labels=en&tz=UTC&max=11`);
    const [header, ...rows] = parseCsv(r.body as string);
    expect(header![1]).toBe('published');
    expect(rows).toHaveLength(11);
    expect(rows.some((row) => row[2] === '华为 别家')).toBe(false);
    // The oldest (the twelfth) is past max.
    expect(rows.some((row) => row[2]!.includes('HYPERLINK'))).toBe(false);
    const all = parseCsv((await analyst.get(`${base()}/search/export?labels=en&tz=UTC`)).body as string);
    const formula = all.find((row) => row[2]!.includes('HYPERLINK'))!;
    expect(formula[2]).toBe('\'=HYPERLINK("x") 标题, 带"引号"');
    expect(formula[1]).toBe('2026-11-30 16:00:00');
    expect(formula[header!.indexOf('sentiment')]).toBe('negative');
  });

  it('refuses an unknown time zone and records the export in the audit log', async () => {
    const bad = await analyst.get(`${base()}/search/export?tz=Mars/Base`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('tz');
    const audit = await h.t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'mention.export')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.some((a) => a.details.includes('华为 投诉'))).toBe(true);
  });

  it('is refused to someone outside the workspace', async () => {
    const r = await analyst.get(`/api/v1/workspaces/${other}/search/export`);
    expect([403, 404]).toContain(r.status);
  });
});
