import { describe, expect, it } from 'vitest';
import { followers, planCorrection } from './corrections.js';
import { maintainEvents } from './maintain.js';
import { emptyClusterState, type OpenEvent } from './types.js';

const member = (id: number, parentId: number | null = null, duplicateOf: number | null = null) => ({
  id,
  parentId,
  duplicateOf,
  terms: [[`t${id}`, 1]] as [string, number][],
});
const event = (id: number, terms: [string, number][] = [['a', 1]]) => ({ id, mergedInto: null, open: true, terms });
const input = { others: [], members: [], newEventId: 9, maxTerms: 10, by: 1, at: 1000 };

describe('event corrections', () => {
  it('moves a mention with its reposts and copies, down the chain', () => {
    const members = [member(1), member(2, 1), member(3, null, 2), member(4), member(5, 4)];
    expect([...followers([1], members)].sort()).toEqual([1, 2, 3]);
  });

  it('splits off the chosen mentions and their reposts into the new event, moving their terms', () => {
    const members = [member(1), member(2, 1), member(3)];
    const r = planCorrection(
      { kind: 'split', mentions: [1] },
      {
        ...input,
        event: event(5, [
          ['t1', 1],
          ['t2', 1],
          ['t3', 1],
        ]),
        members,
      },
    );
    if (!r.ok) throw new Error(r.problem);
    expect(r.plan.moves).toEqual([
      { mention: 1, to: 9 },
      { mention: 2, to: 9 },
    ]);
    expect(r.plan.created?.terms.map(([t]) => t).sort()).toEqual(['t1', 't2']);
    expect(r.plan.updates[0]?.terms.map(([t]) => t)).toEqual(['t3']);
  });

  it('refuses what breaks a rule', () => {
    const e = event(5);
    expect(planCorrection({ kind: 'merge', from: [5] }, { ...input, event: e }).ok).toBe(false);
    expect(planCorrection({ kind: 'merge', from: [6] }, { ...input, event: e })).toMatchObject({ ok: false, code: 'not_found' });
    expect(planCorrection({ kind: 'split', mentions: [1] }, { ...input, event: e, members: [member(1)] })).toMatchObject({ ok: false });
    expect(planCorrection({ kind: 'move', mentions: [7], to: 6 }, { ...input, event: e, members: [member(1)] })).toMatchObject({
      ok: false,
      code: 'invalid_request',
    });
    expect(planCorrection({ kind: 'severity', level: 2, reason: ' ' }, { ...input, event: e }).ok).toBe(false);
    expect(planCorrection({ kind: 'rename', title: 'x' }, { ...input, event: { ...e, mergedInto: 3 } })).toMatchObject({
      code: 'conflict',
    });
  });

  it('the periodic pass never merges two pinned events and keeps the pinned one', () => {
    const open = (id: string, count: number): OpenEvent => ({ id, firstAt: 0, lastAt: 10, count, terms: [['same', 1]], origin: 'm' });
    const state = { ...emptyClusterState(), events: { e1: open('e1', 5), e2: open('e2', 1) }, docs: 10, df: { same: 1 } };
    expect(maintainEvents(state, 20).merged).toEqual([{ from: 'e2', into: 'e1', score: 1 }]);
    expect(maintainEvents(state, 20, {}, new Set(['e1', 'e2'])).merged).toEqual([]);
    expect(maintainEvents(state, 20, {}, new Set(['e2'])).merged).toEqual([{ from: 'e1', into: 'e2', score: 1 }]);
  });
});
