/** A deterministic benchmark and test workload: topics watching one brand each, and mixed Chinese/English items. */

import { type Random, seededRandom } from '../domain/random.js';
import type { MatchDocument } from './document.js';

/**
 * Topics watching one brand each (names in simplified, traditional and English; issue words; exclusions; NEAR;
 * title scopes) and items of Chinese or English text that mention a few brands, some of them the first ten.
 */
export function makeWorkload(opts: { topics: number; items: number; seed: number }): {
  topics: Array<{ id: number; query: string }>;
  docs: MatchDocument[];
} {
  const rng = seededRandom(opts.seed);
  const brands = makeBrands(rng, opts.topics);
  const topics = brands.map((b, i) => ({ id: i, query: topicQuery(rng, b) }));
  const docs = Array.from({ length: opts.items }, () => makeItem(rng, brands));
  return { topics, docs };
}

interface Brand {
  zh: string;
  /** The same name in traditional characters (or another spelling), as people write it in Taiwan/Hong Kong. */
  zhAlt: string;
  en: string;
}

const HAN =
  '华为小米联想海尔美的格力长城比亚迪蔚来理想宁德时代京东阿里腾讯网易百度字节快手拼多多携程顺丰中国平安招商银行建设工商农业交通移动电信联通石油化工钢铁航空南方东方北方西部科技智能数码电器汽车能源医药健康食品乳业啤酒白酒茶叶服饰鞋业家居地产物业教育文化传媒旅游酒店餐饮物流快递保险证券基金';
/** Simplified → traditional for the characters of HAN that differ. */
const TRAD = new Map([...'华華为為长長联聯尔爾车車东東国國业業银銀设設电電药藥'.matchAll(/(.)(.)/gu)].map((m) => [m[1]!, m[2]!]));
const SYLLABLES = words(
  'zen tro vix lum ora kai mex dra pol sun nova tek quin rav el ion bri cor dex fy gal hup jor kel mar nex pax rho sil tav ul vor wen xan yel zor bel cas dun fen',
);

function makeBrands(rng: Random, n: number): Brand[] {
  const seen = new Set<string>();
  const out: Brand[] = [];
  while (out.length < n) {
    let zh = '';
    const len = 2 + rng.int(3);
    for (let i = 0; i < len; i++) zh += HAN[rng.int(HAN.length)];
    const en = Array.from({ length: 2 + rng.int(2) }, () => rng.pick(SYLLABLES)).join('');
    if (seen.has(zh) || seen.has(en)) continue;
    seen.add(zh);
    seen.add(en);
    out.push({ zh, zhAlt: [...zh].map((c) => TRAD.get(c) ?? c).join(''), en: en[0]!.toUpperCase() + en.slice(1) });
  }
  return out;
}

const ISSUES = '投诉|质量|"屏幕 断裂"|召回|维权|爆炸|起火|退款|recall*|complaint*|lawsuit|"data breach"|虚假宣传|裁员'.split('|');
const EXCLUDES = ['招聘', '广告', '抽奖', 'hiring', '转发'];

function topicQuery(rng: Random, b: Brand): string {
  const names = [b.zh, b.en, ...(b.zhAlt !== b.zh ? [b.zhAlt] : [])].join(' OR ');
  const issues = Array.from({ length: 2 + rng.int(4) }, () => rng.pick(ISSUES)).join(' OR ');
  const kind = rng.int(5);
  if (kind === 0) return `(${names}) AND (${issues}) NOT ${rng.pick(EXCLUDES)}`;
  if (kind === 1) return `title:(${names}) OR (${b.zh} NEAR/8 ${rng.pick(['投诉', '质量', '召回'])})`;
  if (kind === 2) return `(${names}) -${rng.pick(EXCLUDES)} -${rng.pick(EXCLUDES)}`;
  if (kind === 3) return `${b.en} NEAR/5 ${rng.pick(['recall', 'lawsuit', 'fire'])} OR "${b.zh} ${rng.pick(['手机', '汽车', '服务'])}"`;
  return `(${names}) (${issues})`;
}

const ZH = words(
  '我们 今天 产品 用户 问题 客服 售后 质量 价格 发布会 新款 手机 电池 屏幕 网友 表示 已经 非常 因为 所以 但是 记者 了解到 公司 回应 消费者 投诉 平台 视频 评论 关注 事件 官方 声明 调查 目前 相关 部门 处理 结果 希望 尽快 解决 体验 服务 门店 维修 更换 退款 质疑 热搜 话题 阅读 转发 点赞 一个 这个 没有 什么 时候 可以 还是 真的 觉得',
);
const EN = words(
  'the company said customers report issue with new phone battery screen after update users complained about service and support recall recalled statement on Monday a spokesperson for market shares fell quality launch review video posts viral in China of its',
);

function makeItem(rng: Random, brands: readonly Brand[]): MatchDocument {
  const english = rng.chance(0.3);
  const mentions = [rng.pick(brands), ...(rng.chance(0.5) ? [rng.pick(brands)] : []), ...(rng.chance(0.3) ? [brands[rng.int(10)]!] : [])];
  const words = 20 + rng.int(120);
  let text = '';
  for (let i = 0; i < words; i++) {
    if (rng.chance(0.04)) {
      const b = rng.pick(mentions);
      text += english || rng.chance(0.3) ? ` ${b.en} ` : rng.chance(0.2) ? b.zhAlt : b.zh;
    } else if (english || rng.chance(0.08)) text += `${rng.pick(EN)} `;
    else text += rng.pick(ZH);
    if (rng.chance(0.12)) text += english ? '. ' : rng.pick(['，', '。', '！', '？', ' #话题# ', ' @网友 ']);
  }
  const b = mentions[0]!;
  const title = english ? `${b.en} ${rng.pick(EN)} ${rng.pick(EN)} ${rng.pick(EN)}` : `${b.zh}${rng.pick(ZH)}${rng.pick(ZH)}`;
  return {
    title,
    text,
    author: rng.pick(['人民网', '@科技评测', 'Reuters', '网友8823', 'TechDaily']),
    source: rng.pick(['weibo', 'news', 'douyin', 'rss']),
  };
}

function words(s: string): string[] {
  return s.split(' ');
}
