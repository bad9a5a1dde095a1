/** The events API on both backends: list and page after the pipeline's events step, filters, isolation; corrections that persist, are audited and survive later batches. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../log/logger.js';
import { createEventsStep } from '../pipeline/after-store/events-step.js';
import { BRAKE, eventOf, FACTORY, storeStoryMention } from '../pipeline/after-store/events-testkit.js';
import { withEvents } from '../store/queries/events-tables.js';
import { describeBackends } from '../testing/backends.js';
import { makeMember, makeSource, makeTopic, makeWorkspace } from '../testing/factories.js';
import type { EventDetail, EventList } from './schemas/events.js';
import type { MentionPage } from './schemas/mentions.js';
import { type Caller, createHarness, errorCode, type Harness, loginAs } from './testing/harness.js';

const MIN = 60_000;

describeBackends('events API', (dialect) => {
  let h: Harness;
  let analyst: Caller;
  let viewer: Caller;
  let outsider: Caller;
  let ws = 0;
  let src = 0;
  let other = 0;
  const ids: Record<string, number> = {};
  // The periodic pass every round, so a later batch would merge what an analyst split if the split did not stick.
  const step = createEventsStep({ passEvery: 1 });
  const T0 = Date.UTC(2026, 1, 1, 6);
  const runStep = (w = ws) => step.run([w], { db: h.t.db, now: () => h.clock.now, logger: silentLogger });
  const url = (path = '') => `/api/v1/workspaces/${ws}/events${path}`;

  beforeAll(async () => {
    h = await createHarness(dialect, { loginMaxAttempts: 1000 });
    ws = (await makeWorkspace(h.t.db)).id;
    other = (await makeWorkspace(h.t.db)).id;
    const member = async (w: number, role: 'analyst' | 'viewer') => {
      const m = await makeMember(h.t.db, w, role);
      return loginAs(h.app, m.user.username, m.password);
    };
    analyst = await member(ws, 'analyst');
    viewer = await member(ws, 'viewer');
    outsider = await member(other, 'analyst');
    src = (await makeSource(h.t.db, ws)).id;
    const s = (key: string, m: Parameters<typeof storeStoryMention>[3]) =>
      storeStoryMention(h.t.db, ws, src, m).then((id) => {
        ids[key] = id;
      });
    await s('a1', { title: '星驰汽车刹车失灵 多地车主投诉', at: T0, keywords: BRAKE, sentiment: 'negative' });
    await s('b1', { title: '化工厂火灾 消防到场扑救', at: T0 + MIN, keywords: FACTORY, channel: 'social' });
    await s('a2', { title: '星驰汽车宣布召回 刹车失灵车型', at: T0 + 2 * MIN, keywords: BRAKE, sentiment: 'negative' });
    await s('a2r', { title: '', text: '转发：星驰召回', at: T0 + 3 * MIN, keywords: [], parentId: ids.a2 });
    await s('b2', { title: '化工厂火灾现场 消防员救出工人', at: T0 + 4 * MIN, keywords: FACTORY });
    await s('a3', { title: '星驰汽车刹车失灵 车主集体维权', at: T0 + 5 * MIN, keywords: BRAKE, sentiment: 'negative' });
    const os = (await makeSource(h.t.db, other)).id;
    await storeStoryMention(h.t.db, other, os, { title: '星驰汽车刹车失灵', at: T0, keywords: BRAKE });
    h.clock.now = T0 + 10 * MIN;
    await runStep();
    await runStep(other);
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('lists events with their counts, most severe first, and pages', async () => {
    const r = await viewer.get(url());
    expect(r.status).toBe(200);
    const list = r.body as EventList;
    expect(list.items).toHaveLength(2);
    const brake = list.items.find((e) => e.title.includes('星驰'));
    expect(brake?.mentions).toBe(4);
    expect(brake?.sentiment.negative).toBe(3);
    expect(brake?.severity.level).not.toBeNull();
    const [first, second] = list.items;
    expect((first?.severity.level ?? 5) <= (second?.severity.level ?? 5)).toBe(true);
    const page1 = (await viewer.get(url('?limit=1&sort=size'))).body as EventList;
    expect(page1.items[0]?.mentions).toBe(4);
    const page2 = (await viewer.get(url(`?limit=1&sort=size&cursor=${page1.nextCursor}`))).body as EventList;
    expect(page2.items[0]?.mentions).toBe(2);
    expect(page2.nextCursor).toBeNull();
    const found = (await viewer.get(url(`?q=${encodeURIComponent('化工厂')}`))).body as EventList;
    expect(found.items.map((e) => e.mentions)).toEqual([2]);
    const after = (await viewer.get(url(`?from=${new Date(T0 + 3 * MIN).toISOString()}`))).body as EventList;
    expect(after.items.map((e) => e.mentions).sort()).toEqual([2, 4]);
    const late = (await viewer.get(url(`?from=${new Date(T0 + 4.5 * MIN).toISOString()}`))).body as EventList;
    expect(late.items.map((e) => e.mentions)).toEqual([4]);
    const before = (await viewer.get(url(`?to=${new Date(T0 + MIN).toISOString()}`))).body as EventList;
    expect(before.items.map((e) => e.mentions)).toEqual([4]);
    expect(((await viewer.get(url('?status=ended'))).body as EventList).items).toEqual([]);
    expect(((await viewer.get(url('?status=emerging,rising,peaked,declining'))).body as EventList).items).toHaveLength(2);
    expect((await viewer.get(url('?status=over'))).status).toBe(400);
    const topic = await makeTopic(h.t.db, ws, { name: '星驰' });
    await h.t.db.kysely
      .insertInto('mention_topics')
      .values({ workspace_id: ws, mention_id: ids.a1 as number, topic_id: topic.id, matched_at: T0 })
      .execute();
    const byTopic = (await viewer.get(url(`?topic=${topic.id}`))).body as EventList;
    expect(byTopic.items.map((e) => [e.mentions, e.topics])).toEqual([[4, [{ id: topic.id, name: '星驰' }]]]);
  });

  it('shows one event: summary citing its mentions, origin, timeline, spread, severity explained', async () => {
    const brake = await eventOf(h.t.db, ids.a1 as number);
    const r = await viewer.call('GET', url(`/${brake}?tz=480&lang=en`));
    expect(r.status).toBe(200);
    const d = r.body as EventDetail;
    expect(d.origin?.id).toBe(ids.a1);
    expect(d.summary.length).toBeGreaterThan(0);
    for (const s of d.summary) expect([ids.a1, ids.a2, ids.a2r, ids.a3]).toContain(s.mentionId);
    expect(d.timeline.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(d.spread.nodes.find((n) => n.mentionId === ids.a2r)?.parentId).toBe(ids.a2);
    expect(d.severity.factors.length).toBeGreaterThan(0);
    expect(d.severity.explanation).toMatch(/negative/);
    const india = (await viewer.get(url(`/${brake}?tz=330`))).body as EventDetail;
    expect(india.timeline.map((b) => [b.at, b.count, b.negative])).toEqual([['2026-02-01T05:30:00.000Z', 4, 3]]);
    expect(india.sources.map((x) => x.count)).toEqual([4]);
    const zh = (await viewer.get(url(`/${brake}`))).body as EventDetail;
    expect(zh.severity.explanation).toMatch(/负面/);
  });

  it('filters the mentions list by event and by high-risk level', async () => {
    const brake = await eventOf(h.t.db, ids.a1 as number);
    const r = (await viewer.get(`/api/v1/workspaces/${ws}/mentions?event=${brake}`)).body as MentionPage;
    expect(r.total).toBe(4);
    expect(r.items.map((m) => m.id).sort()).toEqual([ids.a1, ids.a2, ids.a2r, ids.a3].sort());
    const risky = (await viewer.get(`/api/v1/workspaces/${ws}/mentions?severity=1,2,3,4`)).body as MentionPage;
    expect(risky.items.map((m) => m.id).sort()).toEqual([ids.a1, ids.a2, ids.a3].sort());
    expect((await viewer.get(`/api/v1/workspaces/${ws}/mentions?severity=5`)).status).toBe(400);
  });

  it('keeps workspaces apart', async () => {
    const brake = await eventOf(h.t.db, ids.a1 as number);
    expect((await outsider.get(url())).status).toBe(404);
    expect((await outsider.get(url(`/${brake}`))).status).toBe(404);
    const own = (await outsider.get(`/api/v1/workspaces/${other}/events`)).body as EventList;
    expect(own.items.map((e) => e.mentions)).toEqual([1]);
    expect(errorCode(await viewer.get(url('/999')))).toBe('not_found');
  });
  const audited = async (action: string) =>
    (
      await h.t.db.kysely.selectFrom('audit_log').select(['action', 'target_id', 'actor_user_id']).where('workspace_id', '=', ws).execute()
    ).filter((a) => a.action === action);
  const later = async (key: string, m: Parameters<typeof storeStoryMention>[3]) => {
    ids[key] = await storeStoryMention(h.t.db, ws, src, m);
    h.clock.advance(MIN);
    await runStep();
  };

  it('renames: the title sticks through later batches, is audited, and only analysts may', async () => {
    const brake = (await eventOf(h.t.db, ids.a1 as number)) as number;
    expect((await viewer.call('PATCH', url(`/${brake}`), { title: '星驰刹车门' })).status).toBe(403);
    expect((await outsider.call('PATCH', url(`/${brake}`), { title: '星驰刹车门' })).status).toBe(404);
    const r = await analyst.call('PATCH', url(`/${brake}`), { title: '星驰刹车门' });
    expect(r.status).toBe(200);
    expect((r.body as EventDetail).title).toBe('星驰刹车门');
    await later('a4', { title: '星驰汽车刹车失灵 官方回应', at: T0 + 6 * MIN, keywords: BRAKE, sentiment: 'negative' });
    expect(await eventOf(h.t.db, ids.a4 as number)).toBe(brake);
    const d = (await viewer.get(url(`/${brake}`))).body as EventDetail;
    expect(d.title).toBe('星驰刹车门');
    expect(d.renamed).toBe(true);
    expect(d.corrections.map((c) => c.kind)).toEqual(['rename']);
    expect(await audited('event.rename')).toHaveLength(1);
  });

  it('overrides the level with a reason; later scoring does not undo it; removing it shows the computed level', async () => {
    const brake = (await eventOf(h.t.db, ids.a1 as number)) as number;
    expect((await analyst.call('PUT', url(`/${brake}/severity`), { level: 1, reason: '' })).status).toBe(400);
    const r = await analyst.call('PUT', url(`/${brake}/severity`), { level: 1, reason: '央视已报道' });
    expect(r.status).toBe(200);
    const computed = (r.body as EventDetail).severity.computed;
    expect(computed).not.toBe(1);
    await later('a5', { title: '星驰汽车刹车失灵 更多车主', at: T0 + 7 * MIN, keywords: BRAKE });
    const d = (await viewer.get(url(`/${brake}`))).body as EventDetail;
    expect(d.severity.level).toBe(1);
    expect(d.severity.overridden).toBe(true);
    expect(d.severity.override?.reason).toBe('央视已报道');
    const listed = (await viewer.get(url('?severity=1'))).body as EventList;
    expect(listed.items.map((e) => e.id)).toEqual([brake]);
    const cleared = (await analyst.call('DELETE', url(`/${brake}/severity`))).body as EventDetail;
    expect(cleared.severity.overridden).toBe(false);
    expect(cleared.severity.level).toBe(cleared.severity.computed);
    expect(await audited('event.severity.set')).toHaveLength(1);
    expect(await audited('event.severity.clear')).toHaveLength(1);
  });

  it('splits mentions off with their reposts; the periodic pass of later batches does not merge them back', async () => {
    const brake = (await eventOf(h.t.db, ids.a1 as number)) as number;
    const r = await analyst.call('POST', url(`/${brake}/split`), { mentions: [ids.a2], title: '星驰召回' });
    expect(r.status).toBe(200);
    const split = r.body as EventDetail;
    expect(split.id).not.toBe(brake);
    expect(split.title).toBe('星驰召回');
    expect(split.mentions).toBe(2);
    expect(await eventOf(h.t.db, ids.a2r as number)).toBe(split.id);
    await later('a6', { title: '星驰汽车刹车失灵 召回', at: T0 + 8 * MIN, keywords: BRAKE });
    await later('a2rr', { title: '', text: '再转发', at: T0 + 9 * MIN, keywords: [], parentId: ids.a2r });
    expect(await eventOf(h.t.db, ids.a2 as number)).toBe(split.id);
    expect(await eventOf(h.t.db, ids.a2rr as number)).toBe(split.id);
    expect(await eventOf(h.t.db, ids.a1 as number)).toBe(brake);
    const k = withEvents(h.t.db.kysely);
    const rows = await k.selectFrom('events').select(['id', 'merged_into']).where('workspace_id', '=', ws).execute();
    expect(rows.find((e) => Number(e.id) === split.id)?.merged_into).toBeNull();
    expect(rows.find((e) => Number(e.id) === brake)?.merged_into).toBeNull();
    const pins = await k.selectFrom('event_pins').select(['mention_id', 'event_id']).where('workspace_id', '=', ws).execute();
    expect(pins.map((p) => Number(p.mention_id)).sort()).toEqual([ids.a2, ids.a2r].sort());
    expect(((await viewer.get(url(`/${brake}`))).body as EventDetail).related).toContainEqual({
      id: split.id,
      title: '星驰召回',
      relation: 'split',
    });
    expect(await audited('event.split')).toHaveLength(1);
  });

  it('moves mentions with their reposts; later reposts follow them to their new event', async () => {
    const fire = (await eventOf(h.t.db, ids.b1 as number)) as number;
    const split = (await eventOf(h.t.db, ids.a2 as number)) as number;
    expect((await analyst.call('POST', url(`/${split}/move`), { mentions: [ids.b1], to: fire })).status).toBe(400);
    const r = await analyst.call('POST', url(`/${split}/move`), { mentions: [ids.a2r], to: fire });
    expect(r.status).toBe(200);
    expect(await eventOf(h.t.db, ids.a2r as number)).toBe(fire);
    expect(await eventOf(h.t.db, ids.a2rr as number)).toBe(fire);
    expect(await eventOf(h.t.db, ids.a2 as number)).toBe(split);
    await later('a2rrr', { title: '', text: '三次转发', at: T0 + 10 * MIN, keywords: [], parentId: ids.a2rr });
    expect(await eventOf(h.t.db, ids.a2rrr as number)).toBe(fire);
    const d = (await viewer.get(url(`/${fire}`))).body as EventDetail;
    expect(d.mentions).toBe(5);
    expect(await audited('event.move')).toHaveLength(1);
  });

  it('merges events; the merged event is listed no more and its mentions stay with the one kept', async () => {
    const fire = (await eventOf(h.t.db, ids.b1 as number)) as number;
    const split = (await eventOf(h.t.db, ids.a2 as number)) as number;
    const foreign = (
      await withEvents(h.t.db.kysely).selectFrom('events').select('id').where('workspace_id', '=', other).executeTakeFirstOrThrow()
    ).id;
    expect((await analyst.call('POST', url(`/${fire}/merge`), { from: [Number(foreign) + 100] })).status).toBe(404);
    const r = await analyst.call('POST', url(`/${fire}/merge`), { from: [split] });
    expect(r.status).toBe(200);
    expect((r.body as EventDetail).mentions).toBe(6);
    expect(await eventOf(h.t.db, ids.a2 as number)).toBe(fire);
    const list = (await viewer.get(url())).body as EventList;
    expect(list.items.map((e) => e.id)).not.toContain(split);
    expect(((await viewer.get(url(`/${split}`))).body as EventDetail).mergedInto).toBe(fire);
    expect((await analyst.call('POST', url(`/${fire}/merge`), { from: [split] })).status).toBe(409);
    await later('a7', { title: '', text: '转发召回', at: T0 + 11 * MIN, keywords: [], parentId: ids.a2 });
    expect(await eventOf(h.t.db, ids.a7 as number)).toBe(fire);
    expect(await audited('event.merge')).toHaveLength(1);
    // The other workspace's events were never touched.
    const theirs = (await outsider.get(`/api/v1/workspaces/${other}/events`)).body as EventList;
    expect(theirs.items.map((e) => [e.mentions, e.renamed])).toEqual([[1, false]]);
  });
});
