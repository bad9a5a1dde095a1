/** The crowd around the turning points: which kind of item each moment gets, and the item itself (reposts, comments, copies, rumours, media, recovery). */
import type { IncomingItem } from '../domain/incoming-item.js';
import { type Random, weighted } from '../domain/random.js';
import { channelOf, engagement, type Hub, type HubInfo, pickHub, repostText, weiboItem, withViews } from './build.js';
import * as t from './templates.js';
import { scenarioSpanMs } from './timeline.js';

export type Kind =
  | 'repost'
  | 'comment'
  | 'copy'
  | 'witness'
  | 'rumour'
  | 'rumourRepost'
  | 'news'
  | 'wechat'
  | 'newsEn'
  | 'socialEn'
  | 'video'
  | 'forum'
  | 'statementRepost'
  | 'reaction'
  | 'recovery';

const videoPlatforms = ['douyin', 'bilibili', 'kuaishou'] as const;

export function crowdItem(
  r: Random,
  kind: Kind,
  id: string,
  age: number,
  hubs: Hub[],
  fill: (s: string) => string,
): [IncomingItem, HubInfo?] {
  const person = crowdPerson(r);
  const region = r.pick(t.provinces);
  const base = weiboItem(id, '', person.name, person.followers, region);
  switch (kind) {
    case 'repost':
    case 'rumourRepost':
    case 'statementRepost': {
      const role = kind === 'repost' ? 'story' : kind === 'rumourRepost' ? 'rumour' : 'statement';
      const parent = pickHub(r, hubs, role, 'weibo');
      const reason = fill(
        kind === 'repost' ? r.pick(t.repostReasons) : kind === 'rumourRepost' ? r.pick(t.rumourReposts) : r.pick(t.reactions),
      );
      if (!parent) return [{ ...base, text: reason || '转发微博', engagement: engagement(r, person.followers, age, 0.2) }];
      const item = { ...base, text: repostText(reason, parent), parent: parent.id, engagement: engagement(r, person.followers, age, 0.3) };
      // A repost by a well-followed account becomes a node others repost from.
      return person.followers > 50_000 ? [item, { weight: 3, role }] : [item];
    }
    case 'comment': {
      const parent = pickHub(
        r,
        hubs.filter((h) => h.channel !== 'news'),
        r.chance(0.8) ? 'story' : 'statement',
      );
      const item: IncomingItem = { ...base, text: fill(r.pick(t.comments)), engagement: engagement(r, person.followers, age, 0.1) };
      if (parent) Object.assign(item, { source: parent.source, channel: parent.channel, platform: parent.platform, parent: parent.id });
      return [item];
    }
    case 'copy': {
      const cutAt = 20 + r.int(t.originText.length - 30);
      const cut = t.originText.slice(0, cutAt).replace(/#星澜充电宝起火#$/, '');
      return [{ ...base, text: fill(r.pick(t.copyFrames)).replace('{cut}', cut), engagement: engagement(r, person.followers, age, 0.5) }];
    }
    case 'witness': {
      const where = weighted(r, { weibo: 6, xiaohongshu: 3, tieba: 1 });
      const item = { ...base, text: fill(r.pick(t.witnesses)), engagement: engagement(r, person.followers, age, 1) };
      if (where !== 'weibo') Object.assign(item, channelOf(where === 'tieba' ? 'forum' : 'social', where, where));
      return [item, { weight: 1, role: 'story' }];
    }
    case 'rumour':
      return [
        { ...base, text: fill(r.pick(t.rumours)), engagement: engagement(r, person.followers, age, 2) },
        { weight: 2, role: 'rumour' },
      ];
    case 'news':
    case 'wechat':
    case 'newsEn': {
      const lang = kind === 'newsEn' ? 'en' : 'zh';
      const pool = t.outlets.filter(
        (o) => o.lang === lang && (kind === 'wechat' ? o.channel !== 'news' : o.channel === 'news' || lang === 'en'),
      );
      const outlet = r.pick(pool);
      const articles = kind === 'newsEn' ? t.newsEn : t.newsCn;
      const phase = Math.min(articles.length - 1, Math.floor(((scenarioSpanMs - age) / scenarioSpanMs) * articles.length * 1.2));
      const a = articles[Math.max(0, phase - r.int(2))] ?? r.pick(articles);
      const item: IncomingItem = {
        source: `demo:${outlet.channel === 'news' ? `news/${outlet.key}` : outlet.key}`,
        externalId: id,
        title: fill(a.title),
        text: fill(a.text),
        author: outlet.name,
        channel: outlet.channel,
        lang,
        engagement: outlet.followers > 0 ? engagement(r, outlet.followers, age, 1) : { views: 500 + r.int(50_000) },
      };
      if (outlet.platform) item.platform = outlet.platform;
      if (outlet.followers > 0) item.authorFollowers = outlet.followers;
      if (outlet.host) item.url = `https://${outlet.host}/2026/${id}.html`;
      return [item, { weight: 2, role: a.title.includes('召回') || a.title.includes('不实') ? 'statement' : 'story' }];
    }
    case 'socialEn': {
      const where = weighted(r, { reddit: 2, mastodon: 1, bluesky: 1, hackernews: 1 });
      const text = fill(r.pick(t.socialEn));
      const item: IncomingItem = {
        source: `demo:${where}`,
        externalId: id,
        text,
        author: r.pick(t.nickEn),
        lang: 'en',
        ...channelOf(where === 'reddit' || where === 'hackernews' ? 'forum' : 'social', where, where),
        engagement: engagement(r, 300, age, 0.4),
      };
      return [item];
    }
    case 'video': {
      const platform = r.pick(videoPlatforms);
      const title = r.pick(t.videoTitles);
      const item: IncomingItem = {
        ...base,
        ...channelOf('video', platform, platform),
        title,
        text: `${title} ${fill('{tag}')}`,
        engagement: withViews(engagement(r, person.followers * 5, age, 2)),
      };
      return [item, { weight: 2, role: 'story' }];
    }
    case 'forum': {
      const thread = r.pick(t.forumThreads);
      const zhihu = thread.title.startsWith('如何看待');
      const item: IncomingItem = {
        ...base,
        ...channelOf(zhihu ? 'qa' : 'forum', zhihu ? 'zhihu' : 'tieba', zhihu ? 'zhihu' : 'tieba'),
        title: thread.title,
        text: fill(thread.text),
        engagement: engagement(r, person.followers, age, 0.8),
      };
      return [item, { weight: 1, role: 'story' }];
    }
    case 'reaction':
      return [{ ...base, text: fill(r.pick(t.reactions)), engagement: engagement(r, person.followers, age, 0.3) }];
    case 'recovery': {
      const item = { ...base, text: fill(r.pick(t.recoveries)), engagement: engagement(r, person.followers, age, 0.3) };
      if (r.chance(0.3)) Object.assign(item, channelOf('social', 'xiaohongshu', 'xiaohongshu'));
      return [item];
    }
  }
}

export function chooseKind(r: Random, h: number): Kind {
  if (h < 3) return weighted<Kind>(r, { repost: 40, comment: 30, copy: 15, witness: 15 });
  if (h < 9)
    return weighted<Kind>(r, { repost: 30, comment: 25, copy: 10, witness: 12, video: 8, forum: 5, news: h >= 6 ? 5 : 0, socialEn: 2 });
  if (h < 24)
    return weighted<Kind>(r, {
      repost: 22,
      comment: 20,
      copy: 6,
      witness: 8,
      rumour: 5,
      rumourRepost: 9,
      news: 8,
      wechat: 5,
      video: 6,
      forum: 4,
      newsEn: h >= 14 ? 3 : 0,
      socialEn: 3,
    });
  if (h < 36)
    return weighted<Kind>(r, {
      statementRepost: 20,
      reaction: 20,
      comment: 15,
      repost: 6,
      rumourRepost: 2,
      news: 8,
      wechat: 5,
      newsEn: 3,
      socialEn: 3,
      video: 4,
      forum: 4,
    });
  return weighted<Kind>(r, {
    recovery: 25,
    reaction: 20,
    comment: 15,
    repost: 5,
    news: 5,
    wechat: 3,
    forum: 6,
    video: 4,
    socialEn: 4,
    newsEn: 2,
  });
}

function crowdPerson(r: Random): { name: string; followers: number } {
  const name = `${r.pick(t.nickA)}${r.pick(t.nickB)}${r.chance(0.5) ? String(r.int(9999)) : ''}`;
  const followers = Math.floor(Math.exp(r.next() * 9)) * (r.chance(0.02) ? 200 : 1);
  return { name, followers };
}
