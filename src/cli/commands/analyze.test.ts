/** `bin/yuqing analyze`: one JSON result per input line, duplicates pointing to earlier lines, bad lines reported, state bounded by the window. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createOfflineAnalyzer } from '../../pipeline/analyze-offline.js';
import { jsonLines, runCli } from '../../testing/cli.js';
import { analyzeItems } from './analyze.js';

const original = '華為手機質量太差，屏幕斷裂，客服推諉不給退款，太過分了！深圳的門店也不管，IP属地广东的朋友都遇到过。';
const lines = [
  { id: 'a', title: '', text: original },
  { id: 'b', text: 'The new phone is great, I love it. Shipping to Germany was fast.' },
  { id: 'c', text: `//@小王: ${original}` },
  { id: 'd', title: '网传董事长被查', text: '公司发布声明辟谣，称系不实信息。' },
];

describe('analyze command', () => {
  it('prints the analysis of every line, duplicates pointing to earlier lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yq-analyze-'));
    const file = join(dir, 'items.jsonl');
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    const run = await runCli(['analyze', '--input', file], { ...process.env, YUQING_LOG_LEVEL: 'error' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('line 5: not valid JSON');
    const out = jsonLines(run.stdout.split('\n'));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a = {}, b, c, d] = out;
    expect(a).toMatchObject({ lang: 'zh-Hant', sentiment: { label: 'negative' }, duplicateOf: null });
    expect(a.categories).toEqual(expect.arrayContaining(['product_quality', 'service']));
    expect((a.regions as { mentioned: unknown[] }).mentioned).toContainEqual({ kind: 'city', province: '广东', city: '深圳' });
    expect((a.emotions as Record<string, number>).anger).toBeGreaterThan(0.3);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining(['keywords', 'entities', 'fingerprint', 'minhash', 'emotions', 'sentiment', 'regions', 'categories']),
    );
    expect(b).toMatchObject({ lang: 'en', sentiment: { label: 'positive' }, duplicateOf: null });
    expect(c?.duplicateOf).toBe('a');
    expect(d?.categories).toEqual(expect.arrayContaining(['rumour', 'executives']));
  }, 60_000);

  it('reads standard input and respects a closed reader', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const errs: string[] = [];
    const code = await analyzeItems(
      { input: '-', window: '10' },
      { open: () => Readable.from([`${JSON.stringify(lines[0])}\n{"text":"no id"}\n`]), out, err: (s) => errs.push(s) },
    );
    expect(code).toBe(0);
    expect(jsonLines(chunks.join('').split('\n'))).toHaveLength(1);
    expect(errs.join('')).toContain('line 2: id');
  });

  it('keeps only the last `window` items for duplicate finding, so memory stays bounded on long inputs', () => {
    const analyzer = createOfflineAnalyzer({ window: 3 });
    const text = (i: number) =>
      `第${i}条：这是一段足够长的测试文本，用来检验近重复检测的窗口是否有界，编号${i}号的内容各不相同。${'甲乙丙丁戊己庚辛'.repeat(i % 7)}`;
    expect(analyzer.analyze({ id: 0, text: text(0) }).duplicateOf).toBeNull();
    expect(analyzer.analyze({ id: 'copy-near', text: `//@某人: ${text(0)}` }).duplicateOf).toBe(0);
    for (let i = 1; i <= 5; i++)
      analyzer.analyze({ id: i, text: `完全不同的第${i}条内容，和前面的文字没有任何关系，只是为了把窗口填满而已，序号${i * 7919}` });
    expect(analyzer.analyze({ id: 'copy-far', text: `//@某人: ${text(0)}` }).duplicateOf).toBeNull();
  });
});
