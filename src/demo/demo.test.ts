/** The demo at speed 0 into a fresh database on both backends: count, channels, 72 h span, parents, languages; deterministic. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { seedWorkspace, testConfig } from '../pipeline/testkit/seed.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../testing/backends.js';
import { startCli } from '../testing/cli.js';
import { generateScenario, scenarioSize } from './generate.js';
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
    expect(summary).toMatchObject({ items: scenarioSize, accepted: scenarioSize, duplicates: 0, rejected: 0, stored: scenarioSize });
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

    // Again: nothing new. Reset removes the demo's mentions and inbox rows, so the next replay starts clean.
    expect(await replay()).toMatchObject({ accepted: 0, duplicates: scenarioSize });
    expect(await resetDemo(t.db, ws)).toEqual({ mentions: scenarioSize, inbox: scenarioSize });
    expect(await t.db.kysely.selectFrom('mentions').select('id').where('workspace_id', '=', ws).execute()).toEqual([]);
  }, 180_000);
});
