/**
 * The events pages in a real browser against the real server (SQLite): a brake-failure crisis, the maker's product
 * launch and a factory fire, imported through the real pipeline, become events. In Chinese: the list (most severe first, filters in
 * the URL), the event page (cited summary, level explained with factors, volume, spread graph, timeline, key
 * accounts), corrections from the UI (rename, level by hand with a reason, merge, split), 舆情信息 filtered to the
 * event with its CSV export, and the dashboard's top events linking to the page. In English: the same pages in English.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { brakeStory, fireStory, launchStory } from './support/event-story.js';
import { describeE2e, refreshUntilVisible } from './support/session.js';

const shots = '/tmp/shots';
const until = { timeout: 15_000 };
const rows = (page: Page) => page.getByTestId('event-row');
const shot = (page: Page, name: string) => page.screenshot({ path: `${shots}/events-${name}.png`, fullPage: true, animations: 'disabled' });
/** Marks drawn in a chart's SVG (bars, nodes, lines), so an empty chart fails. */
const marks = (page: Page, testId: string) => page.getByTestId(testId).locator('svg path').count();

describeE2e('events pages in Chromium', {}, (e2e) => {
  let brakeId = 0;
  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
  });

  it('lists the events, opens one, corrects it from the UI and follows it into 舆情信息 and the dashboard (Chinese)', async () => {
    const { server } = e2e();
    expect(await server.importItems([...brakeStory, ...launchStory, ...fireStory]), server.output()).toContain('"accepted":13');
    const { page, pageErrors, close } = await e2e().signIn({ path: '/events', viewport: { width: 1440, height: 1000 } });

    // The pipeline clusters the items after storing them: refresh until the fire and the launch are events too.
    await refreshUntilVisible(page, page.getByTestId('event-link').filter({ hasText: '滨江化工厂' }), '刷新');
    await refreshUntilVisible(page, page.getByTestId('event-link').filter({ hasText: '电动SUV' }), '刷新');
    await expect(rows(page).count()).resolves.toBe(3);
    // The brake failure: 8 mentions, graded above the fire (the launch, all positive, may go ungraded).
    const brake = rows(page).filter({ hasText: '刹车' });
    await expect(brake.count()).resolves.toBe(1);
    await expect(brake.getByTestId('event-mentions').textContent()).resolves.toMatch(/^8/);
    const brakeLevel = (await brake.getByTestId('level-tag').textContent()) ?? '';
    expect(brakeLevel).toMatch(/^(I 特别重大|II 重大)$/);
    await rows(page)
      .filter({ hasText: '滨江化工厂' })
      .getByText(/^(III 较大|IV 一般)$/)
      .waitFor();
    await expect(page.getByText('萌芽').or(page.getByText('高峰')).first().isVisible()).resolves.toBe(true);
    await shot(page, 'list-zh');

    // Filters go into the URL: words, then a level.
    await page.getByLabel('标题或关键词').fill('化工厂');
    await page.getByLabel('标题或关键词').press('Enter');
    await page.waitForURL(/q=%E5%8C%96%E5%B7%A5%E5%8E%82/);
    await expect.poll(() => rows(page).count(), until).toBe(1);
    await page.goto(`${server.url}/events`);
    await expect.poll(() => rows(page).count(), until).toBe(3);
    const firstLevel = brakeLevel === 'I 特别重大' ? 1 : 2;
    await page.getByLabel('等级').click();
    await page.locator('.ant-select-item-option', { hasText: brakeLevel }).click();
    await page.waitForURL(new RegExp(`severity=${firstLevel}`));
    await expect.poll(() => rows(page).count(), until).toBe(1);
    await page.keyboard.press('Escape');

    // The event page: summary citing mentions, level explained with its factors, charts drawn, first posts, key accounts.
    await rows(page).first().getByTestId('event-link').click();
    await page.waitForURL(/\/events\/\d+$/);
    brakeId = Number(new URL(page.url()).pathname.split('/')[2]);
    await page.getByTestId('event-title').waitFor();
    expect(await page.getByTestId('summary-cite').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('severity-explanation').textContent()).resolves.toMatch(/负面/);
    await expect(page.getByTestId('severity-card').locator('.ant-table-row').count()).resolves.toBeGreaterThan(3);
    await page.getByTestId('severity-card').getByText('负面占比').waitFor();
    expect(await marks(page, 'event-volume')).toBeGreaterThan(3);
    expect(await marks(page, 'event-spread')).toBeGreaterThan(4);
    await page.getByTestId('event-timeline').getByText('首发', { exact: true }).waitFor();
    await page.getByTestId('key-accounts').getByText('北京车主老王').first().waitFor();
    await expect(page.getByTestId('event-mentions').locator('.ant-table-row').count()).resolves.toBe(8);
    await shot(page, 'page-zh');

    // Rename.
    await page.getByRole('button', { name: '改名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新标题').fill('星驰汽车S7刹车失灵事件');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect.poll(() => page.getByTestId('event-title').textContent(), until).toBe('星驰汽车S7刹车失灵事件');
    await page.getByTestId('event-corrections').getByTestId('correction').first().waitFor();

    // The level by hand, with its reason; the computed level stays in view.
    await page.getByRole('button', { name: '人工定级' }).click();
    await dialog.getByText('I 特别重大').click();
    await dialog.getByLabel('理由').fill('涉及人身安全，多地车主集体维权');
    await shot(page, 'override-form-zh');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page
      .getByTestId('severity-override')
      .getByText(/涉及人身安全，多地车主集体维权/)
      .waitFor();
    await expect(page.getByTestId('event-page').getByTestId('level-tag').first().textContent()).resolves.toBe('I 特别重大');
    await page
      .getByTestId('severity-card')
      .getByText(/^系统评定：/)
      .waitFor();

    // Merge the launch's event into this one (an analyst's call): 10 mentions.
    await page.getByRole('button', { name: '合并事件' }).click();
    await dialog.getByLabel('并入本事件的事件').click();
    await page.locator('.ant-select-item-option', { hasText: '电动SUV' }).click();
    // The multiple choice stays open over the buttons: close it first.
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText(/^信息 10 条/).waitFor();
    await expect.poll(() => page.getByTestId('event-corrections').getByTestId('correction').count(), until).toBe(3);
    await shot(page, 'page-corrected-zh');

    // 舆情信息 filtered to the event, and its CSV export of the same mentions.
    await page.getByRole('link', { name: '在舆情信息中查看全部' }).click();
    await page.waitForURL(new RegExp(`/mentions\\?event=${brakeId}$`));
    await page.getByTestId('mentions-total').filter({ hasText: '共 10 条' }).waitFor();
    await expect(page.locator('.ant-table-row').count()).resolves.toBe(10);
    await expect(page.getByText('滨江化工厂').count()).resolves.toBe(0);
    const href = (await page.getByTestId('mentions-export').getAttribute('href')) ?? '';
    expect(href).toContain(`event=${brakeId}`);
    const csv = await page.request.get(new URL(href, page.url()).toString());
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(11);
    await shot(page, 'mentions-zh');

    // Search takes the event too, with the levels among its facets.
    await page.goto(`${server.url}/search?event=${brakeId}&fold=0`);
    await expect.poll(() => page.getByTestId('search-hit').count(), until).toBe(10);
    await page.locator('.ant-tag', { hasText: `事件: #${brakeId} 星驰汽车S7刹车失灵事件` }).waitFor();
    await page.locator('.ant-tag-checkable', { hasText: 'II 重大' }).waitFor();
    await shot(page, 'search-zh');

    // The dashboard's top events link to the page, most severe first.
    await page.goto(`${server.url}/`);
    const top = page.getByTestId('top-event').first();
    await top.waitFor();
    await page.getByTestId('top-events').screenshot({ path: `${shots}/events-dashboard-zh.png`, animations: 'disabled' });
    await page.goto(`${server.url}/wall`);
    await page.getByTestId('top-event').first().getByRole('link', { name: '星驰汽车S7刹车失灵事件' }).waitFor();
    await page.getByTestId('top-events').screenshot({ path: `${shots}/events-wall-zh.png`, animations: 'disabled' });
    await page.goto(`${server.url}/`);
    await top.getByRole('link', { name: '星驰汽车S7刹车失灵事件' }).click();
    await page.waitForURL(new RegExp(`/events/${brakeId}$`));
    await page.getByTestId('event-title').filter({ hasText: '星驰汽车S7刹车失灵事件' }).waitFor();

    // Split the launch news off again, ticked in the event's mentions: the new event opens with its title.
    await page
      .getByTestId('event-mentions')
      .locator('.ant-table-row', { hasText: '续航八百公里' })
      .first()
      .locator('.ant-checkbox-input')
      .check();
    await page.getByRole('button', { name: '拆分事件' }).click();
    await dialog.getByText('已选 1 条').waitFor();
    await dialog.getByLabel('新事件标题（可不填）').fill('星驰新款电动SUV发布');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.waitForURL((u) => /\/events\/\d+$/.test(u.pathname) && u.pathname !== `/events/${brakeId}`);
    await page.getByTestId('event-title').filter({ hasText: '星驰新款电动SUV发布' }).waitFor();
    await expect(page.getByTestId('event-mentions').locator('.ant-table-row').count()).resolves.toBe(1);

    expect(pageErrors).toEqual([]);
    await close();
  }, 120_000);

  it('shows the list and the event page in English', async () => {
    const { page, pageErrors, close } = await e2e().signIn({ lang: 'en', path: '/events', viewport: { width: 1440, height: 1000 } });
    // The brake failure (level I by hand), the fire, and the launch news split off again.
    await expect.poll(() => rows(page).count(), until).toBe(3);
    await page.getByRole('columnheader', { name: 'Severity' }).waitFor();
    const brake = rows(page).filter({ hasText: '星驰汽车S7刹车失灵事件' });
    await expect(brake.getByTestId('level-tag').textContent()).resolves.toBe('I Extremely serious');
    await shot(page, 'list-en');

    await brake.getByTestId('event-link').click();
    await page.waitForURL(new RegExp(`/events/${brakeId}$`));
    for (const heading of ['Summary', 'Severity', 'Spread', 'Timeline', 'Key accounts', 'Regions', 'Corrections', 'Related events']) {
      await page.getByText(heading, { exact: true }).first().waitFor();
    }
    await expect(page.getByTestId('severity-explanation').textContent()).resolves.toMatch(/negative/i);
    await page
      .getByTestId('severity-override')
      .getByText(/^Set by hand: I Extremely serious/)
      .waitFor();
    expect(await marks(page, 'event-spread')).toBeGreaterThan(4);
    await page.getByRole('button', { name: 'Rename' }).waitFor();
    await shot(page, 'page-en');
    expect(pageErrors).toEqual([]);
    await close();
  }, 60_000);
});
