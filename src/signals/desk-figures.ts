/**
 * The detector over the desk-shaped series in `testdata/` (read with the CLI's row reader): false alarms per
 * series-week on the quiet ones (after the first week), and for each story whether it was found within its
 * horizon and how many buckets after its onset. Reads files: for the bench and the evaluation test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bucket } from './detector.js';
import type { BurstOptions } from './options.js';
import { detectSeries } from './run.js';
import { SeriesReader } from './series-csv.js';
import type { Story } from './testkit/desk-series.js';

const dir = fileURLToPath(new URL('./testdata/', import.meta.url));
const HOUR = 3_600_000;

export interface DeskFigures {
  file: string;
  seriesWeeks: number;
  /** Signals after the first week that are not a story's. */
  falseAlarms: number;
  stories: { kind: Story['kind']; onset: string; delay: number | null }[];
}

export function readSeries(file: string): Bucket[] {
  const reader = new SeriesReader();
  const out: Bucket[] = [];
  readFileSync(`${dir}${file}`, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const r = reader.read(i + 1, text);
      if (r && 'at' in r) out.push({ at: r.at, value: r.value });
      else if (r && 'problem' in r) throw new Error(`${file} line ${i + 1}: ${r.problem}`);
    });
  return out;
}

export function measureDesk(options: Partial<BurstOptions> = {}): DeskFigures[] {
  const index = JSON.parse(readFileSync(`${dir}series.json`, 'utf8')) as { file: string; stories: Story[] }[];
  return index.map(({ file, stories }) => {
    const buckets = readSeries(file);
    const first = buckets[0]?.at ?? 0;
    const { signals } = detectSeries(buckets, HOUR, options);
    const claimed = new Set<number>();
    const found = stories.map((s) => {
      const onset = Date.parse(s.onset);
      const hit = signals.find((x) => x.at >= onset && x.at - onset < s.horizonHours * HOUR);
      if (hit) claimed.add(hit.at);
      return { kind: s.kind, onset: s.onset, delay: hit ? (hit.at - onset) / HOUR : null };
    });
    const falseAlarms = signals.filter((x) => x.at >= first + 168 * HOUR && !claimed.has(x.at)).length;
    return { file, seriesWeeks: Math.round((buckets.length / 168 - 1) * 10) / 10, falseAlarms, stories: found };
  });
}
