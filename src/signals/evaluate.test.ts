/** Floors on the measured figures (docs/signals.md): false alarms per series-week on quiet series, bursts found and how fast. */
import { describe, expect, it } from 'vitest';
import { measureDesk } from './desk-figures.js';
import { measureBursts, measureQuiet } from './evaluate.js';

describe('burst detector, measured', () => {
  it('stays under one false spike per series-week on quiet synthetic series at every volume', () => {
    const quiet = measureQuiet();
    for (const q of quiet) expect(q.perSeriesWeek, `${q.perHour}/h`).toBeLessThanOrEqual(0.25);
    expect(quiet.reduce((s, q) => s + q.falseAlarms, 0) / quiet.reduce((s, q) => s + q.seriesWeeks, 0)).toBeLessThanOrEqual(0.1);
  });

  it('finds stories that triple over a day and slow ramps, and most ×5 hours, at 5 mentions an hour and more', () => {
    const figures = measureBursts().filter((f) => f.perHour >= 5);
    const of = (kind: string) => figures.filter((f) => f.kind === kind);
    for (const f of of('day-x3')) {
      expect(f.found / f.trials, `day-x3 at ${f.perHour}/h`).toBeGreaterThanOrEqual(0.9);
      expect(f.medianDelay, `day-x3 at ${f.perHour}/h`).toBeLessThanOrEqual(18);
    }
    for (const f of of('ramp-3d')) {
      expect(f.found / f.trials).toBeGreaterThanOrEqual(0.9);
      expect(f.medianDelay).toBeLessThanOrEqual(45);
    }
    for (const f of of('hour-x5')) {
      expect(f.found / f.trials, `hour-x5 at ${f.perHour}/h`).toBeGreaterThanOrEqual(0.3);
      expect(f.maxDelay).toBe(0);
    }
  });

  it('on desk-shaped series: few false alarms, the demo crisis and the Monday story found within a day', () => {
    const desk = measureDesk();
    const weeks = desk.reduce((s, d) => s + d.seriesWeeks, 0);
    const alarms = desk.reduce((s, d) => s + d.falseAlarms, 0);
    for (const d of desk) expect(d.falseAlarms / d.seriesWeeks, d.file).toBeLessThanOrEqual(1);
    expect(alarms / weeks).toBeLessThanOrEqual(0.6);
    const story = (kind: string) => desk.flatMap((d) => d.stories).find((s) => s.kind === kind);
    expect(story('demo-crisis')?.delay).toBeLessThanOrEqual(12);
    expect(story('day-x3')?.delay).toBeLessThanOrEqual(24);
  });
});
