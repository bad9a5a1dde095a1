/** Turning a claimed inbox row back into a mention draft. Pure: throws a plain-words error on a damaged payload. */
import { incomingItemSchema, parseTimeInput } from '../domain/incoming-item.js';
import type { MentionDraft } from '../domain/mention.js';
import { describeIssue } from '../intake/validate.js';
import type { ClaimedItem } from '../store/queries/inbox.js';

export function buildDraft(item: ClaimedItem): MentionDraft {
  let json: unknown;
  try {
    json = JSON.parse(item.payload);
  } catch (err) {
    throw new Error(`the stored item is not valid JSON (${(err as Error).message})`);
  }
  const parsed = incomingItemSchema.safeParse(json);
  if (!parsed.success) {
    const { field, problem } = describeIssue(parsed.error.issues[0]);
    throw new Error(`the stored item is not valid: ${field}: ${problem}`);
  }
  const it = parsed.data;
  return {
    workspaceId: item.workspaceId,
    inboxId: item.id,
    dedupeKey: item.dedupeKey,
    sourceKey: it.source,
    externalId: it.externalId ?? null,
    url: it.url ?? null,
    canonicalUrl: null,
    title: it.title ?? '',
    text: it.text,
    author: it.author ?? null,
    publishedAt: it.publishedAt === undefined ? null : parseTimeInput(it.publishedAt),
    collectedAt: item.receivedAt,
    lang: it.lang ?? null,
    parentRef: it.parent ?? null,
    reposts: it.engagement?.reposts ?? null,
    replies: it.engagement?.replies ?? null,
    likes: it.engagement?.likes ?? null,
    views: it.engagement?.views ?? null,
    collects: it.engagement?.collects ?? null,
    dislikes: it.engagement?.dislikes ?? null,
    images: it.images ?? [],
    channel: it.channel ?? null,
    platform: it.platform ?? null,
    authorFollowers: it.authorFollowers ?? null,
    regionLabel: it.region ?? null,
    sentiment: null,
    duplicateOf: null,
    topicIds: [],
    tags: [],
    analysis: it.notes ? { notes: it.notes } : {},
  };
}
