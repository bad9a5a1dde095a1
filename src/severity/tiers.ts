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
  /** A workspace's own sources by source key (`sources.key`); these win over everything else. */
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

/**
 * A domain as the table keys it: lower case, no scheme, path, port or leading `www.`, international names in their
 * ASCII form. Accepts a bare host or a URL; null when it is not a domain with at least one dot.
 */
export function normalizeDomain(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const host = hostOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  if (!host || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^[\d.]+$/.test(host)) return null;
  return host;
}

/** A workspace's own entries, which win over the default table's. */
export interface TierOverrides {
  sources?: Record<string, AuthorityTier>;
  domains?: Record<string, AuthorityTier>;
  accounts?: Record<string, AuthorityTier>;
  kolFollowers?: number;
}

/** The table with a workspace's entries laid over it. */
export function withOverrides(base: TierTable, own: TierOverrides): TierTable {
  return {
    domains: { ...base.domains, ...own.domains },
    accounts: { ...base.accounts, ...own.accounts },
    sources: { ...base.sources, ...own.sources },
    kolFollowers: own.kolFollowers ?? base.kolFollowers,
  };
}

export function isAuthorityTier(v: unknown): v is AuthorityTier {
  return typeof v === 'string' && (AUTHORITY_TIERS as readonly string[]).includes(v);
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
  'people.com.cn', // 人民日报、人民网
  'peopleapp.com',
  'xinhuanet.com', // 新华社、新华网
  'news.cn',
  'xinhua.org',
  'cctv.com', // 央视
  'cctv.cn',
  'cntv.cn',
  'yangshipin.cn',
  'cgtn.com',
  'cnr.cn', // 央广
  'cri.cn',
  'chinadaily.com.cn',
  'gmw.cn', // 光明日报
  'ce.cn', // 经济日报
  'chinanews.com.cn', // 中国新闻网
  'chinanews.com',
  'ecns.cn',
  'inewsweek.cn', // 中国新闻周刊
  'youth.cn', // 中国青年网、中国青年报
  'cyol.com',
  'china.com.cn', // 中国网
  'legaldaily.com.cn', // 法治日报
  'workercn.cn', // 工人日报
  'qstheory.cn', // 求是
  'stdaily.com', // 科技日报
  'jyb.cn', // 中国教育报
  'cnwomen.com.cn',
  'farmer.com.cn',
  'cmtv.com.cn',
  'huanqiu.com', // 环球时报
  'globaltimes.cn',
  'cankaoxiaoxi.com',
  'chinacourt.org',
  'spp.gov.cn',
  'gov.cn',
  'ccdi.gov.cn',
];

/** Provincial and city media: party papers, metro papers and provincial news sites, and the big portals' news. */
const PROVINCIAL_DOMAINS = [
  'thepaper.cn', // 澎湃新闻
  'bjnews.com.cn', // 新京报
  'bjd.com.cn', // 北京日报
  'ynet.com', // 北青网
  'qianlong.com',
  'jfdaily.com', // 解放日报
  'whb.cn', // 文汇报
  'xinmin.cn', // 新民晚报
  'eastday.com',
  'kankanews.com',
  'shobserver.com',
  'southcn.com', // 南方网
  'nfnews.com', // 南方日报、南方+
  'oeeee.com', // 南方都市报
  'ycwb.com', // 羊城晚报
  'sznews.com',
  'gdtv.cn',
  'tianjinwe.com',
  'enorth.com.cn',
  'hebnews.cn',
  'sxrb.com',
  'sxgov.cn',
  'nmgnews.com.cn',
  'lnd.com.cn',
  'northeast.cn',
  'chinajilin.com.cn',
  'dbw.cn', // 东北网
  'jschina.com.cn',
  'xhby.net', // 新华日报
  'yangtse.com', // 扬子晚报
  'xdkb.net', // 现代快报
  'zjol.com.cn', // 浙江在线
  'cztv.com',
  'anhuinews.com',
  'fjsen.com', // 东南网
  'jxnews.com.cn',
  'dzwww.com', // 大众网
  'iqilu.com', // 齐鲁网
  'dahe.cn', // 大河网
  'cnhubei.com', // 荆楚网
  'hubeidaily.net',
  'ctdsb.net', // 楚天都市报、极目新闻
  'hunantoday.cn',
  'voc.com.cn', // 华声在线、湖南日报
  'rednet.cn', // 红网
  'xxcb.cn', // 潇湘晨报
  'gxnews.com.cn',
  'hinews.cn',
  'cqnews.net', // 华龙网、上游新闻
  'cqrb.cn',
  'scol.com.cn', // 四川在线
  'thecover.cn', // 封面新闻
  'cdsb.com', // 成都商报、红星新闻
  'chengdu.cn',
  'gog.cn',
  'yunnan.cn',
  'chinatibetnews.com',
  'sxdaily.com.cn',
  'hsw.cn',
  'gansudaily.com.cn',
  'qhnews.com',
  'nxnews.net',
  'ts.cn', // 天山网
  'sina.com.cn',
  'news.163.com',
  'news.qq.com',
  'news.sohu.com',
  'ifeng.com',
];

const INDUSTRY_DOMAINS = [
  'caixin.com', // 财新
  'yicai.com', // 第一财经
  '21jingji.com',
  'stcn.com', // 证券时报
  'cnstock.com',
  'cs.com.cn',
  'eeo.com.cn',
  'nbd.com.cn', // 每日经济新闻
  'jiemian.com', // 界面
  'cls.cn', // 财联社
  'wallstreetcn.com',
  'caijing.com.cn',
  'cb.com.cn', // 中国经营报
  'infzm.com', // 南方周末
  'lifeweek.com.cn',
  '36kr.com',
  'huxiu.com',
  'tmtpost.com',
  'ithome.com',
  'geekpark.net',
  'autohome.com.cn',
  'dongchedi.com',
  'pcauto.com.cn',
  'yiche.com',
  'cheshi.com',
  'foodaily.com',
  'cnpharm.com',
  'yyjjb.com',
  'dxy.cn',
  'jkb.com.cn', // 健康报
];

/** Platforms where anyone posts: an account counts by its own entry or its audience. */
const PLATFORM_DOMAINS = [
  'weibo.com', // 微博
  'weibo.cn',
  'weixin.qq.com', // 微信公众号
  'douyin.com', // 抖音
  'iesdouyin.com',
  'kuaishou.com', // 快手
  'bilibili.com', // B站
  'b23.tv',
  'xiaohongshu.com', // 小红书
  'xhslink.com',
  'zhihu.com', // 知乎
  'toutiao.com', // 今日头条
  'ixigua.com', // 西瓜视频
  'baijiahao.baidu.com', // 百家号
  'tieba.baidu.com', // 贴吧
  'zhidao.baidu.com',
  'douban.com', // 豆瓣
  'hupu.com', // 虎扑
  'tianya.cn', // 天涯
  'kdslife.com',
  'newsmth.net',
  'nga.cn',
  'jianshu.com',
  'sohu.com', // 搜狐号
  'mp.163.com', // 网易号
  'new.qq.com', // 企鹅号
  'heimao.sina.com.cn', // 黑猫投诉
  'tousu.sina.com.cn',
  '12315.cn',
  'youtube.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'reddit.com',
];

const CENTRAL_ACCOUNTS = [
  '人民日报',
  '人民日报评论',
  '人民网',
  '侠客岛',
  '新华社',
  '新华网',
  '新华视点',
  '新华每日电讯',
  '央视新闻',
  '央视网',
  '央视财经',
  '央视新闻客户端',
  'CCTV',
  '中国之声',
  '央广网',
  '中国新闻网',
  '中新网',
  '中国新闻周刊',
  '中国日报',
  '中国网',
  '环球时报',
  '环球网',
  '光明日报',
  '光明网',
  '经济日报',
  '中国青年报',
  '中国青年网',
  '共青团中央',
  '法治日报',
  '工人日报',
  '科技日报',
  '求是网',
  '中央纪委国家监委网站',
  '最高人民法院',
  '最高人民检察院',
];

const PROVINCIAL_ACCOUNTS = [
  '澎湃新闻',
  '新京报',
  '新京报我们视频',
  '北京日报',
  '北京青年报',
  '头条新闻',
  '新浪新闻',
  '南方日报',
  '南方都市报',
  '南方+',
  '羊城晚报',
  '新民晚报',
  '解放日报',
  '文汇报',
  '看看新闻',
  '扬子晚报',
  '现代快报',
  '钱江晚报',
  '浙江日报',
  '齐鲁晚报',
  '大众日报',
  '大河报',
  '楚天都市报',
  '湖北日报',
  '极目新闻',
  '潇湘晨报',
  '湖南日报',
  '红网',
  '华商报',
  '上游新闻',
  '封面新闻',
  '红星新闻',
  '成都商报',
  '九派新闻',
  '紧急呼叫',
  '大象新闻',
  '都市快报',
  '华龙网',
];

const INDUSTRY_ACCOUNTS = [
  '财新网',
  '财新',
  '第一财经',
  '21世纪经济报道',
  '证券时报',
  '中国证券报',
  '上海证券报',
  '每日经济新闻',
  '经济观察报',
  '界面新闻',
  '财联社',
  '财经杂志',
  '中国经营报',
  '南方周末',
  '三联生活周刊',
  '36氪',
  '虎嗅',
  '钛媒体',
  'IT之家',
  '汽车之家',
  '懂车帝',
  '丁香医生',
  '健康报',
];

/** The default lists by tier, for showing the table (and for checking that no name is listed twice). */
export const DEFAULT_TIER_LISTS: {
  domains: Record<AuthorityTier, readonly string[]>;
  accounts: Record<AuthorityTier, readonly string[]>;
} = {
  domains: { central: CENTRAL_DOMAINS, provincial: PROVINCIAL_DOMAINS, industry: INDUSTRY_DOMAINS, kol: [], ordinary: PLATFORM_DOMAINS },
  accounts: { central: CENTRAL_ACCOUNTS, provincial: PROVINCIAL_ACCOUNTS, industry: INDUSTRY_ACCOUNTS, kol: [], ordinary: [] },
};

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
