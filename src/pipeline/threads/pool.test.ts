/** The analysis thread pool: the same results as inline, new input versions applied, failures confined to their item, inline when threads cannot start. */
import { afterEach, describe, expect, it } from 'vitest';
import type { MentionDraft } from '../../domain/mention.js';
import { draftFixture } from '../../domain/testkit/draft.js';
import { type AnalysisInputs, defaultAnalysisInputs } from '../analysis-resources.js';
import { type AnalysisJob, inlineAnalysis } from '../analysis-runner.js';
import { captureLog } from '../testkit/seed.js';
import { type AnalysisPool, createAnalysisPool } from './pool.js';

const texts = [
  '华为手机质量太差，屏幕断裂，客服推诿不给退款，太过分了！深圳的门店也不管。',
  '刚提了小鹏G9，车机体验一般，价格还行',
  'The battery caught fire on the train in Shanghai. Terrible response from the company so far.',
  '來滬工作三年了，房租又漲價，工資卻沒漲，真的很焦慮。',
  '',
];
const drafts = (list: string[]): MentionDraft[] => list.map((text, i) => draftFixture({ inboxId: i, externalId: String(i), text }));
const job = (list: string[], version = 'v1', inputs: AnalysisInputs = defaultAnalysisInputs()): AnalysisJob => ({
  workspaceId: 1,
  versioned: { version, inputs },
  now: 0,
  drafts: drafts(list),
});

describe('analysis thread pool', () => {
  let pool: AnalysisPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('splits a batch across two threads and returns what inline analysis returns, in order', async () => {
    pool = createAnalysisPool({ threads: 2, logger: captureLog().logger });
    const batch = job(Array.from({ length: 24 }, (_, i) => `${texts[i % texts.length]} #${i}`));
    const pooled = await pool.analyze(batch);
    expect(pooled).toEqual(await inlineAnalysis().analyze(batch));
    expect(pooled.map((r) => ('draft' in r ? r.draft.inboxId : r.error))).toEqual([...Array(24).keys()]);
  });

  it('builds a workspace’s resources again when its inputs change version, and back', async () => {
    pool = createAnalysisPool({ threads: 1, logger: captureLog().logger });
    const edited = defaultAnalysisInputs();
    edited.enrichment.words.push({ word: '小鹏G9', pos: 'nz', kind: 'product' });
    edited.topics.push({ id: 9, query: '小鹏' });
    const product = async (version: string, inputs?: AnalysisInputs) => {
      const [r] = await (pool as AnalysisPool).analyze(job([texts[1] as string], version, inputs));
      return r && 'draft' in r ? { tags: r.draft.tags.filter((t) => t.kind === 'product'), topics: r.draft.topicIds } : r;
    };
    expect(await product('v1')).toEqual({ tags: [], topics: [] });
    expect(await product('v2', edited)).toEqual({ tags: [{ kind: 'product', value: '小鹏G9' }], topics: [9] });
    expect(await product('v1')).toEqual({ tags: [], topics: [] });
  });

  it('fails only the item a stage refuses, naming the stage; a thread killed by an item is replaced and only that item fails', async () => {
    const log = captureLog();
    pool = createAnalysisPool({ threads: 2, logger: log.logger, entry: new URL('../testkit/faulty-thread.ts', import.meta.url) });
    const list = Array.from({ length: 6 }, (_, i) => `第${i}条 ${texts[0]}`);
    list[1] = '这一条 ⚠ 不行';
    list[4] = '这一条 💥 让线程退出';
    const results = await pool.analyze(job(list));
    expect(results).toHaveLength(6);
    expect(results[1]).toEqual({ error: 'stage refuse failed: refused' });
    expect(results[4]).toEqual({ error: expect.stringMatching(/^the analysis thread stopped \(exit code 7\) while analysing this item$/) });
    const ok = results.filter((r) => 'draft' in r) as { draft: MentionDraft }[];
    expect(ok.map((r) => r.draft.inboxId)).toEqual([0, 2, 3, 5]);
    expect(ok.every((r) => r.draft.tags.some((t) => t.kind === 'category'))).toBe(true);
    expect(log.lines.filter((l) => l.msg === 'analysis thread stopped; starting another').length).toBeGreaterThan(0);

    const after = await pool.analyze(job([texts[0] as string]));
    expect(after[0]).toHaveProperty('draft');
  });

  it('analyses inline, and says so, when a thread cannot start', async () => {
    const log = captureLog();
    pool = createAnalysisPool({ threads: 2, logger: log.logger, entry: new URL('../testkit/broken-thread.ts', import.meta.url) });
    const batch = job(texts);
    expect(await pool.analyze(batch)).toEqual(await inlineAnalysis().analyze(batch));
    expect(await log.waitFor((l) => l.msg === 'analysis threads cannot start; analysing in the main thread')).toMatchObject({
      level: 50,
      reason: expect.stringContaining('models missing'),
    });
  });
});
