/**
 * Hand-made hourly series shaped like what a desk sees on real platforms (no outside data is reachable offline, so
 * the shapes are written down from how such volume behaves): office-hours topics with a busy Monday morning,
 * lunch and evening peaks, quiet weekends, a holiday week and its make-up working Saturday, an evening-heavy
 * consumer topic, a near-silent topic; and stories on top of them — the demo's 72-hour crisis curve, a story that
 * triples over a day starting on a Monday morning, sudden hour bursts. `npx tsx src/signals/testkit/desk-series.ts`
 * rewrites `src/signals/testdata/` (CSV per series and `series.json`, what each holds and where its stories start).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intensity } from '../../demo/timeline.js';
import { seededRandom } from '../../domain/random.js';
import { negativeBinomial } from './sample.js';
import { burstMultiplier, HOUR_MS, seriesStart } from './streams.js';

const DAY_MS = 24 * HOUR_MS;
const weeks = 10;

type DayKind = 'workday' | 'weekend' | 'holiday';

/** National Day week and the Mid-Autumn day before it are holidays; the Saturday after is worked (调休). */
function dayKind(day: number): DayKind {
  const date = new Date(seriesStart + day * DAY_MS + 8 * HOUR_MS);
  const md = `${date.getUTCMonth() + 1}-${date.getUTCDate()}`;
  if (md === '9-25' || (date.getUTCMonth() === 9 && date.getUTCDate() <= 7)) return 'holiday';
  if (md === '10-10') return 'workday';
  return date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 'weekend' : 'workday';
}

interface Shape {
  perHour: number;
  size: number;
  /** Relative volume per hour (China Standard Time) for each kind of day. */
  curve: Record<DayKind, number[]>;
  /** Extra factor for Monday 08–12 h (the week's backlog: complaints, weekly reports, re-posts of weekend news). */
  mondayMorning: number;
}

const office = [
  0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.15, 0.5, 1.4, 2.2, 2.4, 2.1, 1.5, 1.7, 2.1, 2.2, 2, 1.6, 0.9, 0.7, 0.8, 0.7, 0.45, 0.25,
];
const social = [
  0.6, 0.4, 0.25, 0.15, 0.12, 0.15, 0.3, 0.55, 0.8, 0.95, 1, 1.05, 1.3, 1.25, 0.95, 0.9, 0.9, 0.95, 1.05, 1.3, 1.7, 1.95, 1.9, 1.2,
];
const lateSocial = social.map((v, h) => (h >= 7 && h <= 10 ? v * 0.6 : h >= 20 ? v * 1.15 : v));
const scale = (c: number[], f: number) => c.map((v) => v * f);

const shapes: Record<string, Shape> = {
  'brand-weekday': {
    perHour: 8,
    size: 10,
    curve: {
      workday: office.map((v, h) => 0.55 * v + 0.45 * (social[h] ?? 1)),
      weekend: scale(lateSocial, 0.6),
      holiday: scale(lateSocial, 0.45),
    },
    mondayMorning: 1.7,
  },
  'gov-office': {
    perHour: 2,
    size: 6,
    curve: { workday: office, weekend: scale(lateSocial, 0.15), holiday: scale(lateSocial, 0.08) },
    mondayMorning: 2,
  },
  'consumer-evening': {
    perHour: 60,
    size: 8,
    curve: { workday: social, weekend: scale(lateSocial, 1.3), holiday: scale(lateSocial, 1.25) },
    mondayMorning: 1.15,
  },
  'quiet-topic': {
    perHour: 0.3,
    size: 3,
    curve: {
      workday: office.map((v, h) => 0.5 * v + 0.5 * (social[h] ?? 1)),
      weekend: scale(lateSocial, 0.5),
      holiday: scale(lateSocial, 0.4),
    },
    mondayMorning: 1.5,
  },
};

function shapeMean(s: Shape, hour: number): number {
  // Hour 0 of a series is Monday 00:00 China Standard Time.
  const day = Math.floor(hour / 24);
  const h = hour % 24;
  const kind = dayKind(day);
  const monday = kind === 'workday' && new Date(seriesStart + day * DAY_MS + 8 * HOUR_MS).getUTCDay() === 1 && h >= 8 && h < 12;
  return (s.curve[kind][h] ?? 1) * (monday ? s.mondayMorning : 1);
}

export interface Story {
  kind: 'demo-crisis' | 'day-x3' | 'hour-x5';
  onset: string;
  /** How long after the onset a signal still counts as finding it. */
  horizonHours: number;
}

export interface DeskSeries {
  file: string;
  description: string;
  /** Timestamps as ISO UTC (`Z`) or zone-less (read as UTC), and whether the file has a header. */
  zoneless: boolean;
  header: boolean;
  stories: Story[];
  values: number[];
}

function series(name: string, seed: number, extra: (hour: number, base: number) => number): number[] {
  const s = shapes[name];
  if (!s) throw new Error(`no shape ${name}`);
  const r = seededRandom(seed);
  let norm = 0;
  for (let h = 0; h < 168; h++) norm += shapeMean(s, h) / 168;
  return Array.from({ length: weeks * 168 }, (_, h) => {
    const base = (s.perHour * shapeMean(s, h)) / norm;
    return negativeBinomial(r, extra(h, base), s.size);
  });
}

const iso = (hour: number) => new Date(seriesStart + hour * HOUR_MS).toISOString().replace('.000Z', 'Z');
/** Hour index of a local (China Standard Time) day and hour in the series. */
const local = (day: number, hour: number) => day * 24 + hour;

export function deskSeries(): DeskSeries[] {
  const quiet = (name: string, description: string, seed: number, zoneless = false, header = true): DeskSeries => ({
    file: `${name}.csv`,
    description,
    zoneless,
    header,
    stories: [],
    values: series(name, seed, (_, base) => base),
  });
  const crisisAt = local(23, 10); // Wednesday of week 4, 10:00
  const triplesAt = local(42, 9); // Monday of week 7, 09:00: the story starts with the busy Monday morning
  const burstA = local(46, 21); // Friday 21:00, the evening peak
  const burstB = local(53, 3); // Friday 03:00, the night trough
  return [
    quiet(
      'brand-weekday',
      'a brand topic: office hours and evening, busy Monday mornings, weekends, Mid-Autumn and National Day week, a make-up Saturday',
      11,
    ),
    quiet(
      'gov-office',
      'a government office: almost only working hours, strong Monday mornings, near silence on holidays',
      12,
      true,
      false,
    ),
    quiet('consumer-evening', 'a consumer topic: evening-heavy, busier weekends and holidays', 13),
    quiet('quiet-topic', 'an executive’s name: a few mentions a day', 14),
    {
      file: 'demo-crisis.csv',
      description:
        'brand-weekday background with the demo’s 72-hour crisis curve (src/demo/timeline.ts) on top, 3 mentions per unit of intensity',
      zoneless: false,
      header: true,
      stories: [{ kind: 'demo-crisis', onset: iso(crisisAt), horizonHours: 24 }],
      values: series('brand-weekday', 21, (h, base) => base + (h >= crisisAt && h < crisisAt + 72 ? 3 * intensity(h - crisisAt) : 0)),
    },
    {
      file: 'story-triples.csv',
      description: 'gov-office background; a story that triples over a day from a Monday 09:00, holds a day, fades over a day',
      zoneless: false,
      header: true,
      stories: [{ kind: 'day-x3', onset: iso(triplesAt), horizonHours: 48 }],
      values: series('gov-office', 22, (h, base) => base * burstMultiplier('day-x3', h - triplesAt)),
    },
    {
      file: 'hour-bursts.csv',
      description: 'consumer-evening background; the count ×5 for one hour at a Friday 21:00 evening peak and at a Friday 03:00 trough',
      zoneless: false,
      header: true,
      stories: [
        { kind: 'hour-x5', onset: iso(burstA), horizonHours: 3 },
        { kind: 'hour-x5', onset: iso(burstB), horizonHours: 3 },
      ],
      values: series('consumer-evening', 23, (_, base) => base).map((v, h) => (h === burstA || h === burstB ? v * 5 : v)),
    },
  ];
}

export function toCsv(s: DeskSeries): string {
  const lines = s.values.map((v, h) => `${s.zoneless ? iso(h).replace('T', ' ').replace('Z', '') : iso(h)},${v}`);
  return `${[...(s.header ? ['timestamp,value'] : []), ...lines].join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../testdata/', import.meta.url));
  const all = deskSeries();
  for (const s of all) writeFileSync(join(dir, s.file), toCsv(s));
  const index = all.map(({ values: _, ...rest }) => rest);
  writeFileSync(join(dir, 'series.json'), `${JSON.stringify(index, null, 2)}\n`);
}
