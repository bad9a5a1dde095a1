/** The detector's behaviour on small hand-built series: one signal per episode, warm-up, low counts, gaps, serialisable state, online decisions. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/random.js';
import { type Bucket, createBurstDetector } from './detector.js';
import { detectSeries } from './run.js';
import { poisson } from './testkit/sample.js';
import { HOUR_MS, seriesStart, syntheticStream } from './testkit/streams.js';

const steady = (perHour: number, hours: number, seed = 1): Bucket[] => {
  const r = seededRandom(seed);
  return Array.from({ length: hours }, (_, h) => ({ at: seriesStart + h * HOUR_MS, value: poisson(r, perHour) }));
};

describe('burst detector', () => {
  it('fires once on an hour burst, with its start and peak, and not again while it lasts', () => {
    const b = steady(20, 24 * 14);
    const onset = 24 * 10 + 5;
    for (let h = onset; h < onset + 4; h++) (b[h] as Bucket).value = h === onset + 1 ? 160 : 100;
    const { signals, episodes } = detectSeries(b, HOUR_MS);
    expect(signals).toHaveLength(1);
    const [s] = signals;
    expect(s?.at).toBe(seriesStart + onset * HOUR_MS);
    expect(s?.start).toBe(seriesStart + onset * HOUR_MS);
    expect(s?.warmingUp).toBe(false);
    const e = episodes.find((x) => x.firedAt === s?.at);
    expect(e?.peakAt).toBe(seriesStart + (onset + 1) * HOUR_MS);
    expect(e?.peak).toBe(160);
  });

  it('says nothing in the first day and is cautious in the first week', () => {
    const b = steady(20, 24 * 3);
    (b[10] as Bucket).value = 200;
    (b[40] as Bucket).value = 150;
    const { signals } = detectSeries(b, HOUR_MS);
    expect(signals.some((s) => s.at === b[10]?.at)).toBe(false);
    const late = signals.find((s) => s.at === b[40]?.at);
    expect(late?.warmingUp).toBe(true);
  });

  it('does not fire on a single extra mention of a quiet topic, but does on a real cluster', () => {
    const b = steady(0.1, 24 * 14, 3);
    for (const h of [200, 230, 260]) (b[h] as Bucket).value += 2;
    expect(detectSeries(b, HOUR_MS).signals).toHaveLength(0);
    (b[300] as Bucket).value = 12;
    expect(detectSeries(b, HOUR_MS).signals.map((s) => s.at)).toEqual([b[300]?.at]);
  });

  it('takes missing buckets as unknown and refuses a bucket off the grid', () => {
    const d = createBurstDetector();
    let state = d.initial(HOUR_MS);
    state = d.step(state, { at: 0, value: 3 }).state;
    const off = d.step(state, { at: HOUR_MS / 2, value: 3 });
    expect(off.problem).toMatch(/grid/);
    expect(off.state).toBe(state);
    expect(d.step(state, { at: 0, value: 1 }).problem).toMatch(/not after/);
    const gap = d.step(state, { at: 5 * HOUR_MS, value: 3 }).state;
    expect(gap.index).toBe(5);
    expect(gap.counts.filter((c) => c === null).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps its state as plain JSON and decides from the past only', () => {
    const b = syntheticStream({ perHour: 5, hours: 24 * 21, seed: 4, size: 8, burst: { kind: 'day-x3', onset: 24 * 15 } });
    const d = createBurstDetector();
    let live = d.initial(HOUR_MS);
    let revived = d.initial(HOUR_MS);
    const fromLive: number[] = [];
    const fromRevived: number[] = [];
    for (const x of b) {
      const r = d.step(live, x);
      live = r.state;
      if (r.signal) fromLive.push(r.signal.at);
      const q = d.step(JSON.parse(JSON.stringify(revived)), x);
      revived = q.state;
      if (q.signal) fromRevived.push(q.signal.at);
    }
    expect(fromRevived).toEqual(fromLive);
    expect(fromLive.length).toBeGreaterThan(0);
    expect(JSON.stringify(live).length).toBeLessThan(12_000);
    const cut = fromLive[0] ?? 0;
    const truncated = detectSeries(
      b.filter((x) => x.at <= cut),
      HOUR_MS,
    ).signals.map((s) => s.at);
    expect(truncated).toEqual(fromLive.filter((t) => t <= cut));
  });
});
