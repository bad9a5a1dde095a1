/**
 * Search in a real browser against the real server (SQLite, Chinese UI): a repost family (an original and three
 * copies, found by the real pipeline) shows once with 相似 3 条, which opens the family; with 折叠相似 off the copies
 * are listed; the mention page's copies count opens the same family. The search lives in the URL: a reload gives the
 * same results, Back returns to the previous search, and typing alone adds no history entry. 导出 CSV exports what is shown.
 */

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2e, refreshUntilVisible } from './support/session.js';

const hour = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour).toISOString();
const story =
  '网友发布视频称，某品牌充电宝在北京地铁车厢内冒烟起火，乘客紧急疏散，现场一度十分混乱。品牌客服表示正在核实情况，将尽快给出处理结果。';
const items = [
  {
    source: 'weibo',
    externalId: 'f-0',
    title: '某品牌充电宝地铁起火',
    text: story,
    author: '网友甲',
    publishedAt: at(10),
    engagement: { likes: 50 },
  },
  ...['太吓人了', '转发提醒大家', '大家注意安全'].map((says, i) => ({
    source: 'weibo',
    externalId: `f-${i + 1}`,
    text: `${says}//@网友甲: ${story}`,
    author: `转发者${i + 1}`,
    publishedAt: at(9 - i),
    engagement: { likes: i },
  })),
  {
    source: 'news.example.com',
    externalId: 'o-1',
    title: '充电宝新国标下月实施',
    text: '市场监管部门发布充电宝新国标，对电芯安全提出更高要求，下月起实施。',
    author: '科技日报',
    publishedAt: at(5),
    engagement: { likes: 500 },
  },
  {
    source: 'weibo',
    externalId: 'o-2',
    title: '共享充电宝涨价引发吐槽',
    text: '多地共享充电宝每小时涨到四元，网友纷纷吐槽价格太贵。',
    author: '网友乙',
    publishedAt: at(4),
    engagement: { likes: 200 },
  },
  {
    source: 'weibo',
    externalId: 'o-3',
    title: '品牌回应充电宝冒烟',
    text: '涉事品牌发布声明，称已召回同批次充电宝并配合调查，消费者可申请退换。',
    author: '品牌官方',
    publishedAt: at(3),
    engagement: { likes: 100 },
  },
];

const hits = (page: Page) => page.getByTestId('search-hit');
const storyHits = (page: Page) => hits(page).filter({ hasText: '地铁车厢内冒烟起火' });
const hitIds = (page: Page) => hits(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-mention-id')));
const historyLength = (page: Page) => page.evaluate(() => window.history.length);
/** Polls as long as the page's own waits (vitest's default is one second; a reload on a busy machine takes longer). */
const until = { timeout: 15_000 };

describeE2e('repost families and the search URL in Chromium', {}, (e2e) => {
  it('folds a family into one hit with 相似 3 条, opens it, lists the copies unfolded, and keeps the search in the URL', async () => {
    const { server } = e2e();
    expect(await server.importItems(items), server.output()).toContain('"accepted":7');
    // A link with the query in it opens with that search run.
    const { page, pageErrors, close } = await e2e().signIn({ path: `/search?q=${encodeURIComponent('充电宝')}` });
    await expect(page.getByLabel('query').inputValue()).resolves.toBe('充电宝');
    // The pipeline needs a moment to store the items and find the copies; 搜索 run again asks the server anew.
    const similar = page.getByRole('button', { name: '相似 3 条' });
    await refreshUntilVisible(page, similar, '搜索');
    await expect(hits(page).count()).resolves.toBe(4);

    // Folded: the family shows once, and only the original's hit has 相似.
    await expect(storyHits(page).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /相似 \d+ 条$/ }).count()).resolves.toBe(1);
    await expect(storyHits(page).getByRole('link', { name: '某品牌充电宝地铁起火' }).count()).resolves.toBe(1);
    await page
      .getByTestId('facets-basis')
      .filter({ hasText: /^按(全部|最新) [\d,]+ 条匹配(抽样)?统计$/ })
      .waitFor();
    await page.screenshot({ path: '/tmp/search-folded.png', fullPage: true, animations: 'disabled' });

    // 导出 CSV downloads what the search shows, folded the same way, with Chinese headers.
    const href = await page.getByTestId('search-export').getAttribute('href');
    expect(href).toMatch(/\/search\/export\?q=%E5%85%85%E7%94%B5%E5%AE%9D&.*labels=zh/);
    const csv = await page.request.get(new URL(href!, page.url()).toString());
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^编号,发布时间,标题,正文,/);
    expect(lines).toHaveLength(5);
    expect(lines.filter((l) => l.includes('地铁车厢内冒烟起火'))).toHaveLength(1);

    // 相似 3 条 opens the family: the original first, then the three copies, each linking to its mention page.
    await similar.click();
    const drawer = page.getByRole('dialog', { name: '相似信息' });
    await drawer.getByText('共 4 条（含原文）').waitFor();
    const members = drawer.getByTestId('family-item');
    await expect(members.count()).resolves.toBe(4);
    await members.first().getByText('原文', { exact: true }).waitFor();
    await members.first().getByRole('link', { name: '某品牌充电宝地铁起火' }).waitFor();
    await expect(drawer.getByText('原文', { exact: true }).count()).resolves.toBe(1);
    for (const says of ['太吓人了', '转发提醒大家', '大家注意安全']) await drawer.getByRole('link', { name: new RegExp(says) }).waitFor();
    await page.screenshot({ path: '/tmp/search-family.png', animations: 'disabled' });
    await drawer.getByRole('link', { name: /太吓人了/ }).click();
    await page.waitForURL(/\/mentions\/\d+$/);
    await page.getByText('这是一条转载或重复信息').waitFor();
    await page.goBack();
    await page.waitForURL(/\/search\?q=/);
    await similar.waitFor();

    // 折叠相似 off: every copy is its own hit, and the URL says so.
    await page.getByRole('switch', { name: '折叠相似' }).click();
    await page.waitForURL(/fold=0/);
    await expect.poll(() => storyHits(page).count(), until).toBe(4);
    await expect(hits(page).count()).resolves.toBe(7);
    await expect(page.getByRole('button', { name: /相似 \d+ 条$/ }).count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/search-unfolded.png', fullPage: true, animations: 'disabled' });

    // Sort and a facet filter go into the URL, one history entry each.
    await page.getByLabel('排序').click();
    await page.locator('.ant-select-item-option', { hasText: '按传播量' }).click();
    await page.waitForURL(/sort=reach/);
    await expect.poll(() => hitIds(page).then((ids) => ids.length), until).toBe(7);
    const unfiltered = await hitIds(page);
    await page.getByText(/^微博 \(\d+\)$/).click();
    await page.waitForURL(/source=weibo/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '充电宝', sort: 'reach', source: 'weibo', fold: '0' });
    await expect.poll(() => hitIds(page).then((ids) => ids.length), until).toBe(6);
    const filtered = await hitIds(page);
    await expect(page.getByText('充电宝新国标下月实施').count()).resolves.toBe(0);

    // A reload gives the same search: query, sort, fold switch, filter and results in the same order.
    await page.reload();
    await expect.poll(() => hitIds(page), until).toEqual(filtered);
    await expect(page.getByLabel('query').inputValue()).resolves.toBe('充电宝');
    await page.locator('.ant-select-content', { hasText: '按传播量' }).waitFor();
    await expect(page.getByRole('switch', { name: '折叠相似' }).getAttribute('aria-checked')).resolves.toBe('false');
    await page.locator('.ant-tag-close-icon').first().waitFor();

    // Back: the search before the filter, with its results (the news item is back, highest reach first).
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('source'));
    await expect.poll(() => hitIds(page), until).toEqual(unfiltered);
    await page.getByRole('link', { name: '充电宝新国标下月实施' }).waitFor();

    // Typing is a draft: no history entry until the search runs; Back brings the previous query into the editor.
    const typed = await historyLength(page);
    await page.getByLabel('query').fill('充电宝 AND 召回');
    expect(await historyLength(page)).toBe(typed);
    expect(new URL(page.url()).searchParams.get('q')).toBe('充电宝');
    await page.getByRole('button', { name: '搜索' }).first().click();
    await page.waitForURL(/q=%E5%85%85%E7%94%B5%E5%AE%9D\+AND/);
    await expect.poll(() => hitIds(page).then((ids) => ids.length), until).toBe(1);
    await page.goBack();
    await expect.poll(() => page.getByLabel('query').inputValue(), until).toBe('充电宝');
    await expect.poll(() => hitIds(page), until).toEqual(unfiltered);

    // A day range picked is one history entry (Back clears it at once), in the URL as days.
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2020-01-01');
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill('2020-01-31');
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.waitForURL(/from=2020-01-01&to=2020-01-31/);
    await page.getByText('没有符合条件的信息').waitFor();
    await page.reload();
    await expect(page.getByPlaceholder('开始日期').inputValue()).resolves.toBe('2020-01-01');
    await expect(page.getByPlaceholder('结束日期').inputValue()).resolves.toBe('2020-01-31');
    await page.getByText('没有符合条件的信息').waitFor();
    await page.goBack();
    await expect.poll(() => hitIds(page), until).toEqual(unfiltered);
    await expect(page.getByPlaceholder('开始日期').inputValue()).resolves.toBe('');

    // The original's mention page: its copies count opens the same family.
    await page.getByRole('link', { name: '某品牌充电宝地铁起火' }).first().click();
    await page.waitForURL(/\/mentions\/\d+$/);
    await page.getByRole('button', { name: '3 条' }).click();
    await page.getByRole('dialog', { name: '相似信息' }).getByText('共 4 条（含原文）').waitFor();
    await expect(page.getByRole('dialog', { name: '相似信息' }).getByTestId('family-item').count()).resolves.toBe(4);
    await page.screenshot({ path: '/tmp/mention-family.png', animations: 'disabled' });

    expect(pageErrors).toEqual([]);
    await close();
  });

  it('keeps the page in the URL: Next, reload, Previous and Back walk the same pages', async () => {
    const { server } = e2e();
    const cities = ['北京', '上海', '广州', '深圳', '杭州'];
    const faults = ['电池鼓包', '刹车失灵', '充电起火', '车架断裂', '仪表黑屏'];
    const pages = cities.flatMap((city, i) =>
      faults.map((fault, j) => ({
        source: 'weibo',
        externalId: `p-${i}-${j}`,
        title: `${city}车主反映电动车${fault}`,
        text: `${city}一位车主说，新买的电动车出现${fault}，第 ${i * 5 + j + 1} 次联系售后仍未解决。`,
        publishedAt: at(1 + i * 5 + j),
      })),
    );
    expect(await server.importItems(pages), server.output()).toContain('"accepted":25');
    // Not folded, so every item is a hit whatever the pipeline finds similar.
    const { page, pageErrors, close, context } = await e2e().signIn({ path: `/search?q=${encodeURIComponent('电动车')}&fold=0` });
    await refreshUntilVisible(page, page.getByText('共 25 条'), '搜索');
    const first = await hitIds(page);
    expect(first).toHaveLength(20);

    await page.getByRole('button', { name: /下一页/ }).click();
    await page.waitForURL(/cursor=/);
    await expect.poll(() => hitIds(page).then((ids) => ids.length), until).toBe(5);
    const second = await hitIds(page);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    const secondUrl = page.url();
    await page.reload();
    await expect.poll(() => hitIds(page), until).toEqual(second);

    await page.getByRole('button', { name: /上一页/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('cursor'));
    await expect.poll(() => hitIds(page), until).toEqual(first);
    await page.goBack();
    await expect.poll(() => hitIds(page), until).toEqual(second);
    expect(page.url()).toBe(secondUrl);

    // A shared link to the second page: Previous goes to the first page.
    const shared = await context.newPage();
    await shared.goto(secondUrl);
    await expect.poll(() => hitIds(shared), until).toEqual(second);
    await shared.getByRole('button', { name: /上一页/ }).click();
    await expect.poll(() => hitIds(shared), until).toEqual(first);
    expect(new URL(shared.url()).searchParams.get('fold')).toBe('0');

    expect(pageErrors).toEqual([]);
    await close();
  });
});
