/** Mentions for severity tests: a quiet background and a crisis that grows, on fixed clocks. */
import type { SeverityMention } from './facts.js';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 11, 1, 0, 0, 0);

export function mention(over: Partial<SeverityMention> = {}): SeverityMention {
  return {
    at: T0,
    sentiment: 'neutral',
    reach: 10,
    channel: 'weibo',
    categories: [],
    publisher: { author: '路人', followers: 50 },
    ...over,
  };
}

/** `perHour[i]` mentions in hour i after T0, spread evenly inside the hour, built by `make(hour, index)`. */
export function stream(perHour: readonly number[], make: (hour: number, i: number) => Partial<SeverityMention>): SeverityMention[] {
  const out: SeverityMention[] = [];
  perHour.forEach((n, hour) => {
    for (let i = 0; i < n; i++) out.push(mention({ at: T0 + hour * HOUR + Math.floor(((i + 0.5) * HOUR) / n), ...make(hour, i) }));
  });
  return out;
}
