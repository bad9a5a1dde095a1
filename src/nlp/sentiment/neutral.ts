/** Deciding the label from a signed score: neutral when the polarity is weak, with objective news register damping the score first. */

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
];

/** Marks of a personal voice: first/second person, exclamations, interjections. */
const VOICE = /[我你咱俺吧啊呀哈嘛呢！!？?]|真的|太[^平阳原]/;

/** Share of the score kept for objective, reporting-register text. */
export const NEWS_DAMPING = 0.4;
/** |score| below this is neutral. */
export const NEUTRAL_BAND = 0.35;

/** How many distinct news-register markers the text has. */
export function newsMarkerCount(text: string): number {
  let n = 0;
  for (const m of NEWS_MARKERS) if (text.includes(m)) n++;
  return n;
}

/** Objective register: at least two reporting markers and no personal voice. */
export function isReportingRegister(text: string): boolean {
  return newsMarkerCount(text) >= 2 && !VOICE.test(text);
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export function labelFor(score: number): SentimentLabel {
  if (score >= NEUTRAL_BAND) return 'positive';
  if (score <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}
