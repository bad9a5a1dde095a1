/** ECharts options of the event page: hourly volume by sentiment with the forecast, and the spread graph. Pure. */
import type { EventDetail } from '../../../../src/api/schemas/events.js';
import { sentimentColors } from '../dashboard/options.js';

type Sentiment = keyof typeof sentimentColors;
const sentiments: Sentiment[] = ['negative', 'neutral', 'positive'];

export interface VolumeLabels {
  sentiment: Record<Sentiment, string>;
  forecast: string;
  hour(iso: string): string;
}

/** Forecast hours drawn at most: beyond half a day the forecast would squeeze the hours seen. */
export const FORECAST_HOURS_SHOWN = 12;

/** Stacked hourly bars by sentiment; the forecast's next hours follow as a dashed line. */
export function volumeOption(d: Pick<EventDetail, 'timeline' | 'forecast'>, l: VolumeLabels) {
  const future = (d.forecast?.hours ?? []).slice(0, FORECAST_HOURS_SHOWN);
  const hours = [...d.timeline.map((b) => b.at), ...future.map((h) => h.at)];
  const pad = future.map(() => null);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: hours.map(l.hour) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      ...sentiments.map((k) => ({
        name: l.sentiment[k],
        type: 'bar',
        stack: 'volume',
        itemStyle: { color: sentimentColors[k] },
        data: [...d.timeline.map((b) => b[k]), ...pad],
      })),
      ...(future.length > 0
        ? [
            {
              name: l.forecast,
              type: 'line',
              lineStyle: { type: 'dashed' },
              itemStyle: { color: '#1f4e9c' },
              data: [
                ...d.timeline.map((_, i) => (i === d.timeline.length - 1 ? (d.timeline[i]?.count ?? null) : null)),
                ...future.map((h) => h.count),
              ],
            },
          ]
        : []),
    ],
  };
}

export interface SpreadLabels {
  channel(c: string | null): string;
  edge: Record<'parent' | 'link' | 'copy', string>;
  hidden(n: number): string;
}

const edgeStyle = { parent: 'solid', link: 'dashed', copy: 'dotted' } as const;

/**
 * The spread as a force-directed graph: one node per mention (sized by how many reposts followed it, coloured by
 * channel), an edge from each to the mention it reposts, links to, or copies; key nodes carry their author's name.
 */
export function spreadOption(spread: EventDetail['spread'], l: SpreadLabels) {
  const channels = [...new Set(spread.nodes.map((n) => n.channel ?? ''))];
  const key = new Set(spread.keyNodes.map((k) => k.mentionId));
  const ids = new Set(spread.nodes.map((n) => n.mentionId));
  const nodes = spread.nodes.map((n) => ({
    id: String(n.mentionId),
    name: n.author ?? n.source,
    category: channels.indexOf(n.channel ?? ''),
    symbolSize: Math.min(48, 10 + 8 * Math.log2(1 + n.descendants + n.hidden)),
    value: n.descendants,
    label: { show: key.has(n.mentionId) || n.parentId === null },
    tooltip: {
      formatter: [n.author ?? '', n.source, l.channel(n.channel), n.hidden > 0 ? l.hidden(n.hidden) : ''].filter(Boolean).join('<br/>'),
    },
  }));
  const links = spread.nodes
    .filter((n) => n.parentId !== null && ids.has(n.parentId))
    .map((n) => ({
      source: String(n.parentId),
      target: String(n.mentionId),
      lineStyle: { type: edgeStyle[n.edge ?? 'parent'] },
      tooltip: { formatter: l.edge[n.edge ?? 'parent'] },
    }));
  return {
    tooltip: {},
    legend: { top: 0, data: channels.map(l.channel) },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 120, edgeLength: [30, 80], gravity: 0.1, layoutAnimation: false },
        categories: channels.map((c) => ({ name: l.channel(c) })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        label: { position: 'right', fontSize: 11 },
        lineStyle: { color: 'source', opacity: 0.6, curveness: 0.1 },
        data: nodes,
        links,
      },
    ],
  };
}
