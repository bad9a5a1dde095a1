/**
 * The figures severity is judged on, counted from an event's mentions at a moment: how negative, how far it reached,
 * who carried it, how fast it comes in and whether that is speeding up, which sensitive categories it touches, how
 * many channels. Only mentions published up to `at` count, so a judgement at t uses nothing after t.
 */
import type { SentimentLabel } from '../domain/analysis.js';
import { AUTHORITY_TIERS, type AuthorityTier, MEDIA_TIERS, type Publisher, type TierTable, tierOf } from './tiers.js';

export interface SeverityMention {
  /** Publication time (collection time when unknown), ms. */
  at: number;
  sentiment: SentimentLabel | null;
  reach: number;
  channel: string | null;
  /** Category keys the mention matched. */
  categories: readonly string[];
  publisher: Publisher;
}

export interface SeverityFacts {
  mentions: number;
  negative: number;
  reach: number;
  /** Distinct publishers per tier. */
  tiers: Record<AuthorityTier, number>;
  /** Distinct publishers of the media tiers (central, provincial, industry). */
  mediaOutlets: number;
  /** Mentions in the hour up to `at`. */
  lastHour: number;
  /** Mean mentions per hour in the 12 hours before that hour. */
  previousHourly: number;
  channels: number;
  /** Mentions per category key. */
  categories: Record<string, number>;
}

const HOUR = 3_600_000;

export function severityFacts(mentions: readonly SeverityMention[], at: number, table: TierTable): SeverityFacts {
  const tiers = Object.fromEntries(AUTHORITY_TIERS.map((t) => [t, 0])) as Record<AuthorityTier, number>;
  const publishers = new Set<string>();
  const channels = new Set<string>();
  const categories: Record<string, number> = {};
  let count = 0;
  let negative = 0;
  let reach = 0;
  let lastHour = 0;
  let previous = 0;
  for (const m of mentions) {
    if (m.at > at) continue;
    count++;
    if (m.sentiment === 'negative') negative++;
    reach += Math.max(0, m.reach);
    if (m.channel) channels.add(m.channel);
    for (const c of m.categories) categories[c] = (categories[c] ?? 0) + 1;
    if (m.at > at - HOUR) lastHour++;
    else if (m.at > at - 13 * HOUR) previous++;
    const tier = tierOf(m.publisher, table);
    const key = `${tier}|${publisherKey(m.publisher)}`;
    if (!publishers.has(key)) {
      publishers.add(key);
      tiers[tier]++;
    }
  }
  const mediaOutlets = MEDIA_TIERS.reduce((n, t) => n + tiers[t], 0);
  return {
    mentions: count,
    negative,
    reach,
    tiers,
    mediaOutlets,
    lastHour,
    previousHourly: previous / 12,
    channels: channels.size,
    categories,
  };
}

/** Who published it, for counting distinct outlets: the account, else the web host, else the source. */
function publisherKey(p: Publisher): string {
  const author = p.author?.trim();
  if (author) return `a:${author}`;
  if (p.url) {
    try {
      return `h:${new URL(p.url).hostname.replace(/^www\./, '')}`;
    } catch {
      // fall through to the source
    }
  }
  return `s:${p.sourceKey ?? ''}`;
}
