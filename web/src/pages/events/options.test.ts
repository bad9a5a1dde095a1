import { describe, expect, it } from 'vitest';
import { FORECAST_HOURS_SHOWN, spreadOption, volumeOption } from './options.js';

const node = (
  mentionId: number,
  parentId: number | null,
  extra: Partial<{ edge: 'parent' | 'link' | 'copy'; descendants: number; channel: string }> = {},
) => ({
  mentionId,
  parentId,
  edge: parentId === null ? null : (extra.edge ?? 'parent'),
  author: `作者${mentionId}`,
  source: 'weibo',
  channel: extra.channel ?? 'social',
  at: '2026-02-01T06:00:00Z',
  descendants: extra.descendants ?? 0,
  hidden: 0,
});
const labels = {
  channel: (c: string | null) => c ?? '',
  edge: { parent: '转发', link: '链接', copy: '转载' },
  hidden: (n: number) => `${n}`,
};

describe('event page charts', () => {
  it('draws one node per mention and an edge to each parent shown, styled by its kind; the origin and key nodes are labelled', () => {
    const spread = {
      nodes: [node(1, null, { descendants: 3 }), node(2, 1), node(3, 1, { edge: 'copy', channel: 'news' }), node(4, 99)],
      keyNodes: [{ mentionId: 3, author: '作者3', source: 'weibo', onward: 0 }],
      keyAccounts: [],
      channels: [],
      reach: [],
    };
    const o = spreadOption(spread, labels);
    const series = o.series[0];
    expect(series?.data.map((n) => n.id)).toEqual(['1', '2', '3', '4']);
    // Node 4's parent is not drawn, so it has no edge.
    expect(series?.links.map((e) => `${e.source}>${e.target}:${e.lineStyle.type}`)).toEqual(['1>2:solid', '1>3:dotted']);
    expect(series?.data.filter((n) => n.label.show).map((n) => n.id)).toEqual(['1', '3']);
    expect(series?.categories.map((c) => c.name)).toEqual(['social', 'news']);
    expect((series?.data[0]?.symbolSize ?? 0) > (series?.data[1]?.symbolSize ?? 0)).toBe(true);
  });

  it('stacks the hours by sentiment and puts the forecast after them, joined to the last hour', () => {
    const timeline = [
      { at: '2026-02-01T06:00:00Z', count: 3, positive: 0, neutral: 1, negative: 2 },
      { at: '2026-02-01T07:00:00Z', count: 5, positive: 1, neutral: 1, negative: 3 },
    ];
    const o = volumeOption(
      { timeline, forecast: { hours: [{ at: '2026-02-01T08:00:00Z', count: 4 }], error: 0.2 } },
      { sentiment: { negative: '负面', neutral: '中性', positive: '正面' }, forecast: '预测', hour: (iso) => iso.slice(11, 13) },
    );
    expect(o.xAxis.data).toEqual(['06', '07', '08']);
    expect(o.series.map((s) => s.name)).toEqual(['负面', '中性', '正面', '预测']);
    expect(o.series[0]?.data).toEqual([2, 3, null]);
    expect(o.series[3]?.data).toEqual([null, 5, 4]);
    const long = Array.from({ length: 48 }, (_, i) => ({ at: new Date(Date.UTC(2026, 1, 1, 8 + i)).toISOString(), count: 1 }));
    const capped = volumeOption(
      { timeline, forecast: { hours: long, error: null } },
      { sentiment: { negative: '', neutral: '', positive: '' }, forecast: '', hour: (iso) => iso },
    );
    expect(capped.xAxis.data).toHaveLength(2 + FORECAST_HOURS_SHOWN);
  });
});
