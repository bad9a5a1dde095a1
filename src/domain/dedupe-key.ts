/**
 * The identity of an incoming item within a workspace: (source, external id) when the
 * platform gives an id, else (source, canonical URL), else a hash of its content.
 * Intake is idempotent on this key.
 */
import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url.js';
import type { IncomingItem } from './incoming-item.js';

export function dedupeKey(item: IncomingItem): string {
  const source = item.source.trim().toLowerCase();
  let identity: string;
  if (item.externalId) identity = `id:${item.externalId}`;
  else {
    const url = item.url ? canonicalUrl(item.url) : null;
    identity = url
      ? `url:${url}`
      : `content:${item.author ?? ''}\u0000${item.title ?? ''}\u0000${item.text}\u0000${String(item.publishedAt ?? '')}`;
  }
  return createHash('sha256').update(`${source}\u0000${identity}`).digest('hex');
}
