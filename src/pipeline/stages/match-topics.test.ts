/** Live matching stage: active topics tagged, edits seen after invalidation, broken topics skipped and reported. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { draftFixture } from '../../domain/testkit/draft.js';
import { createLogger } from '../../log/logger.js';
import { topicQueries } from '../../store/queries/index.js';
import { createTestDatabase, describeBackends, type TestDatabase } from '../../testing/backends.js';
import { makeWorkspace } from '../../testing/factories.js';
import { createWorkspaceResources } from '../resources.js';
import type { StageContext } from '../stage.js';
import { matchTopics, topicMatcherResource } from './match-topics.js';

describeBackends('matchTopics stage', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('tags the active topics a draft matches, by title, text, author, source, region tags; edits apply after invalidate', async () => {
    const ws = (await makeWorkspace(t.db)).id;
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (s: string) => lines.push(s) });
    const ctx: StageContext = { now: () => 0, logger, db: t.db, resources: createWorkspaceResources(t.db, { ttlMs: 60_000 }) };
    const mk = (name: string, query: string, active = true) =>
      topicQueries.create(t.db.kysely, { workspaceId: ws, name, query, active, createdBy: null, now: 0 });
    const brand = await mk('brand', '(华为 OR Huawei) -招聘');
    const paused = await mk('paused', '华为', false);
    const bySource = await mk('source', 'source:weibo region:深圳');
    const broken = await mk('broken', '(华为 OR');
    const draft = draftFixture({
      workspaceId: ws,
      title: '華為手机',
      text: '质量问题',
      sourceKey: 'weibo',
      tags: [{ kind: 'region', value: '深圳' }],
    });
    const out = await matchTopics(draft, ctx);
    expect(out.topicIds).toEqual([brand.id, bySource.id]);
    expect(out.topicIds).not.toContain(paused.id);
    expect(lines.join('')).toContain(`"topicId":${broken.id}`);

    await topicQueries.update(t.db.kysely, ws, brand.id, { query: '荣耀' }, 1);
    expect((await matchTopics(draft, ctx)).topicIds).toContain(brand.id); // cached until invalidated
    ctx.resources.invalidate(ws, topicMatcherResource);
    expect((await matchTopics(draft, ctx)).topicIds).toEqual([bySource.id]);
  });
});
