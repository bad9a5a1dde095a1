/**
 * Analysts' corrections of events, as pure commands (time and actor passed in): rename, merge, move mentions, split
 * mentions off into a new event, and the severity override. Each checks its rule against what the store read and
 * returns what to write: the events' new centroids and flags, the mentions that change event (a moved mention's
 * reposts and near-duplicates follow it), and the correction's record. Corrected events are pinned: the periodic pass
 * never merges two pinned events and always keeps the pinned one (`maintain.ts`), and mentions already assigned are
 * never reassigned by later batches, so corrections stick.
 */
import { isSeverityLevel, type SeverityLevel } from '../severity/index.js';
import { byWeight } from './features.js';
import type { Term } from './types.js';
import { addTerms } from './work.js';

export type CorrectionKind = 'rename' | 'merge' | 'move' | 'split' | 'severity';

export type CorrectionCommand =
  | { kind: 'rename'; title: string }
  | { kind: 'merge'; from: readonly number[] }
  | { kind: 'move'; mentions: readonly number[]; to: number }
  | { kind: 'split'; mentions: readonly number[]; title?: string | undefined }
  | { kind: 'severity'; level: SeverityLevel | null; reason: string };

/** An event as the corrections read it from the store. */
export interface CorrectedEvent {
  id: number;
  mergedInto: number | null;
  open: boolean;
  terms: readonly Term[];
}

/** A member of the corrected event: its links (so copies follow) and its term vector (so centroids follow). */
export interface CorrectedMember {
  id: number;
  parentId: number | null;
  duplicateOf: number | null;
  terms: readonly Term[];
}

export interface CorrectionRecord {
  kind: CorrectionKind;
  event: number;
  by: number | null;
  at: number;
  payload: Record<string, unknown>;
}

export interface CorrectionPlan {
  record: CorrectionRecord;
  /** Events whose centroid changes (and that become pinned), with their new terms; `open` when it takes mentions again. */
  updates: { id: number; terms: Term[]; open: boolean }[];
  /** Events merged away: their mentions go to `into`. */
  merged: { from: number; into: number }[];
  /** Mentions that change event, pinned there. */
  moves: { mention: number; to: number }[];
  /** The event a split opens (its id allocated by the store), with its title. */
  created: { id: number; title: string | null; terms: Term[] } | null;
  title: string | null;
  severity: { level: SeverityLevel; reason: string } | null | undefined;
}

export type Checked =
  | { ok: true; plan: CorrectionPlan }
  | { ok: false; problem: string; code: 'invalid_request' | 'not_found' | 'conflict' };

export interface CorrectionInput {
  event: CorrectedEvent;
  /** Other events named by the command (merge sources, the move target). */
  others: readonly CorrectedEvent[];
  /** Members of `event` (move and split only). */
  members: readonly CorrectedMember[];
  /** The id a split's new event gets. */
  newEventId: number;
  maxTerms: number;
  by: number | null;
  at: number;
}

const fail = (code: 'invalid_request' | 'not_found' | 'conflict', problem: string): Checked => ({ ok: false, code, problem });

export function planCorrection(cmd: CorrectionCommand, input: CorrectionInput): Checked {
  const { event } = input;
  if (event.mergedInto !== null) return fail('conflict', `event ${event.id} was merged into event ${event.mergedInto}`);
  const base = {
    record: { kind: cmd.kind, event: event.id, by: input.by, at: input.at, payload: payloadOf(cmd) },
    updates: [],
    merged: [],
    moves: [],
    created: null,
    title: null,
    severity: undefined,
  } satisfies CorrectionPlan;
  switch (cmd.kind) {
    case 'rename': {
      const title = cmd.title.trim();
      if (title === '') return fail('invalid_request', 'a title is required');
      return { ok: true, plan: { ...base, title } };
    }
    case 'severity': {
      if (cmd.level === null) return { ok: true, plan: { ...base, severity: null } };
      if (!isSeverityLevel(cmd.level)) return fail('invalid_request', 'level must be 1, 2, 3 or 4 (I–IV)');
      if (cmd.reason.trim().length < 2) return fail('invalid_request', 'an override needs a reason');
      return { ok: true, plan: { ...base, severity: { level: cmd.level, reason: cmd.reason.trim() } } };
    }
    case 'merge':
      return planMerge(cmd.from, input, base);
    case 'move':
    case 'split':
      return planMoveOrSplit(cmd, input, base);
  }
}

function planMerge(from: readonly number[], input: CorrectionInput, base: CorrectionPlan): Checked {
  const ids = [...new Set(from)];
  if (ids.includes(input.event.id)) return fail('invalid_request', 'an event cannot be merged into itself');
  const sources: CorrectedEvent[] = [];
  for (const id of ids) {
    const e = input.others.find((o) => o.id === id);
    if (!e) return fail('not_found', `no event ${id}`);
    if (e.mergedInto !== null) return fail('conflict', `event ${id} was already merged into event ${e.mergedInto}`);
    sources.push(e);
  }
  let terms: Term[] = [...input.event.terms];
  for (const s of sources) terms = addTerms(terms, s.terms, input.maxTerms);
  const open = input.event.open || sources.some((s) => s.open);
  return {
    ok: true,
    plan: { ...base, updates: [{ id: input.event.id, terms, open }], merged: ids.map((id) => ({ from: id, into: input.event.id })) },
  };
}

function planMoveOrSplit(
  cmd: Extract<CorrectionCommand, { kind: 'move' | 'split' }>,
  input: CorrectionInput,
  base: CorrectionPlan,
): Checked {
  const inEvent = new Set(input.members.map((m) => m.id));
  const missing = cmd.mentions.filter((id) => !inEvent.has(id));
  if (missing.length > 0) return fail('invalid_request', `mentions ${missing.slice(0, 5).join(', ')} are not in event ${input.event.id}`);
  const moving = followers(cmd.mentions, input.members);
  if (cmd.kind === 'split' && moving.size === inEvent.size) return fail('invalid_request', 'a split must leave some mentions behind');
  let to: CorrectedEvent;
  if (cmd.kind === 'move') {
    if (cmd.to === input.event.id) return fail('invalid_request', 'the mentions are in that event already');
    const target = input.others.find((o) => o.id === cmd.to);
    if (!target) return fail('not_found', `no event ${cmd.to}`);
    if (target.mergedInto !== null) return fail('conflict', `event ${cmd.to} was merged into event ${target.mergedInto}`);
    to = target;
  } else to = { id: input.newEventId, mergedInto: null, open: input.event.open, terms: [] };
  const moved = input.members.filter((m) => moving.has(m.id));
  let gained: Term[] = [...to.terms];
  let left: Term[] = [...input.event.terms];
  for (const m of moved) {
    gained = addTerms(gained, m.terms, input.maxTerms);
    left = addTerms(left, m.terms, input.maxTerms, -1);
  }
  left = left.filter(([, w]) => w > 1e-9).sort(byWeight);
  const emptied = moved.length === inEvent.size;
  const updates = [{ id: input.event.id, terms: left, open: input.event.open && !emptied }];
  const moves = moved.map((m) => ({ mention: m.id, to: to.id }));
  const plan: CorrectionPlan = {
    ...base,
    record: { ...base.record, payload: { ...base.record.payload, followed: moved.length - new Set(cmd.mentions).size, to: to.id } },
    moves,
    merged: emptied ? [{ from: input.event.id, into: to.id }] : [],
  };
  if (cmd.kind === 'move')
    return { ok: true, plan: { ...plan, updates: [...updates, { id: to.id, terms: gained, open: to.open || input.event.open }] } };
  return { ok: true, plan: { ...plan, updates, created: { id: to.id, title: cmd.title?.trim() || null, terms: gained } } };
}

/** The chosen mentions and every member that reposts, answers or copies one of them, directly or further down. */
export function followers(chosen: readonly number[], members: readonly CorrectedMember[]): Set<number> {
  const out = new Set(chosen);
  const children = new Map<number, number[]>();
  for (const m of members)
    for (const ref of [m.parentId, m.duplicateOf])
      if (ref !== null && ref !== m.id) {
        const list = children.get(ref);
        if (list) list.push(m.id);
        else children.set(ref, [m.id]);
      }
  const stack = [...out];
  for (let id = stack.pop(); id !== undefined; id = stack.pop())
    for (const child of children.get(id) ?? [])
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
  return out;
}

function payloadOf(cmd: CorrectionCommand): Record<string, unknown> {
  const { kind: _kind, ...rest } = cmd;
  return { ...rest };
}
