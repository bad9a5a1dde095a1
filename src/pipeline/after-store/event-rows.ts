/** Stored mention rows as the events core and severity see them (pure conversions; event ids are `e<number>`). */
import type { Entity, Keyword, SentimentLabel } from '../../domain/analysis.js';
import type { EventMember } from '../../events/describe.js';
import type { ClusterMention, OpenEvent, Term } from '../../events/types.js';
import type { SeverityMention } from '../../severity/index.js';
import type { SeverityRow } from '../../store/queries/events-describe.js';
import type { OpenEventRow, UnclusteredRow } from '../../store/queries/events-step.js';

export const clusterId = (n: number): string => `e${n}`;
export const eventNumber = (id: string): number => Number(id.slice(1));

interface StoredAnalysis {
  keywords: Keyword[];
  entities: Entity[];
  categories: string[];
}

export function parseAnalysis(json: string): StoredAnalysis {
  try {
    const v = JSON.parse(json) as Partial<StoredAnalysis> | null;
    return {
      keywords: Array.isArray(v?.keywords) ? v.keywords : [],
      entities: Array.isArray(v?.entities) ? v.entities : [],
      categories: Array.isArray(v?.categories) ? v.categories.filter((c): c is string => typeof c === 'string') : [],
    };
  } catch {
    return { keywords: [], entities: [], categories: [] };
  }
}

export function parseTerms(json: string): Term[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is Term => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number') : [];
  } catch {
    return [];
  }
}

export function clusterMentionOfRow(
  r: Pick<UnclusteredRow, 'id' | 'title' | 'text' | 'sortAt' | 'parentId' | 'duplicateOf'>,
  a: StoredAnalysis,
): ClusterMention {
  return {
    id: String(r.id),
    at: r.sortAt,
    title: r.title,
    text: r.text,
    keywords: a.keywords,
    entities: a.entities,
    parent: r.parentId === null ? null : String(r.parentId),
    duplicateOf: r.duplicateOf === null ? null : String(r.duplicateOf),
  };
}

export function memberOfRow(r: Parameters<typeof clusterMentionOfRow>[0] & { analysis: string; channel: string | null }): EventMember {
  return { ...clusterMentionOfRow(r, parseAnalysis(r.analysis)), channel: r.channel ?? '' };
}

export function openEventOfRow(r: OpenEventRow): OpenEvent {
  return {
    id: clusterId(r.id),
    firstAt: r.firstAt,
    lastAt: r.lastAt,
    count: r.count,
    terms: parseTerms(r.terms),
    origin: r.origin === null ? '' : String(r.origin),
  };
}

export function severityMentionOf(r: Omit<SeverityRow, 'id' | 'categories'> & { categories: readonly string[] }): SeverityMention {
  return {
    at: r.sortAt,
    sentiment:
      r.sentiment === 'positive' || r.sentiment === 'neutral' || r.sentiment === 'negative' ? (r.sentiment as SentimentLabel) : null,
    reach: r.reach,
    channel: r.channel,
    categories: r.categories,
    publisher: { sourceKey: r.sourceKey, url: r.url, author: r.author, followers: r.followers, channel: r.channel },
  };
}
