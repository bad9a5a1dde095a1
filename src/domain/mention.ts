/**
 * A mention as the pipeline builds it before storing. Enrichment stages (language,
 * sentiment, entities…) add fields here and to the `mentions` table in later migrations.
 */

export interface MentionDraft {
  workspaceId: number;
  inboxId: number;
  dedupeKey: string;
  sourceKey: string;
  externalId: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  text: string;
  author: string | null;
  publishedAt: number | null;
  collectedAt: number;
  lang: string | null;
  parentRef: string | null;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  views: number | null;
}
