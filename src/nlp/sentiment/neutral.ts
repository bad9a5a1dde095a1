/**
 * Deciding the label from a signed score: neutral when the polarity is weak, with registers that rarely carry an
 * opinion damping the score first — objective news and plain questions asking for information.
 */
import type { SentimentLabel } from '../../domain/analysis.js';
import { isRhetoricalQuestion } from './zh-rules.js';

/** Markers of reporting register: agencies, datelines, reporting verbs, officialese. Written for this project. */
const NEWS_MARKERS = [
  '记者',
  '报道',
  '据悉',
  '据了解',
  '据介绍',
  '新华社',
  '中新社',
  '日电',
  '日讯',
  '消息',
  '发布会',
  '新闻发布',
  '通报',
  '公告',
  '表示',
  '宣布',
  '召开',
  '举行',
  '会议',
  '指出',
  '介绍',
  '发布',
  '统计',
  '同比',
  '环比',
  '数据显示',
  '截至',
  '亿元',
  '万元',
  '百分点',
  '印发',
  '通知',
  '部署',
  '出席',
  '签署',
  '会见',
  '启动',
  '开幕',
  '开业',
  '上线',
  '推出',
  '获悉',
  '回应',
  '声明',
  '公布',
  '任命',
  '签约',
  '投产',
  '融资',
  '收购',
  '交付',
  '营收',
  '净利润',
  '财报',
  '抽检',
  '试点',
  '开展',
  '调整',
  '转发',
];
/** A headline or repost frame: 【…】, #话题#, 转发/转. */
const HEADLINE = /^\s*(?:【|#|转发|\/\/|转[:：]|\[转)/;

/** Marks of a personal voice: first/second person, exclamations, interjections. */
const VOICE = /[我你咱俺吧啊呀哈嘛呢！!？?]|真的|太[^平阳原]/;

/** Share of the score kept for objective, reporting-register text. */
export const NEWS_DAMPING = 0.4;
/** |score| below this is neutral. */
export const NEUTRAL_BAND = 0.25;

/** The markers by their first code unit, for one pass over the text. */
const MARKERS_AT = new Map<number, number[]>();
NEWS_MARKERS.forEach((m, i) => {
  const list = MARKERS_AT.get(m.charCodeAt(0)) ?? [];
  list.push(i);
  MARKERS_AT.set(m.charCodeAt(0), list);
});
const MARKER_START = new Uint8Array(65536);
for (const c of MARKERS_AT.keys()) MARKER_START[c] = 1;
const markerSeen = new Uint8Array(NEWS_MARKERS.length);

/** How many distinct news-register markers the text has. */
export function newsMarkerCount(text: string): number {
  markerSeen.fill(0);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (MARKER_START[c] !== 1) continue;
    for (const m of MARKERS_AT.get(c) as number[]) {
      if (markerSeen[m] === 0 && text.startsWith(NEWS_MARKERS[m] as string, i)) {
        markerSeen[m] = 1;
        n++;
      }
    }
  }
  return n;
}

/** Objective register: no personal voice, and two reporting markers, or one in a headline or repost frame. */
export function isReportingRegister(text: string): boolean {
  if (VOICE.test(text)) return false;
  const n = newsMarkerCount(text);
  return n >= 2 || (n === 1 && (HEADLINE.test(text) || !FIRST_HAND.test(text)));
}

/** Marks of a first-hand experience or a stance (a customer's voice rather than a company's news). */
const FIRST_HAND =
  /买|用了|收到|到手|等了|点的|住的|坐的|打车|下单|客服|售后|投诉|退款|不给|不让|不能|只能|根本|一直|还是|好用|难用|好吃|难吃|真|终于|总算|居然|竟然|果然|还算|算是|挺|蛮|好在|幸好|可惜|希望|感觉|觉得|以后|再也|了[，。,]?$/;

/** Share of the score kept for a plain question asking for information. */
export const INQUIRY_DAMPING = 0.2;
const INQUIRY_OPENER = /请问|想问|问下|问一下|请教|求问|求推荐|求助|有没有人|有人知道|有谁|谁知道|求懂/;
const INTERROGATIVE =
  /多少|(?<![好十没])几[点天年个次岁号级段]|哪[里个些家款种儿]|什么(?![都也])|怎么(?!这么|那么|又|还|也|都|回事|搞|可能|能|会)|怎样|如何|是否|能否|可否|有没有|是不是|要不要|值不值|值得.*吗|好不好|能不能|可不可以|(?:是|要)[^，,。]{1,8}还是[^，,。]{1,8}的/;
const QUESTION_END = /(?:[吗呢么][。～~]*|[?？]+)\s*$/;

/** A question asking for information: a question frame, no exclamation, no rhetorical question. */
export function isInquiry(text: string): boolean {
  if (/[！!]/.test(text)) return false;
  const t = text.trim();
  if (!(QUESTION_END.test(t) || INQUIRY_OPENER.test(t) || INTERROGATIVE.test(t))) return false;
  for (const s of t.split(/(?<=[。！？!?])/)) if (isRhetoricalQuestion(s)) return false;
  return true;
}

/** The share of the Chinese logit kept before the neutral band: news and plain questions are damped. */
export function registerDamping(text: string): number {
  if (isReportingRegister(text)) return NEWS_DAMPING;
  if (isInquiry(text)) return INQUIRY_DAMPING;
  return 1;
}

export type { SentimentLabel };

export function labelFor(score: number): SentimentLabel {
  if (score >= NEUTRAL_BAND) return 'positive';
  if (score <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}
