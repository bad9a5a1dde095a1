/**
 * Quality on the labelled set (33 stories and 12 loose posts, 386 mentions): B-cubed of the clustering `bin/yuqing
 * cluster` runs, kept above a floor a little below the measured figures (batches of 50: P 0.898, R 0.702, F1 0.788; one by one: F1 0.795); and what an
 * event shows, read from one story. The committed JSONL is the builder's output.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EventMember, eventKeywords, eventOrigins, eventSummary, eventTitle } from '../events/describe.js';
import { evaluateClustering } from '../events/evaluate.js';
import { buildLabelledSet } from '../events/testdata/labelled.js';
import type { ClusterMention } from '../events/types.js';
import { analyseLabelled } from './events-bench.js';

const set = buildLabelledSet();
let analysed: ClusterMention[] = [];

beforeAll(() => {
  analysed = analyseLabelled(set);
}, 60_000);

describe('the labelled set', () => {
  it('is what the builder makes, with at least 30 stories and several hundred mentions', () => {
    const file = readFileSync(new URL('../events/testdata/labelled.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    expect(file.map((l) => JSON.parse(l))).toEqual(set);
    expect(new Set(set.filter((m) => !m.story.startsWith('loner')).map((m) => m.story)).size).toBeGreaterThanOrEqual(30);
    expect(set.length).toBeGreaterThan(350);
  });

  it('clusters into its stories with B-cubed F1 above the floor', () => {
    const r = evaluateClustering(analysed, set);
    expect(r.f1).toBeGreaterThanOrEqual(0.76);
    expect(r.precision).toBeGreaterThanOrEqual(0.86);
    expect(r.recall).toBeGreaterThanOrEqual(0.68);
    // Small batches too (the stream's IDF is taken afresh every few mentions, so the figures move a little).
    expect(evaluateClustering(analysed, set, { batch: 1 }).f1).toBeGreaterThanOrEqual(0.76);
  });

  it('describes an event by its most representative report, cited sentences, keywords and origins', () => {
    const r = evaluateClustering(analysed, set);
    const byId = new Map(set.map((m) => [m.id, m]));
    const event = r.predicted.get('lantu-brake-recall-1');
    const members: EventMember[] = analysed
      .filter((m) => r.predicted.get(m.id) === event)
      .map((m) => ({ ...m, channel: byId.get(m.id)?.source ?? '' }));
    expect(members.length).toBeGreaterThan(8);
    const centroid = members.flatMap((m) => m.keywords.map((k): [string, number] => [k.word.toLowerCase(), k.weight]));
    expect(eventTitle(members, centroid)).toMatch(/星澜X5.*(召回|刹车)|(召回|刹车).*星澜X5/);
    const summary = eventSummary(members, centroid, 3);
    expect(summary).toHaveLength(3);
    for (const s of summary) expect(byId.get(s.mention)?.text ?? '').toContain(s.text);
    expect(eventKeywords(members, centroid, 5)).toEqual(expect.arrayContaining(['刹车', '召回']));
    const { origin, firstPerChannel } = eventOrigins(members);
    expect(origin).toBe('lantu-brake-recall-1');
    expect(firstPerChannel.news).toBe('lantu-brake-recall-1');
    expect(Object.keys(firstPerChannel).length).toBeGreaterThan(2);
  });
});
