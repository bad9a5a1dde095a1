/** `bin/yuqing cluster`: one `{id, event}` per valid line, reposts with their original, stories apart, bad lines named. */
import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bcubed } from '../../events/bcubed.js';
import { jsonLines, runCli } from '../../testing/cli.js';
import { clusterItems } from './cluster.js';

const lines = [
  {
    id: 1,
    title: '澜途汽车召回2.3万辆星澜X5 刹车助力泵存失效隐患',
    text: '澜途汽车宣布召回星澜X5共23016辆，原因是电子刹车助力泵在低温下可能失效。',
    publishedAt: '2026-11-02T08:00:00Z',
  },
  {
    id: 2,
    text: '杭州一小区地下车库凌晨起火，一辆澜途星澜E3电动车冒烟自燃，消防到场扑灭。',
    source: 'weibo',
    publishedAt: '2026-11-02T09:00:00Z',
  },
  { id: 3, text: '收到澜途短信了，我的星澜X5在召回范围内，周末去4S店换刹车助力泵', publishedAt: '2026-11-02T10:00:00Z' },
  { id: 4, text: '坐等后续', parent: 1, publishedAt: '2026-11-02T10:30:00Z' },
  { id: 5, text: '地库电动车自燃太吓人了，澜途E3车主瑟瑟发抖，消防说是电池起火', publishedAt: '2026-11-02T11:00:00Z' },
];

describe('cluster command', () => {
  it('prints the event of every line; a repost follows its original, two incidents of one brand stay apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yq-cluster-'));
    const file = join(dir, 'mentions.jsonl');
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n{"id":6,"publishedAt":"yesterday"}\n`);
    const run = await runCli(['cluster', '--input', file], { ...process.env, YUQING_LOG_LEVEL: 'error' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('line 6: not valid JSON');
    expect(run.stderr).toContain('line 7: publishedAt: expected an ISO 8601 time');
    const out = jsonLines(run.stdout.split('\n'));
    expect(out.map((o) => o.id)).toEqual([1, 2, 3, 4, 5]);
    const ev = new Map(out.map((o) => [o.id, o.event]));
    expect(ev.get(3)).toBe(ev.get(1));
    expect(ev.get(4)).toBe(ev.get(1));
    expect(ev.get(5)).toBe(ev.get(2));
    expect(ev.get(2)).not.toBe(ev.get(1));
  }, 60_000);

  it('reads standard input', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const errs: string[] = [];
    const input = `${JSON.stringify(lines[0])}\n{"text":"no id"}\n${JSON.stringify(lines[3])}\n`;
    const code = await clusterItems({ input: '-' }, { open: () => Readable.from([input]), out, err: (s) => errs.push(s) });
    expect(code).toBe(0);
    await new Promise((r) => setImmediate(r));
    const got = jsonLines(chunks.join('').split('\n'));
    expect(got).toHaveLength(2);
    expect(got[1]?.event).toBe(got[0]?.event);
    expect(errs.join('')).toContain('line 2: id');
  });

  it('clusters an old file by its own clock: the labelled set scores as the quality test says', async () => {
    const file = new URL('../../events/testdata/labelled.jsonl', import.meta.url);
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    // Run "a month later": events must not be closed by the wall clock while the file is read.
    const later = Date.parse('2026-12-10T00:00:00Z');
    const code = await clusterItems({ input: 'labelled' }, { open: () => createReadStream(file), out, err: () => {} }, later);
    expect(code).toBe(0);
    await new Promise((r) => setImmediate(r));
    const predicted = new Map(jsonLines(chunks.join('').split('\n')).map((o) => [String(o.id), String(o.event)]));
    const truth = new Map(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; story: string })
        .map((m) => [m.id, m.story]),
    );
    expect(bcubed(predicted, truth).f1).toBeGreaterThanOrEqual(0.75);
  }, 60_000);
});
