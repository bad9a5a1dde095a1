/** The demo at speed 0 into a fresh database on both backends: count, channels, 72 h span, parents, languages; deterministic. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptItems } from '../intake/accept.js';
import { silentLogger } from '../log/logger.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { drainOnce } from '../pipeline/worker.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { startCli } from '../testing/cli.js';
import { generateScenario, scenarioSize } from './generate.js';
import { progressLine, summaryLine } from './progress-text.js';
import { replayDemo } from './replay.js';
import { resetDemo } from './reset.js';
import { HOUR_MS, scenarioSpanMs } from './timeline.js';

describe('generateScenario', () => {
  it('is the same on every run and differs with another seed', () => {
    expect(JSON.stringify(generateScenario())).toBe(JSON.stringify(generateScenario()));
    expect(JSON.stringify(generateScenario(7))).not.toBe(JSON.stringify(generateScenario()));
  });

  it('tells the story: first post at 0, rumour, statements, recovery, 72 h, parents always earlier', () => {
    const s = generateScenario();
    expect(s).toHaveLength(scenarioSize);
    expect(s[0]?.offsetMs).toBe(0);
    expect(s.at(-1)?.offsetMs).toBe(scenarioSpanMs);
    const texts = s.map((x) => x.item.text);
    expect(texts.some((x) => x.includes('//@'))).toBe(true);
    expect(texts.some((x) => x.includes('被查封'))).toBe(true);
    expect(texts.some((x) => x.startsWith('【关于X20充电宝相关情况的说明】'))).toBe(true);
    const seenAt = new Map<string, number>();
    for (const { offsetMs, item } of s) {
      if (item.parent) expect(seenAt.get(item.parent)).toBeLessThanOrEqual(offsetMs);
      seenAt.set(item.externalId ?? '', offsetMs);
    }
    const hourly = (from: number, to: number) => s.filter((x) => x.offsetMs >= from * HOUR_MS && x.offsetMs < to * HOUR_MS).length;
    expect(hourly(10, 16)).toBeGreaterThan(hourly(60, 66) * 2);
  });
});

describe('bin/yuqing demo', () => {
  it('refuses a speed that is not a number', async () => {
    const run = startCli(['demo', '--speed', 'fast'], { ...process.env, DATABASE_URL: 'sqlite::memory:' });
    expect((await run.exited).code).not.toBe(0);
    expect(run.stderr.join('\n')).toMatch(/expected a number from 0 to 1000000/);
  });
});

describeBackends('demo replay at speed 0', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
    ws = await seedWorkspace(t.db);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const now = Date.parse('2026-11-22T01:00:00Z');
  const replay = () =>
    replayDemo(
      { db: t.db, config: testConfig(), logger: silentLogger },
      { workspaceId: ws, speed: 0, now: () => now, sleep: async () => {} },
    );

  it('stores the whole scenario as mentions ending now, with channels, parents and both languages', async () => {
    const summary = await replay();
    expect(summary).toMatchObject({
      items: scenarioSize,
      accepted: scenarioSize,
      duplicates: 0,
      rejected: 0,
      stored: scenarioSize,
      pending: 0,
      alreadyThere: false,
    });
    const rows = await t.db.kysely
      .selectFrom('mentions')
      .select(['external_id', 'parent_ref', 'published_at', 'channel', 'text', 'region_label', 'likes'])
      .where('workspace_id', '=', ws)
      .execute();
    expect(rows).toHaveLength(scenarioSize);
    const times = rows.map((r) => Number(r.published_at));
    expect(Math.max(...times)).toBe(now);
    expect(Math.max(...times) - Math.min(...times)).toBe(scenarioSpanMs);
    expect(new Set(rows.map((r) => r.channel))).toEqual(new Set(['weibo', 'news', 'wechat', 'video', 'forum', 'qa', 'social', 'app']));
    const ids = new Set(rows.map((r) => r.external_id));
    const withParent = rows.filter((r) => r.parent_ref !== null);
    expect(withParent.length).toBeGreaterThan(500);
    for (const r of withParent) expect(ids.has(r.parent_ref)).toBe(true);
    expect(rows.filter((r) => /[\u4e00-\u9fff]/.test(r.text)).length).toBeGreaterThan(1500);
    expect(rows.filter((r) => /^[\x20-\x7e\u2018-\u201d]+$/.test(r.text)).length).toBeGreaterThan(30);
    expect(rows.some((r) => r.region_label?.startsWith('IP属地：'))).toBe(true);

    // Again, even at an hour a second: everything is there, and it says so without replaying (no waiting at all).
    const again = await replayDemo(
      { db: t.db, config: testConfig(), logger: silentLogger },
      {
        workspaceId: ws,
        speed: 3600,
        now: () => now,
        sleep: async () => {
          throw new Error('a replay of items already there waited');
        },
      },
    );
    expect(again).toMatchObject({ accepted: 0, duplicates: scenarioSize, stored: scenarioSize, alreadyThere: true });
    expect(summaryLine(again, 'default')).toBe(
      'all 2,000 demo items are already in workspace default (2,000 stored as mentions); run with --reset to replay them with fresh times',
    );
    // Reset removes the demo's mentions and inbox rows, so the next replay starts clean.
    expect(await resetDemo(t.db, ws)).toEqual({ mentions: scenarioSize, inbox: scenarioSize });
    expect(await t.db.kysely.selectFrom('mentions').select('id').where('workspace_id', '=', ws).execute()).toEqual([]);
  }, 180_000);

  it('counts what the database holds at the end, including what another worker stored', async () => {
    // Another process (a running server's worker) already took in and stored the first 900 items.
    const first = generateScenario().slice(0, 900);
    await acceptItems(t.db, {
      workspaceId: ws,
      origin: 'demo',
      now,
      items: first.map((s, ref) => ({ ref, raw: { ...s.item, publishedAt: now - scenarioSpanMs + s.offsetMs } })),
    });
    expect(await drainOnce({ db: t.db, config: testConfig(), logger: silentLogger, workerId: 'server', now: () => now })).toBe(900);
    // Intake named those sources by key; someone renamed one of them since.
    const renamed = await t.db.kysely
      .updateTable('sources')
      .set({ name: '晨报（我们起的名字）' })
      .where('workspace_id', '=', ws)
      .where('key', '=', 'demo:news/dushi-express')
      .executeTakeFirst();
    expect(Number(renamed.numUpdatedRows)).toBe(1);
    const lines: string[] = [];
    const summary = await replayDemo(
      { db: t.db, config: testConfig(), logger: silentLogger },
      { workspaceId: ws, speed: 0, now: () => now, sleep: async () => {}, progress: (p) => lines.push(progressLine(p)) },
    );
    expect(summary).toMatchObject({ accepted: scenarioSize - 900, duplicates: 900, stored: scenarioSize, pending: 0, alreadyThere: false });
    const names = new Map(
      (await t.db.kysely.selectFrom('sources').select(['key', 'name']).where('workspace_id', '=', ws).execute()).map((r) => [
        r.key,
        r.name,
      ]),
    );
    expect(names.get('demo:news/nanfang-morning')).toBe('南方晨报');
    expect(names.get('demo:news/techdailywire')).toBe('Tech Daily Wire');
    expect(names.get('demo:news/dushi-express')).toBe('晨报（我们起的名字）');
    // Platforms keep their key; the web app names them in the UI language.
    expect(names.get('demo:weibo')).toBe('demo:weibo');
    expect([...names].filter(([key, name]) => key.startsWith('demo:news/') && key === name)).toEqual([]);
    expect(lines.at(-1)).toBe('simulated hour 72/72 · 2,000/2,000 items sent · 2,000 stored');
    expect(summaryLine({ ...summary, elapsedMs: 1234 }, 'default')).toBe(
      'done in 1.2 s: 2,000 demo items sent to workspace default (1,100 new, 900 already there); 2,000 stored as mentions',
    );
  }, 180_000);
});
