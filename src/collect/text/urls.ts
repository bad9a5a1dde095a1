/** Resolving links found in feeds and pages: absolute http(s) URLs only. */

/** `href` resolved against `base`; undefined for empty, non-http(s) (javascript:, mailto:, data:) or unresolvable links. */
export function resolveUrl(href: string | undefined | null, base?: string): string | undefined {
  const h = href?.trim().replace(/[\r\n\t]/g, '');
  if (!h) return undefined;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first argument that resolves, in order. */
export function firstUrl(candidates: Array<string | undefined | null>, base?: string): string | undefined {
  for (const c of candidates) {
    const u = resolveUrl(c, base);
    if (u) return u;
  }
  return undefined;
}
