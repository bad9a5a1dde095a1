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
  channel: string | null;
  platform: string | null;
  authorFollowers: number | null;
  /** The region label the platform gave (e.g. IP属地：广东); resolved regions go into `tags`. */
  regionLabel: string | null;
  sentiment: { label: 'positive' | 'neutral' | 'negative'; score: number } | null;
  /** Id of the earlier mention this one copies (reposts, edited copies). */
  duplicateOf: number | null;
  /** Topics of the workspace this mention matches. */
  topicIds: number[];
  /** Labels for filters and facets: categories, regions, entities, keywords, emotions. */
  tags: MentionTag[];
  /** Everything shown on the mention's detail that has no column of its own. */
  analysis: Record<string, unknown>;
}

export interface MentionTag {
  kind: string;
  value: string;
}
