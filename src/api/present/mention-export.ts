/** The columns of a mention export, with Chinese or English headers and values, times in a chosen zone. */
import { channelLabels } from '../../domain/channel.js';
import type { ExportRow } from '../../store/queries/mention-export.js';
import type { Cell } from './csv.js';

export type ExportLang = 'zh' | 'en';

interface Column {
  zh: string;
  en: string;
  value(r: ExportRow, ctx: { lang: ExportLang; time: (ms: number) => string }): Cell;
}

const sentimentNames: Record<string, { zh: string; en: string }> = {
  positive: { zh: '正面', en: 'positive' },
  neutral: { zh: '中性', en: 'neutral' },
  negative: { zh: '负面', en: 'negative' },
};

const list = (xs: readonly string[] | undefined, lang: ExportLang) => (xs && xs.length > 0 ? xs.join(lang === 'zh' ? '、' : '; ') : null);

const columns: readonly Column[] = [
  { zh: '编号', en: 'id', value: (r) => r.id },
  { zh: '发布时间', en: 'published', value: (r, c) => c.time(r.publishedAt ?? r.sortAt) },
  { zh: '标题', en: 'title', value: (r) => r.title },
  { zh: '正文', en: 'text', value: (r) => r.text },
  { zh: '作者', en: 'author', value: (r) => r.author },
  { zh: '粉丝数', en: 'followers', value: (r) => r.authorFollowers },
  { zh: '信息源', en: 'source', value: (r) => r.sourceName },
  {
    zh: '渠道',
    en: 'channel',
    value: (r, c) => (r.channel ? (channelLabels[r.channel as keyof typeof channelLabels]?.[c.lang] ?? r.channel) : null),
  },
  { zh: '平台', en: 'platform', value: (r) => r.platform },
  { zh: '语言', en: 'language', value: (r) => r.lang },
  {
    zh: '情感',
    en: 'sentiment',
    value: (r, c) => (r.sentimentLabel ? (sentimentNames[r.sentimentLabel]?.[c.lang] ?? r.sentimentLabel) : null),
  },
  { zh: '情感分', en: 'sentiment score', value: (r) => (r.sentimentScore === null ? null : Math.round(r.sentimentScore * 1000) / 1000) },
  { zh: '传播量', en: 'reach', value: (r) => r.reach },
  { zh: '转发', en: 'reposts', value: (r) => r.reposts },
  { zh: '评论', en: 'replies', value: (r) => r.replies },
  { zh: '点赞', en: 'likes', value: (r) => r.likes },
  { zh: '阅读/播放', en: 'views', value: (r) => r.views },
  { zh: 'IP属地', en: 'author region', value: (r) => r.regionLabel },
  { zh: '地区', en: 'regions', value: (r, c) => list(r.tags.region, c.lang) },
  { zh: '类别', en: 'categories', value: (r, c) => list(r.tags.category, c.lang) },
  { zh: '关键词', en: 'keywords', value: (r, c) => list(r.tags.keyword, c.lang) },
  { zh: '监测方案', en: 'topics', value: (r, c) => list(r.topics, c.lang) },
  { zh: '原帖编号', en: 'copy of', value: (r) => r.duplicateOf },
  { zh: '链接', en: 'url', value: (r) => r.url },
];

export function exportHeader(lang: ExportLang): string[] {
  return columns.map((c) => c[lang]);
}

export function exportCells(r: ExportRow, lang: ExportLang, time: (ms: number) => string): Cell[] {
  return columns.map((c) => c.value(r, { lang, time }));
}

/** "2026-12-02 15:04:05" in the zone (an IANA name such as Asia/Shanghai). */
export function zonedTime(zone: string): (ms: number) => string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (ms) => {
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
