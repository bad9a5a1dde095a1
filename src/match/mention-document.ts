/** The one mapping from a mention (draft or stored row) to what a topic query is matched against. */
import type { MentionDraft } from '../domain/mention.js';
import type { MatchDocument } from './document.js';

/** The mention facts a query can see; drafts and stored rows both reduce to this. */
export interface MentionFacts {
  title: string;
  text: string;
  author: string | null;
  sourceKey: string;
  channel: string | null;
  lang: string | null;
  regionLabel: string | null;
  /** Values of the mention's `region` tags. */
  regions: readonly string[];
  url: string | null;
}

/**
 * Live matching and search both call this, so they see the same fields. Regions are one value per line: the
 * label, then the distinct region tags sorted (stored tags come back deduplicated and in no set order).
 */
export function matchDocumentOf(m: MentionFacts): MatchDocument {
  const regions = [m.regionLabel, ...[...new Set(m.regions)].sort()].filter((r): r is string => !!r);
  return {
    title: m.title,
    text: m.text,
    author: m.author,
    source: m.sourceKey,
    channel: m.channel,
    lang: m.lang,
    region: regions.join('\n'),
    url: m.url,
  };
}

export function regionsOf(tags: readonly { kind: string; value: string }[]): string[] {
  return tags.filter((t) => t.kind === 'region').map((t) => t.value);
}

/** The facts of a mention not stored yet. */
export function draftFacts(d: MentionDraft): MentionFacts {
  return {
    title: d.title,
    text: d.text,
    author: d.author,
    sourceKey: d.sourceKey,
    channel: d.channel,
    lang: d.lang,
    regionLabel: d.regionLabel,
    regions: regionsOf(d.tags),
    url: d.url,
  };
}
