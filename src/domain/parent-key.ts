/**
 * How a mention's parent reference (`parent`: an external id or a URL) finds the stored parent. A reference is
 * reduced to one key: `url:<canonical URL>` for an http(s) URL, else `id:<external id>`; a mention answers to
 * `id:<its external id>` within its own source and to `url:<its canonical URL>` across the workspace. Pure.
 */
import { canonicalUrl } from './canonical-url.js';

export type ParentKey = `id:${string}` | `url:${string}`;

export function parentKeyOf(ref: string | null): ParentKey | null {
  const r = ref?.trim() ?? '';
  if (r === '') return null;
  if (/^https?:\/\//i.test(r)) {
    const url = canonicalUrl(r);
    if (url !== null) return `url:${url}`;
  }
  return `id:${r}`;
}

/** The keys a stored mention answers to. */
export function ownKeys(m: { externalId: string | null; canonicalUrl: string | null }): ParentKey[] {
  const keys: ParentKey[] = [];
  if (m.externalId) keys.push(`id:${m.externalId}`);
  if (m.canonicalUrl) keys.push(`url:${m.canonicalUrl}`);
  return keys;
}

/** Whether `parent` is what `child`'s key names: by external id only within the same source, by URL anywhere in the workspace. */
export function isParentOf(
  parent: { sourceId: number; externalId: string | null; canonicalUrl: string | null },
  child: { sourceId: number; parentKey: string },
): boolean {
  if (child.parentKey.startsWith('url:')) return parent.canonicalUrl !== null && child.parentKey === `url:${parent.canonicalUrl}`;
  return parent.sourceId === child.sourceId && parent.externalId !== null && child.parentKey === `id:${parent.externalId}`;
}
