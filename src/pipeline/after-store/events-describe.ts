/**
 * Describing events after a round: for the events a round grew enough (or that nobody described for a while), the
 * title of the most representative member, the keywords, the status from the hourly volume, and the severity scored
 * on the workspace's model, with the level's history. Bounded reads, so a large event costs the same as a small one.
 */
import { type EventMember, eventKeywords, eventTitle } from '../../events/describe.js';
import { eventStatus } from '../../events/status.js';
import { defaultClusterOptions, type Term } from '../../events/types.js';
import { DEFAULT_TIER_TABLE, type SeverityMention, type SeverityModel, scoreSeverity, severityFacts } from '../../severity/index.js';
import type { Db } from '../../store/dialect.js';
import { type Described, describeTargets, eventMembers, severityRows, writeDescribed } from '../../store/queries/events-describe.js';
import { readSeverityModel } from '../../store/queries/severity-model.js';
import { memberOfRow, parseTerms, severityMentionOf } from './event-rows.js';

const HOUR = 3_600_000;
/** Members read for the title and keywords. */
const TITLE_MEMBERS = 200;
/** Members severity counts (the newest). */
const SEVERITY_MEMBERS = 20_000;
/** Open events not described for this long are described again (status and velocity move with the clock). */
const STALE_MS = 15 * 60_000;
const STALE_PER_ROUND = 10;
/** Computed level changes kept per event. */
const HISTORY = 100;

export async function describeEvents(db: Db, ws: number, grown: readonly number[], now: number): Promise<number> {
  const q = db.kysely;
  const targets = await describeTargets(q, ws, grown, now - STALE_MS, STALE_PER_ROUND);
  if (targets.length === 0) return 0;
  const model = await readSeverityModel(db, ws);
  for (const t of targets) {
    const [members, sev] = await Promise.all([
      eventMembers(q, ws, t.id, TITLE_MEMBERS, t.origin),
      severityRows(q, ws, t.id, SEVERITY_MEMBERS),
    ]);
    const d = describeFrom(members.map(memberOfRow), sev.map(severityMentionOf), parseTerms(t.terms), t, model, now);
    await writeDescribed(q, ws, t.id, d, now);
  }
  return targets.length;
}

/** Title, keywords, status and severity of an event from its members (pure). */
export function describeFrom(
  members: readonly EventMember[],
  mentions: readonly SeverityMention[],
  centroid: readonly Term[],
  t: { firstAt: number; lastAt: number; count: number; history: string },
  model: SeverityModel,
  now: number,
): Described {
  const at = Math.max(now, t.lastAt);
  const facts = severityFacts(mentions, at, DEFAULT_TIER_TABLE);
  const assessment = scoreSeverity(facts, model);
  const hours = Math.min(72, Math.max(1, Math.ceil((at - t.firstAt + 1) / HOUR)));
  const hourly = new Array<number>(hours).fill(0);
  let lastHour = 0;
  for (const m of mentions) {
    const i = hours - 1 - Math.floor((at - m.at) / HOUR);
    if (i >= 0 && i < hours) hourly[i] = (hourly[i] ?? 0) + 1;
    if (m.at > t.lastAt - HOUR && m.at <= t.lastAt) lastHour++;
  }
  const history = parseHistory(t.history);
  if (history[history.length - 1]?.[1] !== assessment.level) history.push([now, assessment.level]);
  return {
    // One member: its own title (what eventTitle gives, without weighing it against the centroid).
    title: members.length === 1 && members[0]?.title ? members[0].title : eventTitle(members, centroid),
    keywords: eventKeywords(members, centroid),
    status: eventStatus({ firstAt: t.firstAt, lastAt: t.lastAt, hourly, now: at, windowMs: defaultClusterOptions.windowMs }),
    lastHour,
    level: assessment.level,
    score: assessment.score,
    factors: JSON.stringify({ assessment, facts }),
    history: JSON.stringify(history.slice(-HISTORY)),
    count: t.count,
  };
}

export function parseHistory(json: string): [number, number][] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is [number, number] => Array.isArray(x) && x.length === 2) : [];
  } catch {
    return [];
  }
}
