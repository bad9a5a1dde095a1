import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { withEvents } from '../../store/queries/events-tables.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeSource, makeWorkspace } from '../../testing/factories.js';
import { createEventsStep } from './events-step.js';
import { BRAKE, eventOf, FACTORY, storeStoryMention } from './events-testkit.js';

const T0 = Date.UTC(2026, 2, 1, 8);
const MIN = 60_000;

describeBackends('events step', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const ctx = (now = T0 + 60 * MIN) => ({ db: t.db, now: () => now, logger: silentLogger });

  it('clusters stories apart, reposts follow, levels negative mentions, and catches up on what a crash left', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const src = (await makeSource(t.db, ws)).id;
    const a1 = await storeStoryMention(t.db, ws, src, {
      title: '星驰汽车刹车失灵 多地车主投诉',
      at: T0,
      keywords: BRAKE,
      sentiment: 'negative',
    });
    const b1 = await storeStoryMention(t.db, ws, src, { title: '化工厂火灾 消防到场扑救', at: T0 + MIN, keywords: FACTORY });
    const a2 = await storeStoryMention(t.db, ws, src, { title: '星驰汽车宣布召回 刹车失灵车型', at: T0 + 2 * MIN, keywords: BRAKE });
    const step = createEventsStep();
    await step.run([ws], ctx());
    const [ea1, eb1, ea2] = [await eventOf(t.db, a1), await eventOf(t.db, b1), await eventOf(t.db, a2)];
    expect(ea1).not.toBeNull();
    expect(ea2).toBe(ea1);
    expect(eb1).not.toBe(ea1);

    // Stored after the step ran (a crash between the batch's commit and the step): the next call picks them up,
    // even with a new worker (no state in memory).
    const repost = await storeStoryMention(t.db, ws, src, { title: '', text: '转发', at: T0 + 3 * MIN, keywords: [], parentId: b1 });
    const a3 = await storeStoryMention(t.db, ws, src, { title: '星驰汽车刹车失灵 车主维权', at: T0 + 4 * MIN, keywords: BRAKE });
    expect(await eventOf(t.db, repost)).toBeNull();
    await createEventsStep().run([ws], ctx());
    expect(await eventOf(t.db, repost)).toBe(eb1);
    expect(await eventOf(t.db, a3)).toBe(ea1);

    const k = withEvents(t.db.kysely);
    const events = await k.selectFrom('events').selectAll().where('workspace_id', '=', ws).orderBy('id').execute();
    expect(events.map((e) => Number(e.mention_count)).sort()).toEqual([2, 3]);
    const brake = events.find((e) => Number(e.id) === ea1);
    expect(brake?.title).toContain('星驰汽车');
    expect(Number(brake?.origin_mention_id)).toBe(a1);
    expect(brake?.severity_level).not.toBeNull();
    const levels = await k.selectFrom('mentions').select(['id', 'severity']).where('workspace_id', '=', ws).orderBy('id').execute();
    expect(levels.find((r) => Number(r.id) === a1)?.severity).toBeGreaterThanOrEqual(1);
    expect(levels.find((r) => Number(r.id) === b1)?.severity).toBeNull();
    const state = await k.selectFrom('event_state').selectAll().where('workspace_id', '=', ws).executeTakeFirstOrThrow();
    expect(Number(state.last_mention_id)).toBe(a3);
  });

  it('keeps workspaces apart: a copy of another workspace’s mention opens its own event', async () => {
    const w1 = (await makeWorkspace(t.db)).id;
    const w2 = (await makeWorkspace(t.db)).id;
    const s1 = (await makeSource(t.db, w1)).id;
    const s2 = (await makeSource(t.db, w2)).id;
    const m1 = await storeStoryMention(t.db, w1, s1, { title: '星驰汽车刹车失灵', at: T0, keywords: BRAKE });
    const m2 = await storeStoryMention(t.db, w2, s2, { title: '星驰汽车刹车失灵', at: T0, keywords: BRAKE, duplicateOf: m1 });
    const step = createEventsStep();
    await step.run([w1, w2], ctx());
    const k = withEvents(t.db.kysely);
    const rows = await k.selectFrom('events').select(['workspace_id', 'id', 'mention_count']).orderBy('workspace_id').execute();
    expect(rows.map((r) => [Number(r.workspace_id), Number(r.id), Number(r.mention_count)])).toEqual([
      [w1, 1, 1],
      [w2, 1, 1],
    ]);
    expect(await eventOf(t.db, m1)).toBe(1);
    expect(await eventOf(t.db, m2)).toBe(1);
  });

  it('works through a backlog in rounds', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const src = (await makeSource(t.db, ws)).id;
    const ids: number[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(await storeStoryMention(t.db, ws, src, { title: `星驰汽车刹车失灵 第${i}条`, at: T0 + i * MIN, keywords: BRAKE }));
    const step = createEventsStep({ round: 2, maxRounds: 2 });
    await step.run([ws], ctx());
    const k = withEvents(t.db.kysely);
    const left = async () =>
      Number(
        (
          await k
            .selectFrom('mentions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', ws)
            .where('event_id', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await left()).toBe(3);
    await step.run([ws], ctx());
    expect(await left()).toBe(0);
    const events = await k.selectFrom('events').select(['id', 'mention_count']).where('workspace_id', '=', ws).execute();
    expect(events).toHaveLength(1);
    expect(Number(events[0]?.mention_count)).toBe(7);
  });
  it('two workers at once: each mention is clustered once, event numbers never collide, counts add up', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const src = (await makeSource(t.db, ws)).id;
    for (let i = 0; i < 12; i++) {
      const story = i % 2 === 0 ? BRAKE : FACTORY;
      await storeStoryMention(t.db, ws, src, { title: `${story.join(' ')} 第${i}条`, at: T0 + i * MIN, keywords: story });
    }
    const a = createEventsStep({ round: 3 });
    const b = createEventsStep({ round: 3 });
    await Promise.all([a.run([ws], ctx()), b.run([ws], ctx())]);
    await a.run([ws], ctx());
    const k = withEvents(t.db.kysely);
    const mentions = await k.selectFrom('mentions').select(['id', 'event_id']).where('workspace_id', '=', ws).execute();
    expect(mentions.every((m) => m.event_id !== null)).toBe(true);
    const events = await k
      .selectFrom('events')
      .select(['id', 'mention_count'])
      .where('workspace_id', '=', ws)
      .where('merged_into', 'is', null)
      .execute();
    const perEvent = new Map<number, number>();
    for (const m of mentions) perEvent.set(Number(m.event_id), (perEvent.get(Number(m.event_id)) ?? 0) + 1);
    expect(new Map(events.map((e) => [Number(e.id), Number(e.mention_count)]))).toEqual(perEvent);
  });
  it('while the inbox holds items a few new mentions wait for more, 30 s at most; an empty inbox clusters at once', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const src = (await makeSource(t.db, ws)).id;
    const m = await storeStoryMention(t.db, ws, src, { title: '星驰汽车刹车失灵', at: T0, keywords: BRAKE });
    await acceptItems(t.db, { workspaceId: ws, origin: 'api', now: T0, items: [{ ref: 0, raw: { source: 'x', text: '还在收件箱' } }] });
    const step = createEventsStep();
    await step.run([ws], ctx(T0 + MIN));
    expect(await eventOf(t.db, m)).toBeNull();
    await step.run([ws], ctx(T0 + MIN + 29_000));
    expect(await eventOf(t.db, m)).toBeNull();
    await step.run([ws], ctx(T0 + MIN + 30_000));
    expect(await eventOf(t.db, m)).toBe(1);
    const n = await storeStoryMention(t.db, ws, src, { title: '星驰汽车刹车失灵 召回', at: T0 + MIN, keywords: BRAKE });
    await t.db.kysely.updateTable('inbox').set({ status: 'done' }).execute();
    await step.run([ws], ctx(T0 + 2 * MIN));
    expect(await eventOf(t.db, n)).toBe(1);
  });
});
