/** Search and its CSV export filtered by event and by mention level, on both backends, after the pipeline's events step. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { createEventsStep } from '../pipeline/after-store/events-step.js';
import { BRAKE, eventOf, FACTORY, storeStoryMention } from '../pipeline/after-store/events-testkit.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeWorkspace } from '../testing/factories.js';
import type { SearchResult } from './schemas/search.js';
import { type Caller, createHarness, type Harness, loginAs } from './testing/harness.js';

const MIN = 60_000;

describeBackends('search by event and level', (dialect) => {
  let h: Harness;
  let viewer: Caller;
  let ws = 0;
  const ids: Record<string, number> = {};
  const T0 = Date.UTC(2026, 1, 1, 6);
  const base = () => `/api/v1/workspaces/${ws}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    const m = await makeMember(h.t.db, ws, 'viewer');
    viewer = await loginAs(h.app, m.user.username, m.password);
    const src = (await makeSource(h.t.db, ws)).id;
    const s = async (key: string, m: Parameters<typeof storeStoryMention>[3]) => {
      ids[key] = await storeStoryMention(h.t.db, ws, src, m);
    };
    await s('a1', { title: '星驰汽车刹车失灵 多地车主投诉', at: T0, keywords: BRAKE, sentiment: 'negative' });
    await s('b1', { title: '化工厂火灾 消防到场扑救', at: T0 + MIN, keywords: FACTORY });
    await s('a2', { title: '星驰汽车宣布召回 刹车失灵车型', at: T0 + 2 * MIN, keywords: BRAKE, sentiment: 'negative' });
    await s('b2', { title: '化工厂火灾现场 消防员救出工人', at: T0 + 3 * MIN, keywords: FACTORY });
    await s('a3', { title: '星驰汽车刹车失灵 车主集体维权', at: T0 + 4 * MIN, keywords: BRAKE, sentiment: 'negative' });
    h.clock.now = T0 + 10 * MIN;
    await createEventsStep().run([ws], { db: h.t.db, now: () => h.clock.now, logger: silentLogger });
  });
  afterAll(async () => {
    await h.dispose();
  });

  const idsOf = (r: SearchResult) => r.items.map((i) => i.id).sort((a, b) => a - b);

  it('lists one event’s mentions, with the other filters too, by GET and POST alike', async () => {
    const brake = await eventOf(h.t.db, ids.a1 as number);
    const fire = await eventOf(h.t.db, ids.b1 as number);
    expect(brake).not.toBeNull();
    expect(fire).not.toBe(brake);
    const all = (await viewer.get(`${base()}/search?fold=false`)).body as SearchResult;
    expect(all.total).toBe(5);
    const r = (await viewer.get(`${base()}/search?fold=false&event=${brake}`)).body as SearchResult;
    expect(idsOf(r)).toEqual([ids.a1, ids.a2, ids.a3].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(r.total).toBe(3);
    // With the other filters: the fire's mentions are all neutral.
    const negative = (await viewer.get(`${base()}/search?fold=false&sentiment=negative&event=${brake}`)).body as SearchResult;
    expect(negative.total).toBe(3);
    const none = (await viewer.get(`${base()}/search?fold=false&sentiment=negative&event=${fire}`)).body as SearchResult;
    expect(none.total).toBe(0);
    const posted = await viewer.call('POST', `${base()}/search`, { event: brake, fold: false });
    expect(idsOf(posted.body as SearchResult)).toEqual(idsOf(r));
    expect((await viewer.get(`${base()}/search?event=0`)).status).toBe(400);
  });

  it('lists the mentions graded at the asked levels, as the mentions list does', async () => {
    const list = (await viewer.get(`${base()}/mentions?severity=1,2,3,4&limit=100`)).body as { items: { id: number }[] };
    const graded = list.items.map((m) => m.id).sort((a, b) => a - b);
    expect(graded.length).toBeGreaterThan(0);
    expect(graded.length).toBeLessThan(5);
    const r = (await viewer.get(`${base()}/search?fold=false&severity=1,2,3,4`)).body as SearchResult;
    expect(idsOf(r)).toEqual(graded);
    expect((await viewer.get(`${base()}/search?severity=I`)).status).toBe(400);
    expect((await viewer.get(`${base()}/search?severity=5`)).status).toBe(400);
  });

  it('exports just the event’s mentions', async () => {
    const brake = await eventOf(h.t.db, ids.a1 as number);
    const csv = await viewer.get(`${base()}/search/export?event=${brake}&fold=false&labels=zh`);
    expect(csv.status).toBe(200);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.includes('星驰汽车'))).toBe(true);
  });
});
