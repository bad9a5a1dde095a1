/**
 * Capped totals in a real browser against the real server (SQLite, Chinese UI): with more matches than search counts
 * by default, the total says 超过 2,000 条 and the facets say they counted a sample; 精确计数 asks again with
 * `count=exact` (kept in the URL) and shows the exact total, with facets over every match. The mentions are written
 * straight into the server's database with the store's own insert (as the search benchmark does): through the
 * pipeline, 2,050 items take minutes on a shared machine.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COUNT_CAP } from '../src/domain/search-limits.js';
import { draftFixture } from '../src/domain/testkit/draft.js';
import { connect } from '../src/store/dialect.js';
import { insertMentions } from '../src/store/queries/mentions-write.js';
import { sourceQueries } from '../src/store/queries/sources.js';
import { workspaceQueries } from '../src/store/queries/workspaces.js';
import { describeE2e } from './support/session.js';

const cities = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆'];
const count = COUNT_CAP + 50;
const grouped = (n: number) => n.toLocaleString('en');

/** `count` power-cut notices, half news and half social, one a minute, in the server's default workspace. */
async function seed(dbFile: string): Promise<void> {
  const db = connect({ url: `sqlite:${dbFile}` });
  try {
    const workspace = await workspaceQueries.byId(db.kysely, 1);
    if (!workspace) throw new Error('the server made no default workspace');
    const now = Date.now();
    const source = await sourceQueries.create(db.kysely, {
      workspaceId: workspace.id,
      key: 'power-notices',
      name: '停电通知',
      kind: 'api',
      now,
    });
    const rows = Array.from({ length: count }, (_, i) => ({
      sourceId: source.id,
      draft: draftFixture({
        workspaceId: workspace.id,
        inboxId: i + 1,
        dedupeKey: `cap-${i}`,
        externalId: `cap-${i}`,
        sourceKey: source.key,
        title: `${cities[i % cities.length]}第 ${i + 1} 号片区计划停电通知`,
        text: `${cities[i % cities.length]}供电公司通知：第 ${i + 1} 号片区因线路检修计划停电，预计 ${(i % 9) + 1} 小时恢复。`,
        channel: i % 2 === 0 ? 'news' : 'social',
        lang: 'zh',
        collectedAt: now - (count - i) * 60_000,
      }),
    }));
    await db.kysely.transaction().execute((trx) => insertMentions(trx, rows, now));
  } finally {
    await db.close();
  }
}

describeE2e('capped search totals in Chromium', {}, (e2e) => {
  it(`says 超过 ${grouped(COUNT_CAP)} 条 above the cap and counts exactly on request`, async () => {
    const { server } = e2e();
    await seed(join(server.dir, 'yq.db'));
    const { page, pageErrors, close } = await e2e().signIn({ path: `/search?q=${encodeURIComponent('停电')}` });
    const total = page.getByTestId('search-total');
    await total.filter({ hasText: `超过 ${grouped(COUNT_CAP)} 条` }).waitFor();
    await page
      .getByTestId('facets-basis')
      .filter({ hasText: `按最新 ${grouped(COUNT_CAP)} 条匹配抽样统计` })
      .waitFor();
    await page.getByText(`新闻 (${grouped(COUNT_CAP / 2)})`).waitFor();
    await page.screenshot({ path: '/tmp/search-capped.png', fullPage: true, animations: 'disabled' });

    await page.getByRole('button', { name: '精确计数' }).click();
    await page.waitForURL(/count=exact/);
    await total.filter({ hasText: `共 ${grouped(count)} 条` }).waitFor();
    await page
      .getByTestId('facets-basis')
      .filter({ hasText: `按全部 ${grouped(count)} 条匹配统计` })
      .waitFor();
    await page.getByText(`新闻 (${grouped(count / 2)})`).waitFor();
    await page.getByText(`停电通知 (${grouped(count)})`).waitFor();
    await expect(page.getByRole('button', { name: '精确计数' }).count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/search-exact.png', fullPage: true, animations: 'disabled' });

    // Reloaded, the exact count is asked again; a new query is a new search, back to the capped count.
    await page.reload();
    await total.filter({ hasText: `共 ${grouped(count)} 条` }).waitFor();
    await page.getByLabel('query').fill('停电 AND 北京');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL((u) => !u.searchParams.has('count'));
    await total.filter({ hasText: `共 ${grouped(count / 10)} 条` }).waitFor();

    expect(pageErrors).toEqual([]);
    await close();

    // The same in English.
    const en = await e2e().signIn({ lang: 'en', path: `/search?q=${encodeURIComponent('停电')}` });
    await en.page
      .getByTestId('search-total')
      .filter({ hasText: `${grouped(COUNT_CAP)}+ results` })
      .waitFor();
    await en.page
      .getByTestId('facets-basis')
      .filter({ hasText: `Counted over a sample of the newest ${grouped(COUNT_CAP)} matches` })
      .waitFor();
    await en.page.getByRole('button', { name: 'Exact count' }).waitFor();
    await en.page.getByRole('switch', { name: 'Fold similar' }).waitFor();
    await en.page.screenshot({ path: '/tmp/search-capped-en.png', animations: 'disabled' });
    expect(en.pageErrors).toEqual([]);
    await en.close();
  });
});
