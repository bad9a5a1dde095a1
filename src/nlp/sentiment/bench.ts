/**
 * Sentiment cold load time and throughput on built-in short posts (≤ 200 chars), one core. The load is measured in
 * fresh processes (module import, weights, jieba dictionary and the first call), never a call the cache answers.
 */
import { execFileSync } from 'node:child_process';
import { loadSentimentModel } from './index.js';

const samples = [
  '这家酒店位置很好，房间干净，服务员态度也热情，下次还会再来。',
  '外卖送得太慢了，等了一个多小时，菜都凉了，再也不点了[怒]',
  '手机用了一周，电池续航一般，但是拍照效果非常好，性价比很高。',
  '国务院新闻办公室今天上午举行新闻发布会，介绍第三季度经济运行情况。',
  '难道这就是五星级酒店的服务吗？前台半天没人理。',
  '快递很快，包装完好，衣服质量不错，就是颜色有点偏暗。',
  '某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散，品牌方至今没有回应，太让人失望了。',
  'The battery caught fire on the train. Terrible response from the company so far.',
];

/** What a fresh process runs: import the sentiment module, load the weights, analyse one post; prints both times. */
const coldScript = (moduleUrl: string): string => `
const t0 = performance.now();
const m = await import(${JSON.stringify(moduleUrl)});
const t1 = performance.now();
m.loadSentimentModel().analyze('客服回访了，退换挺快');
process.stdout.write(JSON.stringify([t1 - t0, performance.now() - t1]));
`;

export interface ColdLoad {
  /** Importing the modules (with tsx, compiling them). */
  importMs: number;
  /** Reading the weights, the jieba dictionary and the first analysis. */
  loadMs: number;
}

/** A cold load in a new Node process with this process's loader flags (e.g. tsx). */
export function coldLoad(): ColdLoad {
  const script = coldScript(new URL('./index.js', import.meta.url).href);
  const out = execFileSync(process.execPath, [...process.execArgv, '--input-type=module', '-e', script], { encoding: 'utf8' });
  const parsed: unknown = JSON.parse(out);
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((x) => typeof x === 'number'))
    throw new Error(`cold sentiment load printed ${JSON.stringify(out)}`);
  const [importMs, loadMs] = parsed as [number, number];
  return { importMs: Math.round(importMs), loadMs: Math.round(loadMs) };
}

export function benchSentiment(
  rounds = 5,
  posts = 20_000,
  coldRuns = 3,
): { coldImportMs: number; coldLoadMs: number; coldRuns: number; postsPerSec: number } {
  const cold = Array.from({ length: coldRuns }, coldLoad);
  const model = loadSentimentModel();
  model.analyze('预热');
  const texts = Array.from({ length: posts }, (_, i) => `${samples[i % samples.length]}${i % 13 === 0 ? '' : ` #${i}`}`);
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const t of texts) sink += model.analyze(t).score;
    rates.push(posts / ((performance.now() - start) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('sentiment produced NaN');
  return {
    coldImportMs: median(cold.map((c) => c.importMs)),
    coldLoadMs: median(cold.map((c) => c.loadMs)),
    coldRuns,
    postsPerSec: Math.round(median(rates)),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
