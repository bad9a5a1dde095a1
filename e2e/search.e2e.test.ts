/**
 * Topics and search in a real browser against the real server: a topic written in the query editor (highlighted,
 * with an inline error and a live preview), then the search page with facets and safely highlighted snippets.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, shots } from './support/session.js';

const hour = 3_600_000;
const items = [
  { title: '华为手机屏幕断裂引发投诉', text: '多名用户投诉华为新款手机屏幕断裂，客服回应正在调查。', source: 'weibo', author: '网友甲' },
  {
    title: '華為回應質量問題',
    text: '华为官方声明：质量问题将尽快处理，消费者可申请退款。',
    source: 'news.example.com',
    author: '科技日报',
  },
  {
    title: 'Huawei phone complaint',
    text: 'Users complained about the Huawei screen <script>alert(1)</script> after the update.',
    source: 'rss',
    author: 'TechDaily',
  },
  { title: '华为招聘工程师', text: '华为发布招聘信息。', source: 'weibo', author: '招聘号' },
  { title: '小米新品发布', text: '小米发布新款手机，网友评论价格合理。', source: 'weibo', author: '网友乙' },
].map((it, i) => ({
  ...it,
  externalId: `s-${i}`,
  publishedAt: new Date(Date.now() - (i + 1) * hour).toISOString(),
  engagement: { likes: 10 * i },
}));

describeE2e('topics and search pages in Chromium', {}, (e2e) => {
  it('edits a topic with highlighting, an inline error and a live preview, then searches with facets', async () => {
    const { server } = e2e();
    expect(await server.importItems(items)).toContain('"accepted":5');
    const { page, pageErrors, close } = await e2e().signIn({ path: '/topics' });

    await page.getByRole('button', { name: '新建方案' }).click();
    await page.getByLabel('名称').fill('华为投诉');
    const editor = page.getByLabel('query');
    await editor.fill('(华为 OR Huawei AND 投诉');
    await page.getByTestId('query-error').filter({ hasText: '第 21 列' }).waitFor();
    await page.screenshot({ path: join(shots, 'topic-error.png') });

    await editor.fill('(华为 OR Huawei) AND (投诉 OR 质量 OR complain*) NOT 招聘');
    await page.getByText('命中 3 条').waitFor();
    await page.getByText('预览（最近 30 天）').waitFor();
    await page.getByTestId('preview-window').waitFor();
    await page.screenshot({ path: join(shots, 'topic-preview.png') });
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-table-row', { hasText: '华为投诉' }).waitFor();
    // The items came in before the topic existed: apply it to them.
    await page.getByRole('button', { name: '应用到已有信息' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('匹配 3 条，新标记 3 条').waitFor();
    await page.screenshot({ path: join(shots, 'topics.png') });

    await page.goto(`${server.url}/search`);
    await page.getByLabel('query').fill('华为 OR huawei');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.getByText('共 4 条').waitFor();
    const marks = await page.locator('mark').count();
    expect(marks).toBeGreaterThan(3);
    expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
    await page.getByText('<script>alert(1)</script>').waitFor();
    await page.getByText('华为投诉 (3)').waitFor();
    await page.getByText('微博 (2)').click();
    await page.getByText('共 2 条').waitFor();
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    await close();
  });
});
