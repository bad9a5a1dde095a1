/** Filling the full-text search index: one row per mention, from the same facts live matching sees. */
import type { QueryExecutorProvider } from 'kysely';
import type { MentionDraft } from '../../domain/mention.js';
import { writeSearchRows } from '../../search/dialect.js';
import { type MentionFacts, matchDocumentOf, regionsOf } from '../../search/document.js';
import { indexTokens } from '../../search/tokens.js';

export interface IndexItem {
  mentionId: number;
  workspaceId: number;
  facts: MentionFacts;
}

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

export async function indexMentions(k: QueryExecutorProvider, items: readonly IndexItem[]): Promise<void> {
  await writeSearchRows(
    k,
    items.map((i) => ({ mentionId: i.mentionId, workspaceId: i.workspaceId, tokens: indexTokens(matchDocumentOf(i.facts)) })),
  );
}
