/**
 * Canonical form of a mention URL, used to recognise the same item arriving twice:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters nor the
 * per-crawl and per-share tokens platforms add (Xiaohongshu `xsec_token`…), remaining query
 * parameters sorted. Returns null for anything that is not http(s).
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
  // Per-crawl and per-share tokens of Chinese platforms: the same note crawled twice carries a different one.
  'xsec_token', // Xiaohongshu
  'xsec_source',
  'xhsshare',
  'share_from_user_hidden',
  'spm_id_from', // Bilibili
  'vd_source',
  'from_spmid',
  'share_plat',
  'share_session_id',
  'share_tag',
  'unique_k',
  'share_app_id', // Douyin
  'with_sec_did',
  'sharetoken', // Kuaishou (compared in lower case)
  'shareid',
  'sharemethod',
  'shareresourcetype',
  'luicode', // Weibo
  'lfid',
  'featurecode',
  'share_code', // Zhihu
]);

/** Names that are a token only on their platform's hosts (elsewhere `did` or `ts` may name the content). */
const hostParams: Array<[RegExp, Set<string>]> = [
  [/(^|\.)xiaohongshu\.com$/, new Set(['apptime', 'app_platform', 'ignoreengage', 'author_share', 'shareredid', 'app_version'])],
  [/(^|\.)douyin\.com$/, new Set(['previous_page', 'u_code', 'did', 'iid', 'timestamp', 'utm_campaign', 'app'])],
  [/(^|\.)bilibili\.com$/, new Set(['bbid', 'ts', 'buvid', 'is_story_h5', 'up_id', 'mid'])],
  [
    /(^|\.)kuaishou\.com$/,
    new Set([
      'fid',
      'cc',
      'kpn',
      'subbiz',
      'shareobjectid',
      'sharepage',
      'sharemode',
      'sharetype',
      'efid',
      'et',
      'originshareid',
      'apptype',
      'shareurlopened',
      'timestamp',
    ]),
  ],
  [/(^|\.)weibo\.(com|cn)$/, new Set(['wm', 'sourcetype', 'display', 'retcode', 'jumpfrom'])],
];

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
  const onHost = hostParams.filter(([host]) => host.test(url.hostname)).map(([, names]) => names);
  const token = (k: string) => k.startsWith('utm_') || trackingParams.has(k) || onHost.some((names) => names.has(k));
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !token(k.toLowerCase()))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
