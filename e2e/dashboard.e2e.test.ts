/**
 * 首页 in a real browser: mentions imported through the real pipeline show on the dashboard with the numbers the API
 * computed (figures, top lists, word cloud, maps, high-risk links with their levels, key accounts), in Chinese and English; the wall display (大屏)
 * renders dark without the side menu and refreshes by itself.
 */
import { expect, it } from 'vitest';
import type { Dashboard } from '../src/api/schemas/dashboard.js';
import type { KeyAccounts } from '../src/api/schemas/key-accounts.js';
import { describeE2e, refreshUntilVisible } from './support/session.js';

const shots = '/tmp/dash';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const items = [
  {
    title: '某品牌手机电池起火爆炸',
    text: '北京一名用户称，某品牌手机充电时电池起火爆炸，客服推诿不予处理，网友愤怒投诉。',
    author: '网友甲',
    h: 2,
  },
  { title: '手机电池起火事件追踪', text: '广东深圳又有用户反映同款手机电池起火，质量问题引发担忧，投诉不断。', author: '网友乙', h: 5 },
  { title: '售后服务差评', text: '上海消费者投诉售后服务态度恶劣，维修拖延，非常失望。', author: '网友甲', h: 9 },
  {
    title: '新品发布会圆满成功',
    text: '某品牌在北京举行新品发布会，新款手机性能出色，用户好评如潮，非常满意。',
    author: '科技观察',
    h: 20,
  },
  {
    title: 'Battery fire reported in the United States',
    text: 'A phone battery caught fire in the United States, owners complain about poor service.',
    author: 'Reporter',
    h: 30,
  },
  { title: '手机行业周报', text: '本周手机行业动态：多家厂商发布新品，市场竞争激烈。', author: '行业周刊', h: 50 },
].map((it, i) => ({
  source: i % 2 ? 'news.example.com' : 'weibo',
  externalId: `dash-${i}`,
  title: it.title,
  text: it.text,
  author: it.author,
  publishedAt: hoursAgo(it.h),
}));

describeE2e('dashboard in Chromium against the real server', {}, (e2e) => {
  it('shows the period’s numbers in Chinese and English, maps and word cloud drawn, high-risk mentions linked', async () => {
    const { server } = e2e();
    expect(await server.importItems(items), server.output()).toContain(`"accepted":${items.length}`);
    const answers: Dashboard[] = [];
    const accountAnswers: KeyAccounts[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const { page, pageErrors, close } = await e2e().signIn({ lang, path: '/', viewport: { width: 1440, height: 1000 } });
      page.on('response', async (r) => {
        if (r.url().includes('/dashboard?') && r.ok()) answers.push((await r.json()) as Dashboard);
        if (r.url().includes('/key-accounts?') && r.ok()) accountAnswers.push((await r.json()) as KeyAccounts);
      });
      await refreshUntilVisible(
        page,
        page.getByTestId('stat-total').getByText(String(items.length), { exact: true }),
        lang === 'zh' ? '刷新' : 'Refresh',
      );
      const d = answers.at(-1)!;
      expect(d.total).toBe(items.length);
      await expect(page.getByTestId('stat-negative').textContent()).resolves.toBe(String(d.sentiment.negative));
      expect(d.sentiment.negative).toBeGreaterThan(0);
      await expect(page.getByTestId('stat-index').textContent()).resolves.toBe(d.sentiment.index?.toFixed(2));
      await expect(page.getByTestId('top-sources').getByTestId('count').allTextContents()).resolves.toEqual(
        d.sources.map((s) => String(s.count)),
      );
      await expect(page.getByTestId('top-authors').getByTestId('count').first().textContent()).resolves.toBe('2');
      await page.getByTestId('word-cloud').getByText(d.keywords[0]!.value, { exact: true }).waitFor();
      // The maps are drawn from the shipped geometry: provinces and countries as paths.
      expect(await page.getByTestId('chart-china').locator('path').count()).toBeGreaterThan(30);
      expect(await page.getByTestId('chart-world').locator('path').count()).toBeGreaterThan(100);
      expect(d.provinces.map((p) => p.value)).toContain('北京');
      await page.getByText(lang === 'zh' ? '重点事件（按等级）' : 'Top events by severity').waitFor();
      await page.getByText(lang === 'zh' ? '信息走势（按情感）' : 'Volume by sentiment').waitFor();
      const risky = page.getByTestId('high-risk').getByRole('link');
      await expect(risky.count()).resolves.toBe(d.highRisk.length);
      // Each high-risk mention carries the level clustering graded it with (a moment after it is stored).
      const tags = page.getByTestId('high-risk').getByTestId('severity-tag');
      await refreshUntilVisible(page, tags.first(), lang === 'zh' ? '刷新' : 'Refresh');
      const graded = answers.at(-1)!.highRisk.filter((m) => m.level !== null);
      expect(graded.length).toBeGreaterThan(0);
      await expect(tags.evaluateAll((els) => els.map((el) => el.getAttribute('data-level')))).resolves.toEqual(
        graded.map((m) => String(m.level)),
      );
      const levelNames =
        lang === 'zh'
          ? ['', 'I 特别重大', 'II 重大', 'III 较大', 'IV 一般']
          : ['', 'I Extremely serious', 'II Serious', 'III Significant', 'IV General'];
      await expect(tags.first().textContent()).resolves.toBe(levelNames[graded[0]!.level!]);
      // Key accounts of the same period: 网友甲 posted twice.
      const accounts = page.getByTestId('key-accounts');
      await accounts.getByText(lang === 'zh' ? '关键传播账号' : 'Key accounts', { exact: true }).waitFor();
      await accounts.getByText(lang === 'zh' ? '带动传播' : 'Drew').waitFor();
      const k = accountAnswers.at(-1)!;
      expect(k.items.length).toBeGreaterThan(0);
      await expect(accounts.locator('tbody tr.ant-table-row').count()).resolves.toBe(k.items.length);
      expect(k.items.find((a) => a.author === '网友甲')?.mentions).toBe(2);
      const row = accounts.locator('tbody tr.ant-table-row', { hasText: '网友甲' });
      await expect(row.locator('td').nth(1).textContent()).resolves.toBe('2');
      await page.screenshot({ path: `${shots}/dashboard-${lang}.png`, fullPage: true });
      if (lang === 'zh') {
        await risky.first().click();
        await page.waitForURL(new RegExp(`/mentions/${d.highRisk[0]!.id}$`));
      }
      expect(pageErrors).toEqual([]);
      await close();
    }
  });

  it('wall display: dark, full screen, no side menu, refreshes by itself', async () => {
    const { page, pageErrors, close } = await e2e().signIn({ path: '/wall?refresh=5', viewport: { width: 1920, height: 1080 } });
    const first = page.waitForResponse((r) => r.url().includes('/dashboard?'));
    await page.getByText('舆情监测大屏', { exact: false }).waitFor();
    const total = ((await (await first).json()) as Dashboard).total;
    await page.getByTestId('stat-total').getByText(String(total), { exact: true }).waitFor();
    const wall = page.getByTestId('wall');
    expect(await wall.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // The wall covers the app's menu.
    const box = await wall.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920 });
    await page.waitForResponse((r) => r.url().includes('/dashboard?'), { timeout: 15_000 });
    await page.screenshot({ path: `${shots}/wall.png` });
    await wall.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: `${shots}/wall-bottom.png` });
    expect(pageErrors).toEqual([]);
    await close();
  });
});
