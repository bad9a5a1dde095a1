/** MinHash signatures per second and duplicate-index adds per second on generated short posts with reposts, one core. */
import { seededRandom } from '../../domain/random.js';
import { fingerprint } from './fingerprint.js';
import { createDuplicateIndex } from './memory-index.js';
import { generateReposts } from './reposts.js';

const samples = [
  '这家酒店位置很好，房间干净，服务员态度也热情，下次还会再来，早餐种类也很丰富，推荐给出差的朋友。',
  '外卖送得太慢了，等了一个多小时，菜都凉了，打电话给商家也没人接，再也不点了，大家避雷吧。',
  '手机用了一周，电池续航一般，但是拍照效果非常好，性价比很高，系统也流畅，就是充电有点发热。',
  '某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散，品牌方至今没有回应，太让人失望了，希望尽快给个说法。',
];

export function benchDuplicates(posts = 20_000): { signaturesPerSec: number; indexAddsPerSec: number; flagged: number } {
  // Distinct posts of 40–120 characters: a sample's opening clause, then characters drawn from the samples' alphabet.
  const alphabet = [...new Set(samples.join('').replace(/[，。]/g, ''))];
  const rnd = seededRandom(9);
  const originals = Array.from({ length: posts / 4 }, (_, i) => {
    let text = `${samples[i % samples.length]?.split('，')[0]}，`;
    const n = 40 + rnd.int(80);
    while (text.length < n) text += rnd.chance(0.08) ? '，' : rnd.pick(alphabet);
    return `${text}。`;
  });
  const texts = [...originals, ...generateReposts(originals, { seed: 5, perOriginal: 3 }).map((r) => r.text)];
  let t0 = performance.now();
  let sink = 0;
  for (const t of texts) sink += fingerprint(t).bands.length;
  const signaturesPerSec = Math.round(texts.length / ((performance.now() - t0) / 1000));
  const index = createDuplicateIndex();
  let flagged = 0;
  t0 = performance.now();
  texts.forEach((t, i) => {
    if (index.add(i, t, i) !== null) flagged++;
  });
  const indexAddsPerSec = Math.round(texts.length / ((performance.now() - t0) / 1000));
  if (sink === 0) throw new Error('no signatures');
  return { signaturesPerSec, indexAddsPerSec, flagged };
}
