/** How many analysis threads to run: `auto` is one per CPU; `serve` runs at least one, so analysis never blocks its event loop. */
import { availableParallelism } from 'node:os';

export function analysisThreadCount(setting: number | 'auto', where: 'worker' | 'serve'): number {
  const n = setting === 'auto' ? availableParallelism() : setting;
  return where === 'serve' ? Math.max(1, n) : n;
}
