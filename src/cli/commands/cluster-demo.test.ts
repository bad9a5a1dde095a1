/**
 * The demo scenario through `bin/yuqing cluster` (the offline path), with the labelled set's stories of other brands
 * in the same days as background: the rumour is an event of its own and apart from the crisis, the crisis's first
 * post opens the largest event, and the background stays out of the crisis's events. Floors a little below what
 * is measured (crisis share of the main event 0.507, background in the crisis's events 0.068: the later recall-phase
 * posts still form two large events of their own).
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../demo/generate.js';
import { rumours } from '../../demo/templates.js';
import { buildLabelledSet } from '../../events/testdata/labelled.js';
import { jsonLines } from '../../testing/cli.js';
import { clusterItems } from './cluster.js';

const START = Date.parse('2026-11-02T00:00:00Z');

describe('the demo scenario clustered offline', () => {
  it('gives the rumour its own event, the crisis one main event, and keeps background stories apart', async () => {
    const demo = generateScenario().map(({ offsetMs, item }) => ({
      id: item.externalId ?? '',
      title: item.title ?? null,
      text: item.text,
      publishedAt: new Date(START + offsetMs).toISOString(),
      parent: item.parent ?? null,
    }));
    const background = buildLabelledSet();
    const lines = [...demo, ...background.map(({ story: _, ...m }) => m)].sort((a, b) =>
      a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0,
    );
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const input = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    const code = await clusterItems(
      { input: '-' },
      { open: () => Readable.from([input]), out, err: () => {} },
      Date.parse('2026-12-10T00:00:00Z'),
    );
    expect(code).toBe(0);
    await new Promise((r) => setImmediate(r));
    const event = new Map(jsonLines(chunks.join('').split('\n')).map((o) => [String(o.id), String(o.event)]));
    expect(event.size).toBe(lines.length);
    const of = (id: string) => event.get(id) ?? '';

    const said = rumours.map((r) => (r.split('{')[0] ?? r).trim());
    const isRumour = (text: string) => said.some((s) => text.includes(s));
    const crisis = demo.filter((d) => !isRumour(d.text));
    const rumour = demo.filter((d) => d.text.includes(said[0] ?? '-'));
    const main = of(demo[0]?.id ?? '');
    const rumourEvent = of(rumour[0]?.id ?? '');
    const share = (items: readonly { id: string }[], e: string) => items.filter((m) => of(m.id) === e).length / items.length;

    // The rumour (its post, copies and reposts) is one event, not the crisis's.
    expect(rumour.length).toBeGreaterThan(50);
    expect(rumourEvent).not.toBe(main);
    expect(share(rumour, rumourEvent)).toBeGreaterThanOrEqual(0.95);
    expect(
      share(
        demo.filter((d) => isRumour(d.text)),
        main,
      ),
    ).toBeLessThanOrEqual(0.02);

    // The crisis's first post opens the largest event of the scenario.
    const sizes = new Map<string, number>();
    for (const d of demo) sizes.set(of(d.id), (sizes.get(of(d.id)) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBe(sizes.get(main));
    expect(share(crisis, main)).toBeGreaterThanOrEqual(0.48);

    // Other brands' stories in the same days stay out of the crisis's events.
    const crisisEvents = new Set(demo.map((d) => of(d.id)));
    expect(background.filter((b) => of(b.id) === main)).toEqual([]);
    expect(background.filter((b) => crisisEvents.has(of(b.id))).length / background.length).toBeLessThanOrEqual(0.08);
  }, 120_000);
});
