/** The period of a dashboard-style query: `from`/`to` as given (ISO 8601), else the 7 days up to now; at most 400 days. */
import { AppError } from '../errors/catalogue.js';

const DAY = 86_400_000;
const MAX_DAYS = 400;

export function periodOf(p: { from?: string | undefined; to?: string | undefined }, now: number): { from: number; to: number } {
  const to = p.to === undefined ? now : Date.parse(p.to);
  const from = p.from === undefined ? to - 7 * DAY : Date.parse(p.from);
  if (!(from < to) || to - from > MAX_DAYS * DAY)
    throw new AppError('invalid_request', `The period must start before it ends and span at most ${MAX_DAYS} days.`, [
      { field: 'from', problem: `must be before to, at most ${MAX_DAYS} days` },
    ]);
  return { from, to };
}
