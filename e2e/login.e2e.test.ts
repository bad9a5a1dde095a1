/**
 * The whole path in a real browser: the real server on a temp SQLite database, a mention
 * brought in with `bin/yuqing import`, then Chromium signs in and finds it in 舆情信息.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, refreshUntilVisible, shots } from './support/session.js';

const title = '某品牌充电宝起火事件引发关注';
const item = {
  source: 'weibo',
  externalId: 'e2e-1',
  title,
  text: '网友发布视频称，某品牌充电宝在地铁车厢内冒烟起火，乘客紧急疏散。品牌客服表示正在核实。',
  author: '网友甲',
  publishedAt: '2026-11-20T08:00:00+08:00',
  engagement: { reposts: 12, replies: 3, likes: 40 },
};

describeE2e('web app in Chromium against the real server', {}, (e2e) => {
  it('signs in, shows an imported mention in 舆情信息, and signs out', async () => {
    const { server, browser } = e2e();
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    // Signed out, a deep link lands on the login page and remembers where it was going.
    await page.goto(`${server.url}/mentions`);
    await page.waitForURL(/\/login\?next=%2Fmentions/);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.screenshot({ path: join(shots, 'login.png') });

    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByLabel('密码', { exact: true }).fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/mentions`);
    await page.getByText('还没有舆情信息').waitFor();

    const imported = await server.importItems([item]);
    expect(imported, server.output()).toContain('"accepted":1');

    const row = page.locator('.ant-table-row', { hasText: title });
    await refreshUntilVisible(page, row, '刷新', 20_000).catch((err: Error) => {
      throw new Error(`${err.message}\nserver output:\n${server.output()}`);
    });
    const cells = (await row.textContent()) ?? '';
    for (const shown of ['2026-11-20 08:00', '微博', '网友甲']) expect(cells).toContain(shown);
    // 传播量, from the engagement (12 reposts, 3 replies, 40 likes): more than the likes alone.
    expect(Number((await row.getByTestId('reach').textContent())?.replace(/,/g, ''))).toBeGreaterThan(40);
    // No sentiment for this one yet is shown as a dash, never as a raw key; the title opens the detail in place.
    expect(cells).not.toMatch(/positive|neutral|negative/);
    await page.getByText('共 1 条').waitFor();

    await page.screenshot({ path: join(shots, 'mentions.png') });
    await page.screenshot({ path: '/tmp/yuqing-mentions.png' });

    await page.getByRole('button', { name: server.admin.username }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
