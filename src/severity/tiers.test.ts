import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_TIERS,
  type AuthorityTier,
  DEFAULT_TIER_LISTS,
  DEFAULT_TIER_TABLE,
  normalizeDomain,
  type TierTable,
  tierOf,
  withOverrides,
} from './tiers.js';

const table = DEFAULT_TIER_TABLE;

describe('tierOf', () => {
  it('finds a listed domain through its subdomains', () => {
    expect(tierOf({ url: 'http://society.people.com.cn/n1/2026/1201/c1008.html' }, table)).toBe('central');
    expect(tierOf({ url: 'https://www.thepaper.cn/newsDetail_forward_1' }, table)).toBe('provincial');
    expect(tierOf({ url: 'https://www.caixin.com/2026-12-01/1.html' }, table)).toBe('industry');
  });

  it('takes a platform account by its name before the platform domain', () => {
    expect(tierOf({ url: 'https://weibo.com/2803301701/P1', author: '人民日报' }, table)).toBe('central');
    expect(tierOf({ url: 'https://weibo.com/1/P2', author: '路人甲', followers: 120 }, table)).toBe('ordinary');
  });

  it('counts a large unlisted account as a KOL, even on a platform domain', () => {
    expect(tierOf({ url: 'https://weibo.com/1/P3', author: '数码博主', followers: 2_500_000 }, table)).toBe('kol');
    expect(tierOf({ author: '某博主', followers: 99_999 }, table)).toBe('ordinary');
  });

  it("lets a workspace's own source entry win", () => {
    const own: TierTable = { ...table, sources: { 'feed:local-daily': 'central' } };
    expect(tierOf({ sourceKey: 'feed:local-daily', url: 'https://weibo.com/x', author: '路人' }, own)).toBe('central');
    expect(tierOf({ sourceKey: 'feed:local-daily', url: 'https://weibo.com/x', author: '路人' }, table)).toBe('ordinary');
  });

  it('treats an unlisted news site as local media and anything else unknown as ordinary', () => {
    expect(tierOf({ url: 'https://news.example-city.cn/a/1', channel: 'news' }, table)).toBe('provincial');
    expect(tierOf({ url: 'https://bbs.example.cn/t/1', channel: 'forum' }, table)).toBe('ordinary');
    expect(tierOf({ url: 'not a url', channel: 'forum' }, table)).toBe('ordinary');
  });

  it('does not take a domain for a longer one that merely ends alike', () => {
    expect(tierOf({ url: 'https://fakepeople.com.cn/x', channel: 'blog' }, table)).toBe('ordinary');
  });
});

describe('the default tier table', () => {
  const byUrl = (url: string, author?: string) => tierOf({ url, author, channel: 'news' }, table);

  it('knows the well-known outlets by their web addresses', () => {
    const expected: [string, AuthorityTier][] = [
      ['http://paper.people.com.cn/rmrb/html/2026-12/01/nw.htm', 'central'], // 人民日报
      ['https://www.news.cn/politics/20261201/a.html', 'central'], // 新华社
      ['http://www.xinhuanet.com/2026-12/01/c_1.htm', 'central'],
      ['https://news.cctv.com/2026/12/01/ARTI1.shtml', 'central'], // 央视
      ['https://www.chinanews.com.cn/sh/2026/12-01/1.shtml', 'central'], // 中国新闻网
      ['https://www.thepaper.cn/newsDetail_forward_1', 'provincial'], // 澎湃
      ['https://www.bjnews.com.cn/detail/1.html', 'provincial'],
      ['https://news.southcn.com/node_1/a.html', 'provincial'],
      ['https://zjnews.zjol.com.cn/a.shtml', 'provincial'],
      ['https://www.dzwww.com/xinwen/a.htm', 'provincial'],
      ['https://news.cnhubei.com/content/a.html', 'provincial'],
      ['https://www.scol.com.cn/a.html', 'provincial'],
      ['https://www.caixin.com/2026-12-01/1.html', 'industry'], // 财新
      ['https://www.yicai.com/news/1.html', 'industry'],
    ];
    expect(expected.filter(([url, tier]) => byUrl(url) !== tier)).toEqual([]);
  });

  it('has provincial media of every province-level division', () => {
    const byProvince: Record<string, string> = {
      北京: 'https://www.bjd.com.cn/a',
      天津: 'https://news.enorth.com.cn/a',
      河北: 'https://www.hebnews.cn/a',
      山西: 'https://www.sxgov.cn/a',
      内蒙古: 'https://www.nmgnews.com.cn/a',
      辽宁: 'https://www.lnd.com.cn/a',
      吉林: 'https://www.chinajilin.com.cn/a',
      黑龙江: 'https://news.dbw.cn/a',
      上海: 'https://www.jfdaily.com/a',
      江苏: 'https://www.xhby.net/a',
      浙江: 'https://zjnews.zjol.com.cn/a',
      安徽: 'https://www.anhuinews.com/a',
      福建: 'https://www.fjsen.com/a',
      江西: 'https://www.jxnews.com.cn/a',
      山东: 'https://www.dzwww.com/a',
      河南: 'https://news.dahe.cn/a',
      湖北: 'https://news.cnhubei.com/a',
      湖南: 'https://www.voc.com.cn/a',
      广东: 'https://news.southcn.com/a',
      广西: 'https://www.gxnews.com.cn/a',
      海南: 'https://www.hinews.cn/a',
      重庆: 'https://www.cqnews.net/a',
      四川: 'https://www.scol.com.cn/a',
      贵州: 'https://www.gog.cn/a',
      云南: 'https://www.yunnan.cn/a',
      西藏: 'https://www.chinatibetnews.com/a',
      陕西: 'https://www.sxdaily.com.cn/a',
      甘肃: 'https://www.gansudaily.com.cn/a',
      青海: 'https://www.qhnews.com/a',
      宁夏: 'https://www.nxnews.net/a',
      新疆: 'https://www.ts.cn/a',
    };
    expect(Object.keys(byProvince)).toHaveLength(31);
    // Not on the news channel, so an unlisted site would fall to ordinary: each is listed.
    const missing = Object.entries(byProvince).filter(([, url]) => tierOf({ url, channel: 'forum' }, table) !== 'provincial');
    expect(missing).toEqual([]);
  });

  it('treats the platforms as places of ordinary users, whatever the channel says', () => {
    const platforms = [
      'https://weibo.com/1/P1', // 微博
      'https://www.douyin.com/video/1', // 抖音
      'https://www.xiaohongshu.com/explore/1', // 小红书
      'https://www.zhihu.com/question/1', // 知乎
      'https://tieba.baidu.com/p/1', // 贴吧
      'https://www.bilibili.com/video/BV1', // B站
      'https://www.toutiao.com/article/1/', // 今日头条
      'https://mp.weixin.qq.com/s/abc', // 公众号
      'https://www.kuaishou.com/short-video/1',
    ];
    expect(platforms.filter((url) => byUrl(url) !== 'ordinary')).toEqual([]);
  });

  it('knows the outlets by their account names on the platforms', () => {
    const expected: [string, AuthorityTier][] = [
      ['人民日报', 'central'],
      ['新华社', 'central'],
      ['央视新闻', 'central'],
      ['中国新闻网', 'central'],
      ['澎湃新闻', 'provincial'],
      ['新京报', 'provincial'],
      ['红星新闻', 'provincial'],
      ['财新网', 'industry'],
      ['第一财经', 'industry'],
    ];
    expect(expected.filter(([name, tier]) => byUrl('https://weibo.com/1/P', name) !== tier)).toEqual([]);
  });

  it('lists no domain or account twice', () => {
    for (const kind of ['domains', 'accounts'] as const) {
      const all = AUTHORITY_TIERS.flatMap((t) => DEFAULT_TIER_LISTS[kind][t]);
      expect(all.filter((x, i) => all.indexOf(x) !== i)).toEqual([]);
      expect(Object.keys(DEFAULT_TIER_TABLE[kind])).toHaveLength(all.length);
    }
    for (const d of AUTHORITY_TIERS.flatMap((t) => DEFAULT_TIER_LISTS.domains[t])) expect(normalizeDomain(d)).toBe(d);
  });
});

describe('workspace entries', () => {
  it('normalises a domain from what an admin types', () => {
    expect(normalizeDomain(' https://WWW.Example-City.cn/news/1 ')).toBe('example-city.cn');
    expect(normalizeDomain('news.example.cn:8080')).toBe('news.example.cn');
    expect(normalizeDomain('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normalizeDomain('localhost')).toBeNull();
    expect(normalizeDomain('10.0.0.1')).toBeNull();
    expect(normalizeDomain('not a domain')).toBeNull();
    expect(normalizeDomain('')).toBeNull();
  });

  it('lay a workspace’s domains, accounts, sources and KOL threshold over the defaults', () => {
    const own = withOverrides(table, {
      domains: { 'thepaper.cn': 'central', 'example-city.cn': 'provincial' },
      accounts: { 本地大V: 'kol' },
      sources: { 'feed:city': 'industry' },
      kolFollowers: 10_000,
    });
    expect(tierOf({ url: 'https://www.thepaper.cn/a' }, own)).toBe('central');
    expect(tierOf({ url: 'https://bbs.example-city.cn/a' }, own)).toBe('provincial');
    expect(tierOf({ url: 'https://weibo.com/x', author: '本地大V', followers: 5 }, own)).toBe('kol');
    expect(tierOf({ sourceKey: 'feed:city' }, own)).toBe('industry');
    expect(tierOf({ author: '某博主', followers: 20_000 }, own)).toBe('kol');
    expect(tierOf({ author: '某博主', followers: 20_000 }, table)).toBe('ordinary');
    expect(tierOf({ url: 'https://www.thepaper.cn/a' }, table)).toBe('provincial');
    expect(table.domains['example-city.cn']).toBeUndefined();
  });
});
