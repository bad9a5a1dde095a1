/** The text-analysis stages through the pipeline on both backends: stored tags and analysis, dictionary and taxonomy edits applied without restart. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { acceptItems } from '../../intake/accept.js';
import { silentLogger } from '../../log/logger.js';
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
import { categoryQueries } from '../../store/queries/categories.js';
import { dictionaryQueries } from '../../store/queries/dictionary.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { analysisContextOf } from '../analysis-runner.js';
import { processBatch } from '../process-batch.js';
import { createWorkspaceResources } from '../resources.js';
import { runAnalysis } from '../run-stages.js';
import type { StageContext } from '../stage.js';
import { analysisStages } from '../stages.js';
import { seedWorkspace, testConfig } from '../testkit/seed.js';
import { enrichmentResource } from './enrichment-resources.js';

describeBackends('enrichment stages', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('stores language, keywords, entities, regions, emotions and categories as tags and analysis', async () => {
    const ws = await seedWorkspace(t.db, 'enrich-a');
    const text = '華為手機質量太差，屏幕斷裂，客服推諉不給退款，太過分了！深圳的門店也不管。';
    await acceptItems(t.db, {
      workspaceId: ws,
      origin: 'api',
      items: [{ ref: 0, raw: { source: 'weibo', externalId: 'e1', text, lang: 'en' } }],
    });
    const report = await processBatch({
      db: t.db,
      config: testConfig(),
      logger: silentLogger,
      workerId: 'w',
      resources: createWorkspaceResources(t.db),
    });
    expect(report.stored).toBe(1);
    const m = await t.db.kysely.selectFrom('mentions').selectAll().where('workspace_id', '=', ws).executeTakeFirstOrThrow();
    expect(m.lang).toBe('zh-Hant');
    expect(m.text).toBe(text);
    const tags = await t.db.kysely.selectFrom('mention_tags').select(['kind', 'value']).where('mention_id', '=', m.id).execute();
    const has = (kind: string, value: string) => tags.some((x) => x.kind === kind && x.value === value);
    expect(has('category', 'product_quality')).toBe(true);
    expect(has('category', 'service')).toBe(true);
    expect(has('region', '广东')).toBe(true);
    expect(has('region', '深圳')).toBe(true);
    expect(has('emotion', 'anger')).toBe(true);
    expect(tags.filter((x) => x.kind === 'keyword').length).toBeGreaterThan(0);
    const analysis = JSON.parse(m.analysis) as Record<string, unknown>;
    expect(Object.keys(analysis)).toEqual(expect.arrayContaining(['keywords', 'entities', 'regions', 'emotions', 'categories']));
    expect(analysis).not.toHaveProperty('nlp');
  });

  it('applies user dictionary and category edits without a restart', async () => {
    const ws = await seedWorkspace(t.db, 'enrich-b');
    const ctx: StageContext = {
      now: () => 0,
      logger: silentLogger,
      db: t.db,
      resources: createWorkspaceResources(t.db, { ttlMs: 60_000 }),
    };
    const draft = draftFixture({ workspaceId: ws, text: '刚提了小鹏G9，车机体验一般，价格还行' });
    const run = async () => runAnalysis(analysisStages, draft, await analysisContextOf(ctx, ws));

    const before = await run();
    expect(before.tags).not.toContainEqual({ kind: 'product', value: '小鹏G9' });
    expect(before.tags).toContainEqual({ kind: 'category', value: 'price' });
    expect((await categoryQueries.list(t.db.kysely, ws)).length).toBe(DEFAULT_CATEGORIES.length);

    await dictionaryQueries.create(t.db.kysely, { workspaceId: ws, word: '小鹏G9', pos: 'nz', weight: 0, kind: 'product', now: 0 });
    const price = (await categoryQueries.list(t.db.kysely, ws)).find((c) => c.key === 'price');
    await categoryQueries.update(t.db.kysely, ws, price?.id ?? 0, { active: false }, 1);
    await categoryQueries.create(t.db.kysely, { workspaceId: ws, key: 'infotainment', name: '车机', query: '车机 OR 中控', now: 1 });
    ctx.resources.invalidate(ws, enrichmentResource);

    const after = await run();
    expect(after.tags).toContainEqual({ kind: 'product', value: '小鹏G9' });
    expect(after.tags).toContainEqual({ kind: 'keyword', value: '小鹏G9' });
    expect(after.tags).toContainEqual({ kind: 'category', value: 'infotainment' });
    expect(after.tags).not.toContainEqual({ kind: 'category', value: 'price' });
  });

  it('takes the author region from the platform label', async () => {
    const ws = await seedWorkspace(t.db, 'enrich-c');
    const ctx: StageContext = { now: () => 0, logger: silentLogger, db: t.db, resources: createWorkspaceResources(t.db) };
    const out = runAnalysis(
      analysisStages,
      draftFixture({ workspaceId: ws, text: '北京的朋友都在讨论这件事', regionLabel: 'IP属地：广东' }),
      await analysisContextOf(ctx, ws),
    );
    expect(out.tags).toContainEqual({ kind: 'author_region', value: '广东' });
    expect(out.tags).toContainEqual({ kind: 'region', value: '北京' });
  });
});
