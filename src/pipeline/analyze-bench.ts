/**
 * Enrichment throughput: short posts (≤ 200 chars) and news articles (~3,000 chars) through the text-analysis stages
 * alone, through the whole offline analysis (plus sentiment and MinHash fingerprints; the duplicate index itself is
 * left out: these samples are deliberately repetitive), with segmentation alone as the floor; then the pipeline's
 * analysis stage list in batches of 200, inline and through the analysis thread pool with 1 and 2 threads.
 */

import { draftFixture } from '../domain/testkit/draft.js';
import { silentLogger } from '../log/logger.js';
import { defaultEnrichmentResources } from '../nlp/analyze.js';
import { analysisText } from '../nlp/normalize/index.js';
import { segment } from '../nlp/segment/index.js';
import { defaultAnalysisInputs } from './analysis-resources.js';
import { type AnalysisJob, type AnalysisRunner, inlineAnalysis } from './analysis-runner.js';
import { createOfflineAnalyzer } from './analyze-offline.js';
import { categorize } from './stages/categories.js';
import { emotion } from './stages/emotion.js';
import { entitiesOf } from './stages/entities.js';
import { keywords } from './stages/keywords.js';
import { language } from './stages/language.js';
import { normalizeText } from './stages/normalize-text.js';
import { regions } from './stages/regions.js';
import { segmentDraft } from './stages/segmentation.js';
import { createAnalysisPool } from './threads/pool.js';

const POSTS = [
  '这家酒店位置很好，房间干净，服务员态度也热情，下次还会再来。IP属地：浙江',
  '外卖送得太慢了，等了一个多小时，菜都凉了，客服还推诿，再也不点了[怒]',
  '华为新款手机用了一周，电池续航一般，但是拍照效果非常好，性价比很高，推荐给大家。',
  '网传某品牌充电宝在深圳地铁车厢内冒烟起火，乘客紧急疏散，品牌方至今没有回应，太让人失望了。',
  '來滬工作三年了，房租又漲價，工資卻沒漲，真的很焦慮。',
  '小米汽车发布会今天在北京举行，雷军介绍了新车的续航和价格，现场观众反应热烈。',
  'The battery caught fire on the train in Shanghai. Terrible response from the company so far.',
  '难道这就是五星级酒店的服务吗？前台半天没人理，投诉也没人处理，太过分了！',
];

const NEWS = [
  '据市场监管总局消息，近日多地消费者反映某品牌电动自行车电池存在起火隐患，相关部门已介入调查。',
  '该公司董事长在回应中表示，将全面排查生产批次，对存在问题的产品实施召回，并向受影响的消费者致歉。',
  '记者从广东省深圳市应急管理局了解到，事故发生在当日下午三时许，现场无人员伤亡，火势很快得到控制。',
  '业内人士分析认为，行业快速扩张期间部分企业忽视质量管控，价格战压缩了利润空间，安全投入随之减少。',
  '今年第三季度，公司营收同比增长百分之十二，净利润却出现下滑，股价在消息公布后一度下跌超过五个百分点。',
  '多名员工向记者反映，工厂近半年频繁加班，部分岗位存在拖欠工资现象，劳动仲裁委员会已受理相关申请。',
  '对于网络上流传的“产品含有有害物质”的说法，企业发布声明称系不实信息，并表示将通过法律途径维护权益。',
  '环保组织指出，该厂区周边河道出现异味，附近居民担心废水排放影响饮用水安全，呼吁有关部门加强监管。',
  '专家建议，消费者在购买电动自行车时应选择正规渠道，注意查看合格证书，避免在室内或楼道内充电。',
  '上海、杭州、成都等地的门店负责人表示，近期退货和投诉数量明显增加，客服压力较大，售后流程正在优化。',
];

function article(seed: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < 3000; i++) {
    const s = NEWS[(seed * 7 + i * 3) % NEWS.length] ?? '';
    parts.push(s);
    len += s.length;
    if (i % 4 === 3) parts.push('\n');
  }
  return parts.join('');
}

interface Rates {
  segmentationPerSec: number;
  stagesPerSec: number;
  fullPerSec: number;
  /** The pipeline's analysis stages in batches of 200: inline, and through the pool with 1 and 2 threads. */
  analysis: { inlinePerSec: number; threads1PerSec: number; threads2PerSec: number };
}

export async function benchEnrichment(): Promise<{ posts: Rates; articles: Rates }> {
  const posts = Array.from({ length: 20_000 }, (_, i) => `${POSTS[i % POSTS.length]}${i % 5 === 0 ? '' : ` #${i}`}`);
  const articles = Array.from({ length: 600 }, (_, i) => article(i));
  segment('预热');
  rates(posts.slice(0, 200));
  const [one, two] = [createAnalysisPool({ threads: 1, logger: silentLogger }), createAnalysisPool({ threads: 2, logger: silentLogger })];
  try {
    await Promise.all([one.ready(), two.ready()]);
    const all = async (texts: readonly string[]) => {
      const [inlinePerSec = 0, threads1PerSec = 0, threads2PerSec = 0] = await batchRates([inlineAnalysis(), one, two], texts);
      return { ...rates(texts), analysis: { inlinePerSec, threads1PerSec, threads2PerSec } };
    };
    return { posts: await all(posts), articles: await all(articles) };
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
}

/** Items/s of each runner over the texts in batches of 200; the runners take turns in every round, so a busy moment of the machine hits all alike. */
async function batchRates(runners: readonly AnalysisRunner[], texts: readonly string[]): Promise<number[]> {
  const drafts = texts.map((text, i) => draftFixture({ text, inboxId: i }));
  const job: Omit<AnalysisJob, 'drafts'> = { workspaceId: 1, versioned: { version: 'bench', inputs: defaultAnalysisInputs() }, now: 0 };
  const run = async (runner: AnalysisRunner, n: number) => {
    for (let at = 0; at < n; at += 200) await runner.analyze({ ...job, drafts: drafts.slice(at, Math.min(n, at + 200)) });
  };
  for (const runner of runners) await run(runner, Math.min(drafts.length, 400));
  const out: number[][] = runners.map(() => []);
  for (let r = 0; r < 3; r++) {
    for (const [i, runner] of runners.entries()) {
      const t0 = performance.now();
      await run(runner, drafts.length);
      out[i]?.push(drafts.length / ((performance.now() - t0) / 1000));
    }
  }
  return out.map((rates) => Math.round(rates.sort((a, b) => a - b)[1] ?? 0));
}

function rates(texts: readonly string[]): Omit<Rates, 'analysis'> {
  const res = defaultEnrichmentResources();
  const folded = texts.map((t) => analysisText('', t));
  const segmentationPerSec = measure(() => {
    for (const t of folded) segment(t, res.lexicon);
  }, texts.length);
  const stagesPerSec = measure(() => {
    for (const text of texts) {
      let d = normalizeText(draftFixture({ text }));
      d = language(d);
      d = segmentDraft(d, res);
      d = keywords(d);
      d = entitiesOf(d, res);
      d = regions(d);
      d = emotion(d);
      categorize(d, res);
    }
  }, texts.length);
  const fullPerSec = measure(() => {
    const analyzer = createOfflineAnalyzer({ duplicates: false });
    for (const [id, text] of texts.entries()) analyzer.analyze({ id, text });
  }, texts.length);
  return { segmentationPerSec, stagesPerSec, fullPerSec };
}

function measure(run: () => void, n: number, rounds = 3): number {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    run();
    out.push(n / ((performance.now() - t0) / 1000));
  }
  out.sort((a, b) => a - b);
  return Math.round(out[Math.floor(out.length / 2)] ?? 0);
}
