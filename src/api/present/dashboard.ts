/** The dashboard's answer from its query results: volume in hour or day buckets (every bucket, empty ones too), sentiment index, shares, names. */
import { COUNTRIES } from '../../nlp/regions/countries.js';
import { isSeverityLevel } from '../../severity/index.js';
import type { Counted, TopDim, VolumeRow } from '../../store/queries/dashboard.js';
import type { Dashboard } from '../schemas/dashboard.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const countryEn = new Map(COUNTRIES.map((c) => [c.name, c.en[0] ?? null]));

interface Inputs {
  from: number;
  to: number;
  bucket: 'hour' | 'day';
  tzMinutes: number;
  volume: VolumeRow[];
  perTopic: Map<number, number>;
  topicNames: Map<number, string>;
  tops: Record<TopDim, Counted[]>;
  sourceNames: Map<number, string>;
  highRisk: {
    id: number;
    title: string;
    text: string;
    author: string | null;
    channel: string | null;
    at: number;
    reach: number;
    url: string | null;
    sourceName: string;
    severity: number | null;
  }[];
}

interface Sentiments {
  positive: number;
  neutral: number;
  negative: number;
  total: number;
}

const empty = (): Sentiments => ({ positive: 0, neutral: 0, negative: 0, total: 0 });
const withIndex = (s: Sentiments) => ({
  ...s,
  index: s.total === 0 ? null : Math.round(((s.positive - s.negative) / s.total) * 1000) / 1000,
});

function add(s: Sentiments, sentiment: string, n: number): void {
  if (sentiment === 'positive' || sentiment === 'neutral' || sentiment === 'negative') s[sentiment] += n;
  s.total += n;
}

export function presentDashboard(i: Inputs): Dashboard {
  const offset = i.tzMinutes * 60_000;
  const size = i.bucket === 'hour' ? HOUR : DAY;
  // Day buckets start at local midnight; hours are whole hours everywhere we support.
  const startOf = (t: number) => Math.floor((t + offset) / size) * size - offset;
  const buckets = new Map<number, Sentiments & { channels: Record<string, number> }>();
  for (let at = startOf(i.from); at < i.to; at += size) buckets.set(at, { ...empty(), channels: {} });
  const overall = empty();
  const channels = new Map<string, number>();
  for (const r of i.volume) {
    const b = buckets.get(startOf(r.at));
    if (!b) continue;
    add(b, r.sentiment, r.n);
    b.channels[r.channel] = (b.channels[r.channel] ?? 0) + r.n;
    add(overall, r.sentiment, r.n);
    channels.set(r.channel, (channels.get(r.channel) ?? 0) + r.n);
  }
  const voice = [...i.perTopic].map(([topicId, count]) => ({ topicId, name: i.topicNames.get(topicId) ?? String(topicId), count }));
  const voiceTotal = voice.reduce((a, v) => a + v.count, 0);
  const list = (rows: Counted[], label: (v: string) => string = (v) => v) =>
    rows.map((r) => ({ value: r.value, label: label(r.value), count: r.n }));
  return {
    from: new Date(i.from).toISOString(),
    to: new Date(i.to).toISOString(),
    bucket: i.bucket,
    total: overall.total,
    sentiment: withIndex(overall),
    channels: [...channels]
      .map(([channel, count]) => ({ channel, count }))
      .sort((a, b) => b.count - a.count || (a.channel < b.channel ? -1 : 1)),
    volume: [...buckets].map(([at, b]) => ({ at: new Date(at).toISOString(), ...withIndex(b), channels: b.channels })),
    shareOfVoice: voice
      .map((v) => ({ ...v, share: voiceTotal === 0 ? 0 : Math.round((v.count / voiceTotal) * 1000) / 1000 }))
      .sort((a, b) => b.count - a.count),
    keywords: list(i.tops.keyword),
    sources: list(i.tops.source, (v) => i.sourceNames.get(Number(v)) ?? v),
    authors: list(i.tops.author),
    provinces: list(i.tops.province),
    countries: list(i.tops.country).map((c) => ({ ...c, en: countryEn.get(c.value) ?? null })),
    highRisk: i.highRisk.map((m) => ({
      id: m.id,
      title: m.title || m.text.slice(0, 80),
      author: m.author,
      source: m.sourceName,
      channel: m.channel,
      at: new Date(m.at).toISOString(),
      reach: m.reach,
      url: m.url,
      level: isSeverityLevel(m.severity) ? m.severity : null,
    })),
  };
}
