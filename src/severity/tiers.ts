/**
 * Source authority tiers (信源等级): how much weight a mention's publisher carries. A workspace edits the table per
 * source, per web domain and per platform account; the defaults below name well-known Chinese outlets and platforms.
 * Pure: the caller passes what it knows of the mention's publisher.
 */

export const AUTHORITY_TIERS = ['central', 'provincial', 'industry', 'kol', 'ordinary'] as const;
export type AuthorityTier = (typeof AUTHORITY_TIERS)[number];

export const tierLabels: Record<AuthorityTier, { zh: string; en: string }> = {
  central: { zh: '中央媒体', en: 'Central media' },
  provincial: { zh: '省级及地方媒体', en: 'Provincial and local media' },
  industry: { zh: '行业媒体', en: 'Industry media' },
  kol: { zh: '自媒体/大V', en: 'Self-media / KOL' },
  ordinary: { zh: '论坛及普通用户', en: 'Forums and ordinary users' },
};

/** Tiers that count as media pick-up (媒体转载). */
export const MEDIA_TIERS: readonly AuthorityTier[] = ['central', 'provincial', 'industry'];

export interface TierTable {
  /** Web domains (a domain covers its subdomains): `people.com.cn` → central. */
  domains: Record<string, AuthorityTier>;
  /** Platform account names, as the platform shows them: `人民日报` → central. */
  accounts: Record<string, AuthorityTier>;
  /** A workspace's own sources by source key; these win over everything else. */
  sources: Record<string, AuthorityTier>;
  /** Followers from which an account without an entry counts as a KOL. */
  kolFollowers: number;
}

export interface Publisher {
  sourceKey?: string | null;
  url?: string | null;
  author?: string | null;
  followers?: number | null;
  channel?: string | null;
}

/** The tier of a mention's publisher: its source, then its account, then its web domain, then its audience. */
export function tierOf(p: Publisher, table: TierTable): AuthorityTier {
  const bySource = p.sourceKey ? table.sources[p.sourceKey] : undefined;
  if (bySource) return bySource;
  const author = p.author?.trim();
  const byAccount = author ? table.accounts[author] : undefined;
  if (byAccount) return byAccount;
  const host = hostOf(p.url);
  const byDomain = host ? domainTier(host, table.domains) : undefined;
  if (byDomain && !(byDomain === 'ordinary' && isLargeAudience(p, table))) return byDomain;
  if (isLargeAudience(p, table)) return 'kol';
  // A news site nobody listed is still a news outlet: local media rather than an ordinary user.
  return p.channel === 'news' ? 'provincial' : 'ordinary';
}

function isLargeAudience(p: Publisher, table: TierTable): boolean {
  return (p.followers ?? 0) >= table.kolFollowers;
}

function domainTier(host: string, domains: Record<string, AuthorityTier>): AuthorityTier | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const t = domains[h];
    if (t) return t;
  }
  return undefined;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const CENTRAL_DOMAINS = [
  'people.com.cn',
  'xinhuanet.com',
  'news.cn',
  'cctv.com',
  'cctv.cn',
  'cntv.cn',
  'chinadaily.com.cn',
  'gmw.cn',
  'ce.cn',
  'chinanews.com.cn',
  'chinanews.com',
  'youth.cn',
  'cyol.com',
  'china.com.cn',
  'cnr.cn',
  'cri.cn',
  'legaldaily.com.cn',
  'workercn.cn',
  'qstheory.cn',
  'stdaily.com',
  'jyb.cn',
  'huanqiu.com',
  'globaltimes.cn',
  'cankaoxiaoxi.com',
  'gov.cn',
  'ccdi.gov.cn',
];

const PROVINCIAL_DOMAINS = [
  'thepaper.cn',
  'bjnews.com.cn',
  'jfdaily.com',
  'whb.cn',
  'kankanews.com',
  'southcn.com',
  'nfnews.com',
  'ycwb.com',
  'dahe.cn',
  'hebnews.cn',
  'jschina.com.cn',
  'zjol.com.cn',
  'cqnews.net',
  'cnhubei.com',
  'hunantoday.cn',
  'scol.com.cn',
  'dzwww.com',
  'sznews.com',
  'sina.com.cn',
  'news.163.com',
  'news.qq.com',
  'sohu.com',
  'ifeng.com',
];

const INDUSTRY_DOMAINS = [
  'caixin.com',
  'yicai.com',
  '21jingji.com',
  'stcn.com',
  'cnstock.com',
  'cs.com.cn',
  'eeo.com.cn',
  'nbd.com.cn',
  'jiemian.com',
  'cls.cn',
  'wallstreetcn.com',
  '36kr.com',
  'huxiu.com',
  'tmtpost.com',
  'ithome.com',
  'geekpark.net',
  'autohome.com.cn',
  'dongchedi.com',
  'pcauto.com.cn',
  'yiche.com',
  'foodaily.com',
];

/** Platforms where anyone posts: an account counts by its own entry or its audience. */
const PLATFORM_DOMAINS = [
  'weibo.com',
  'weibo.cn',
  'weixin.qq.com',
  'douyin.com',
  'kuaishou.com',
  'bilibili.com',
  'xiaohongshu.com',
  'zhihu.com',
  'toutiao.com',
  'baijiahao.baidu.com',
  'tieba.baidu.com',
  'douban.com',
  'hupu.com',
  'tianya.cn',
];

const CENTRAL_ACCOUNTS = [
  '人民日报',
  '人民网',
  '新华社',
  '新华网',
  '新华视点',
  '央视新闻',
  '央视网',
  'CCTV',
  '中国新闻网',
  '中国新闻周刊',
  '中国日报',
  '环球时报',
  '光明日报',
  '经济日报',
  '中国青年报',
  '法治日报',
  '工人日报',
  '央广网',
];

const PROVINCIAL_ACCOUNTS = [
  '澎湃新闻',
  '新京报',
  '新京报我们视频',
  '头条新闻',
  '南方都市报',
  '北京青年报',
  '红星新闻',
  '极目新闻',
  '潇湘晨报',
  '封面新闻',
];

const INDUSTRY_ACCOUNTS = ['财新网', '第一财经', '21世纪经济报道', '证券时报', '每日经济新闻', '界面新闻', '财联社', '36氪'];

function entries(names: readonly string[], tier: AuthorityTier): [string, AuthorityTier][] {
  return names.map((n) => [n, tier]);
}

export const DEFAULT_TIER_TABLE: TierTable = {
  domains: Object.fromEntries([
    ...entries(CENTRAL_DOMAINS, 'central'),
    ...entries(PROVINCIAL_DOMAINS, 'provincial'),
    ...entries(INDUSTRY_DOMAINS, 'industry'),
    ...entries(PLATFORM_DOMAINS, 'ordinary'),
  ]),
  accounts: Object.fromEntries([
    ...entries(CENTRAL_ACCOUNTS, 'central'),
    ...entries(PROVINCIAL_ACCOUNTS, 'provincial'),
    ...entries(INDUSTRY_ACCOUNTS, 'industry'),
  ]),
  sources: {},
  kolFollowers: 100_000,
};
