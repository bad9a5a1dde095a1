/**
 * Quality on the labelled set (34 stories of 14 brands and places, 10 of them with two to four incidents; 12 loose
 * posts; 395 mentions in simplified and traditional Chinese and English, 9 stories told in both languages): B-cubed
 * of the clustering `bin/yuqing cluster` runs, kept above a floor a little below the measured figures (batches of
 * 50: P 0.899, R 0.679, F1 0.773; one by one: F1 0.764); and what an event shows, read from one story. The
 * committed JSONL is the builder's output.
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
    // Overlapping on purpose: brands with several incidents, and incidents told in both languages.
    const stories = new Set(set.map((m) => m.story));
    const brands = new Map<string, number>();
    for (const s of stories) if (!s.startsWith('loner')) brands.set(s.split('-')[0] ?? s, (brands.get(s.split('-')[0] ?? s) ?? 0) + 1);
    expect([...brands.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    const english = (m: { text: string }) => !/[\u4e00-\u9fff]/.test(m.text);
    const both = [...stories].filter((s) => set.some((m) => m.story === s && english(m)) && set.some((m) => m.story === s && !english(m)));
    expect(both.length).toBeGreaterThanOrEqual(9);
  });

  it('clusters into its stories with B-cubed F1 above the floor', () => {
    const r = evaluateClustering(analysed, set);
    expect(r.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.precision).toBeGreaterThanOrEqual(0.87);
    expect(r.recall).toBeGreaterThanOrEqual(0.65);
    // Small batches too (the stream's IDF is taken afresh every few mentions, so the figures move a little).
    expect(evaluateClustering(analysed, set, { batch: 1 }).f1).toBeGreaterThanOrEqual(0.745);
  });

  it('describes an event by its most representative report, cited sentences, keywords and origins', () => {
    // One story's mentions as its event's members (what clustering gets right or wrong is the test above's).
    const byId = new Map(set.map((m) => [m.id, m]));
    const members: EventMember[] = analysed
      .filter((m) => byId.get(m.id)?.story === 'lantu-brake-recall')
      .map((m) => ({ ...m, channel: byId.get(m.id)?.source ?? '' }));
    expect(members.length).toBeGreaterThan(8);
    const sum = new Map<string, number>();
    for (const m of members) for (const k of m.keywords) sum.set(k.word.toLowerCase(), (sum.get(k.word.toLowerCase()) ?? 0) + k.weight);
    const centroid = [...sum];
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
