/** The scenario's turning points at fixed times: the first post, the big reposts, the rumour, the statements, the last report. */
import type { Channel } from '../domain/channel.js';
import type { Hub } from './build.js';
import * as t from './templates.js';
import { HOUR_MS, scenarioSpanMs } from './timeline.js';

export interface Fixed {
  at: number;
  kind: 'post' | 'repost';
  text: string;
  title?: string;
  url?: string;
  lang?: string;
  author: string;
  followers: number;
  region: string;
  channel: Channel;
  platform?: string;
  source?: string;
  parentRole?: Hub['role'];
  hubRole?: Hub['role'];
  boost: number;
}

export function fixedEvents(): Fixed[] {
  const c = t.cast;
  const w = (who: { name: string; followers: number; region: string }) => ({
    author: who.name,
    followers: who.followers,
    region: who.region,
  });
  return [
    { at: 0, kind: 'post', text: t.originText, ...w(c.origin), channel: 'weibo', hubRole: 'story', boost: 400 },
    {
      at: 1.5 * HOUR_MS,
      kind: 'repost',
      text: '卧槽，地铁上都敢出事？星澜的品控得好好查查',
      ...w(c.bigV),
      channel: 'weibo',
      parentRole: 'story',
      hubRole: 'story',
      boost: 30,
    },
    {
      at: 3 * HOUR_MS,
      kind: 'repost',
      text: '【扩散】深圳地铁充电宝起火，涉事品牌星澜',
      ...w(c.hot),
      channel: 'weibo',
      parentRole: 'story',
      hubRole: 'story',
      boost: 20,
    },
    { at: 9 * HOUR_MS, kind: 'post', text: t.rumours[0] ?? '', ...w(c.rumourist), channel: 'weibo', hubRole: 'rumour', boost: 15 },
    { at: 24 * HOUR_MS, kind: 'post', text: t.regulatorText, ...w(c.regulator), channel: 'weibo', hubRole: 'statement', boost: 8 },
    { at: 26 * HOUR_MS, kind: 'post', text: t.statementText, ...w(c.official), channel: 'weibo', hubRole: 'statement', boost: 6 },
    {
      at: 26 * HOUR_MS + 600_000,
      kind: 'post',
      title: '关于X20充电宝相关情况的说明',
      text: t.statementText,
      ...w(c.official),
      author: '星澜科技',
      channel: 'wechat',
      platform: 'wechat',
      source: 'wechat',
      url: 'https://mp.weixin.example/s/xinglan-statement',
      boost: 4,
    },
    { at: 27 * HOUR_MS, kind: 'post', text: t.fireDeptText, ...w(c.fireDept), channel: 'weibo', hubRole: 'statement', boost: 2 },
    {
      at: scenarioSpanMs,
      kind: 'post',
      title: '召回满三天：星澜科技称已完成逾万台充电宝更换',
      text: '星澜科技表示，召回启动三天来已为一万两千余名用户完成更换或退款，第三方检测报告显示新批次产品全部合格。',
      lang: 'zh',
      author: '南方晨报',
      followers: 0,
      region: '广东',
      channel: 'news',
      source: 'news/nanfang-morning',
      url: 'https://www.nanfang-morning.example/2026/xinglan-recall-day3.html',
      boost: 1,
    },
  ];
}
