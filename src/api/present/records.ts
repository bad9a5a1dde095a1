/** Presenting stored mentions and audit entries. */
import type { AuditRecord, MentionRecord } from '../../store/queries/index.js';
import type { AuditEntryView } from '../schemas/audit.js';
import type { MentionView } from '../schemas/mentions.js';
import { iso, isoOrNull } from './time.js';

export function presentMention(m: MentionRecord): MentionView {
  return {
    id: m.id,
    source: m.sourceKey,
    sourceName: m.sourceName,
    externalId: m.externalId,
    url: m.url,
    title: m.title,
    text: m.text,
    author: m.author,
    publishedAt: isoOrNull(m.publishedAt),
    collectedAt: iso(m.collectedAt),
    lang: m.lang,
    parent: m.parentRef,
    parentId: m.parentId,
    engagement: { reposts: m.reposts, replies: m.replies, likes: m.likes, views: m.views, collects: m.collects, dislikes: m.dislikes },
    images: m.images,
    sentimentLabel: sentimentLabelOf(m.sentimentLabel),
  };
}

const sentimentLabels = ['positive', 'neutral', 'negative'] as const;

function sentimentLabelOf(s: string | null): MentionView['sentimentLabel'] {
  return sentimentLabels.find((l) => l === s) ?? null;
}

export function presentAuditEntry(a: AuditRecord): AuditEntryView {
  return {
    id: a.id,
    at: iso(a.createdAt),
    action: a.action,
    actor: { userId: a.actorUserId, username: a.actorUsername, tokenId: a.actorTokenId },
    targetType: a.targetType,
    targetId: a.targetId,
    ip: a.ip,
    userAgent: a.userAgent,
    details: a.details,
  };
}
