/**
 * Writing an analyst's correction of events (the plan comes from `events/corrections.ts`): in the caller's
 * transaction, the workspace's clustering state is bumped first (locking it, so the events step and other corrections
 * wait, and any worker's copy of the state is read again), then the correction's record, the moved mentions with
 * their pins, merges, centroids, title and override, and the events' counts recounted from their mentions.
 */
import { sql } from 'kysely';
import type { CorrectedEvent, CorrectionPlan } from '../../events/corrections.js';
import { bumpEventState, readEventState, setMentionColumn } from './events-step.js';
import { withEvents } from './events-tables.js';
import type { Q } from './executor.js';

/** Locks the workspace's events for a correction; returns the number the next new event gets. */
export async function lockEventsForCorrection(q: Q, ws: number, now: number): Promise<number> {
  await bumpEventState(q, ws, now);
  const s = await readEventState(q, ws);
  const max = await withEvents(q)
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('m'))
    .where('workspace_id', '=', ws)
    .executeTakeFirst();
  return Math.max(s?.next_event ?? 1, Number(max?.m ?? 0) + 1);
}

export async function correctedEvents(q: Q, ws: number, ids: readonly number[]): Promise<CorrectedEvent[]> {
  if (ids.length === 0) return [];
  const rows = await withEvents(q)
    .selectFrom('events')
    .select(['id', 'merged_into', 'open', 'terms'])
    .where('workspace_id', '=', ws)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    mergedInto: r.merged_into === null ? null : Number(r.merged_into),
    open: Number(r.open) === 1,
    terms: parseTermsJson(r.terms),
  }));
}

export interface MemberLinkRow {
  id: number;
  parentId: number | null;
  duplicateOf: number | null;
}

/** Every member of an event with its links (so reposts and copies can follow a moved mention). */
export async function memberLinks(q: Q, ws: number, eventId: number): Promise<MemberLinkRow[]> {
  const rows = await withEvents(q)
    .selectFrom('mentions')
    .select(['id', 'parent_id', 'duplicate_of'])
    .where('workspace_id', '=', ws)
    .where('event_id', '=', eventId)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    duplicateOf: r.duplicate_of === null ? null : Number(r.duplicate_of),
  }));
}

/** What the centroid needs of these mentions (title, text, analysis). */
export async function mentionTexts(q: Q, ws: number, ids: readonly number[]) {
  const out: { id: number; title: string; text: string; sortAt: number; analysis: string }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await q
      .selectFrom('mentions')
      .select(['id', 'title', 'text', 'sort_at', 'analysis'])
      .where('workspace_id', '=', ws)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.push({ id: Number(r.id), title: r.title, text: r.text, sortAt: Number(r.sort_at), analysis: r.analysis });
  }
  return out;
}

/** Writes the plan; returns the correction's id. */
export async function applyCorrection(q: Q, ws: number, plan: CorrectionPlan, createdTitle: string, now: number): Promise<number> {
  const k = withEvents(q);
  const { record } = plan;
  const inserted = await k
    .insertInto('event_corrections')
    .values({
      workspace_id: ws,
      event_id: record.event,
      kind: record.kind,
      user_id: record.by,
      at: record.at,
      payload: JSON.stringify(record.payload),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const correctionId = Number(inserted.id);
  if (plan.created) {
    await k
      .insertInto('events')
      .values({
        workspace_id: ws,
        id: plan.created.id,
        title: plan.created.title ?? createdTitle,
        title_set: plan.created.title,
        status: 'emerging',
        open: plan.updates[0]?.open === false ? 0 : 1,
        pinned: 1,
        merged_into: null,
        mention_count: 0,
        first_at: now,
        last_at: now,
        origin_mention_id: null,
        terms: JSON.stringify(plan.created.terms),
        keywords: '[]',
        severity_history: '[]',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await bumpEventState(q, ws, now, plan.created.id + 1);
  }
  if (plan.moves.length > 0) {
    await setMentionColumn(
      q,
      ws,
      'event_id',
      plan.moves.map((m) => [m.mention, m.to]),
    );
    const pins = plan.moves.map((m) => ({ workspace_id: ws, mention_id: m.mention, event_id: m.to, correction_id: correctionId, at: now }));
    for (let i = 0; i < pins.length; i += 200)
      await k
        .insertInto('event_pins')
        .values(pins.slice(i, i + 200))
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'mention_id']).doUpdateSet({
            event_id: sql`excluded.event_id`,
            correction_id: sql`excluded.correction_id`,
            at: sql`excluded.at`,
          }),
        )
        .execute();
  }
  for (const m of plan.merged) {
    await k.updateTable('mentions').set({ event_id: m.into }).where('workspace_id', '=', ws).where('event_id', '=', m.from).execute();
    await k.updateTable('event_pins').set({ event_id: m.into }).where('workspace_id', '=', ws).where('event_id', '=', m.from).execute();
    await k
      .updateTable('events')
      .set({ merged_into: m.into, open: 0, pinned: 1, updated_at: now })
      .where('workspace_id', '=', ws)
      .where('id', '=', m.from)
      .execute();
    await k.updateTable('events').set({ merged_into: m.into }).where('workspace_id', '=', ws).where('merged_into', '=', m.from).execute();
  }
  for (const u of plan.updates)
    await k
      .updateTable('events')
      .set({ terms: JSON.stringify(u.terms), open: u.open ? 1 : 0, pinned: 1, updated_at: now })
      .where('workspace_id', '=', ws)
      .where('id', '=', u.id)
      .where('merged_into', 'is', null)
      .execute();
  if (plan.title !== null)
    await k
      .updateTable('events')
      .set({ title_set: plan.title, pinned: 1, updated_at: now })
      .where('workspace_id', '=', ws)
      .where('id', '=', record.event)
      .execute();
  if (plan.severity !== undefined) {
    const s = plan.severity;
    await k
      .updateTable('events')
      .set({
        override_level: s?.level ?? null,
        override_reason: s?.reason ?? null,
        override_by: s ? record.by : null,
        override_at: s ? record.at : null,
        shown_level: s ? s.level : sql<number | null>`severity_level`,
        pinned: 1,
        updated_at: now,
      })
      .where('workspace_id', '=', ws)
      .where('id', '=', record.event)
      .execute();
  }
  return correctionId;
}

/** Recounts events from their mentions (count, first and last time, origin) and marks them to be described again. */
export async function recountEvents(q: Q, ws: number, ids: readonly number[], now: number): Promise<void> {
  const k = withEvents(q);
  for (const id of new Set(ids)) {
    const agg = await k
      .selectFrom('mentions')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('sort_at').as('first'), eb.fn.max('sort_at').as('last')])
      .where('workspace_id', '=', ws)
      .where('event_id', '=', id)
      .executeTakeFirstOrThrow();
    const origin = await k
      .selectFrom('mentions')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('event_id', '=', id)
      .orderBy('sort_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    const n = Number(agg.n);
    await k
      .updateTable('events')
      .set({
        mention_count: n,
        ...(n > 0 ? { first_at: Number(agg.first), last_at: Number(agg.last) } : {}),
        origin_mention_id: origin ? Number(origin.id) : null,
        described_count: 0,
        described_at: 0,
        updated_at: now,
      })
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  }
}

function parseTermsJson(json: string): [string, number][] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v)
      ? v.filter((t): t is [string, number] => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number')
      : [];
  } catch {
    return [];
  }
}
