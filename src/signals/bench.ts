/** `bin/yuqing bench --only bursts`: the detector's measured false alarms and delays (synthetic and desk-shaped series), and its speed in buckets/s. */
import { measureDesk } from './desk-figures.js';
import { measureBursts, measureQuiet } from './evaluate.js';
import { detectSeries } from './run.js';
import { storedSignalOptions } from './store-run.js';
import { HOUR_MS, syntheticStream } from './testkit/streams.js';

export function benchBursts(): object {
  const buckets = syntheticStream({ perHour: 25, hours: 20_000, seed: 7, size: 8 });
  const t0 = performance.now();
  detectSeries(buckets, HOUR_MS);
  const bucketsPerSec = Math.round(buckets.length / ((performance.now() - t0) / 1000));
  // The stored signals' detector (China's holidays in the baseline) on the same series, which have no holiday dips:
  // the cost of the calendar where holidays change nothing.
  const o = storedSignalOptions;
  const stored = { quiet: measureQuiet({ options: o }), bursts: measureBursts({ options: o }), desk: measureDesk(o) };
  return { quiet: measureQuiet(), bursts: measureBursts(), desk: measureDesk(), bucketsPerSec, storedOptions: o, stored };
}
