/** Measures load time and sentiment throughput on short posts (≤ 200 chars): Weibo dev texts when the shared data is there, else built-in samples. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSentimentModel } from '../../src/nlp/sentiment/index.js';
import { dataDir, loadSplit } from './corpus.js';

const SAMPLES = [
  '这家酒店位置很好，房间干净，服务员态度也热情，下次还会再来。',
  '外卖送得太慢了，等了一个多小时，菜都凉了，再也不点了[怒]',
  '手机用了一周，电池续航一般，但是拍照效果非常好，性价比很高。',
  '国务院新闻办公室今天上午举行新闻发布会，介绍第三季度经济运行情况。',
  '难道这就是五星级酒店的服务吗？前台半天没人理。',
  '快递很快，包装完好，衣服质量不错，就是颜色有点偏暗。',
];

const t0 = performance.now();
const model = loadSentimentModel();
model.analyze('预热');
const loadMs = performance.now() - t0;

const dir = dataDir();
const texts = existsSync(resolve(dir, 'weibo.dev.jsonl'))
  ? ['weibo', 'waimai', 'shopping'].flatMap((c) => loadSplit(dir, c as 'weibo', 'dev').map((e) => e.text.slice(0, 200)))
  : Array.from({ length: 5000 }, (_, i) => SAMPLES[i % SAMPLES.length] ?? '');
const chars = texts.reduce((s, t) => s + t.length, 0);

let sink = 0;
for (const t of texts.slice(0, 500)) sink += model.analyze(t).score;
const t1 = performance.now();
for (const t of texts) sink += model.analyze(t).score;
const sec = (performance.now() - t1) / 1000;
console.log(`load (weights + jieba dictionary + first call): ${loadMs.toFixed(0)} ms`);
console.log(
  `${texts.length} posts, mean ${(chars / texts.length).toFixed(0)} chars: ${(texts.length / sec).toFixed(0)} posts/s, ${(chars / sec / 1e6).toFixed(2)} M chars/s on one core (checksum ${sink.toFixed(1)})`,
);
