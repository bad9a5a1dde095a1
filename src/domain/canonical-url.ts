/**
 * Canonical form of a mention URL, used to recognise the same item arriving twice:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters,
 * remaining query parameters sorted. Returns null for anything that is not http(s).
 */

const trackingParams = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'spm',
  'share_token',
  'share_source',
  'share_medium',
  'from',
  'isappinstalled',
  'scene',
  'srcid',
  'ref',
  'ref_src',
]);

export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !k.toLowerCase().startsWith('utm_') && !trackingParams.has(k.toLowerCase()))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
