/** ECharts options of the dashboard's charts, from the API's answer (pure). */
import type { EChartsCoreOption } from 'echarts/core';
import type { Dashboard } from '../../../../src/api/schemas/dashboard.js';
import { worldName } from '../../components/charts/geo.js';

export const sentimentColors = { positive: '#389e0d', neutral: '#8c8c8c', negative: '#cf1322' } as const;
export type SentimentKey = keyof typeof sentimentColors;

interface Labels {
  sentiment: Record<SentimentKey, string>;
  channel: (key: string) => string;
  index: string;
  /** A bucket's start as shown on the axis. */
  bucket: (iso: string) => string;
}

const transparent = { backgroundColor: 'transparent' };

export function volumeBySentiment(d: Dashboard, l: Labels): EChartsCoreOption {
  const keys: SentimentKey[] = ['negative', 'neutral', 'positive'];
  return {
    ...transparent,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 44, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: d.volume.map((b) => l.bucket(b.at)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: -1, max: 1, splitLine: { show: false } },
    ],
    series: [
      ...keys.map((k) => ({
        name: l.sentiment[k],
        type: 'bar',
        stack: 'volume',
        itemStyle: { color: sentimentColors[k] },
        data: d.volume.map((b) => b[k]),
      })),
      { name: l.index, type: 'line', yAxisIndex: 1, smooth: true, itemStyle: { color: '#1f4e9c' }, data: d.volume.map((b) => b.index) },
    ],
  };
}

export function volumeByChannel(d: Dashboard, l: Labels): EChartsCoreOption {
  return {
    ...transparent,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: d.volume.map((b) => l.bucket(b.at)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: d.channels.map((c) => ({
      name: l.channel(c.channel),
      type: 'line',
      stack: 'channels',
      areaStyle: { opacity: 0.35 },
      smooth: true,
      data: d.volume.map((b) => b.channels[c.channel] ?? 0),
    })),
  };
}

export function pie(items: { name: string; value: number; color?: string }[]): EChartsCoreOption {
  return {
    ...transparent,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, itemWidth: 12, itemGap: 6 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '44%'],
        label: { show: false },
        data: items.map((i) => ({ name: i.name, value: i.value, ...(i.color ? { itemStyle: { color: i.color } } : {}) })),
      },
    ],
  };
}

export function regionMap(map: 'china' | 'world', items: { name: string; value: number }[], dark: boolean): EChartsCoreOption {
  const max = Math.max(1, ...items.map((i) => i.value));
  return {
    ...transparent,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value?: number }) => `${p.name}: ${Number.isFinite(p.value) ? p.value : 0}`,
    },
    visualMap: {
      min: 0,
      max,
      left: 8,
      bottom: 8,
      calculable: true,
      inRange: { color: dark ? ['#17375e', '#ffb340', '#ff4d4f'] : ['#e6f0ff', '#5b8ff9', '#cf1322'] },
      textStyle: { color: dark ? '#d9e4ff' : '#595959' },
    },
    series: [
      {
        type: 'map',
        map,
        roam: false,
        itemStyle: { areaColor: dark ? '#0f2a4d' : '#f5f7fa', borderColor: dark ? '#3d6aa8' : '#bfbfbf' },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd666' } },
        data: items.map((i) => ({ name: map === 'world' ? worldName(i.name) : i.name, value: i.value })),
      },
    ],
  };
}
