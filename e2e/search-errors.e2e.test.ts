/**
 * A query that does not parse, on the search page, on PostgreSQL, in Chinese and in English: one message in the UI
 * language with the column and a caret, and the previous query's results gone (not left on screen as if they answered
 * this one); a good query brings results back.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2e, refreshUntilVisible, shots, type UiLang } from './support/session.js';

const hour = 3_600_000;
const items = ['华为手机屏幕断裂引发投诉', '华为回应质量问题', '华为发布新款手机'].map((title, i) => ({
  source: 'weibo',
  externalId: `se-${i}`,
  title,
  text: `${title}，网友热议。`,
  publishedAt: new Date(Date.now() - (i + 1) * hour).toISOString(),
}));

const words: Record<UiLang, { search: string; total: RegExp; message: RegExp; invalid: string; refresh: string }> = {
  zh: { search: '搜索', total: /^共 3 条$/, message: /第 21 列应为 '\)'/, invalid: '检索式有误，请修改后再搜索。', refresh: '刷新' },
  en: {
    search: 'Search',
    total: /^3 results$/,
    message: /expected '\)' at column 21/,
    invalid: 'The query has an error; fix it to search.',
    refresh: 'Refresh',
  },
};

describeE2e('search syntax errors in Chromium', { backend: 'postgres' }, (e2e) => {
  for (const lang of ['zh', 'en'] as const) {
    it(`says what is wrong once, in ${lang}, with a caret, and clears the previous results`, async () => {
      const { server } = e2e();
      if (lang === 'zh') expect(await server.importItems(items), server.output()).toContain('"accepted":3');
      const w = words[lang];
      // The mentions must be stored before searching: wait for them on 舆情信息.
      const { page, pageErrors, close } = await e2e().signIn({ path: '/mentions', lang });
      await refreshUntilVisible(page, page.locator('.ant-table-row', { hasText: '华为发布新款手机' }), w.refresh);
      await page.goto(`${server.url}/search`);

      const editor = page.getByLabel('query');
      await editor.fill('华为');
      await page.getByRole('button', { name: w.search }).first().click();
      await page.locator('.ant-tag', { hasText: w.total }).waitFor();
      expect(await page.locator('.ant-list-item').count()).toBe(3);

      // The parser's complaint (the lexer is happy with this one, so it comes from the server).
      await editor.fill('(华为 OR Huawei AND 投诉');
      await page.getByRole('button', { name: w.search }).first().click();
      const error = page.getByTestId('query-error');
      await error.waitFor();
      expect(await error.count()).toBe(1);
      const text = (await error.textContent()) ?? '';
      expect(text).toMatch(w.message);
      // Said once: not repeated in an alert or a second line, and (in Chinese) with no English parser words.
      expect(text.match(/21/g)).toHaveLength(1);
      expect(await page.locator('.ant-alert-error').count()).toBe(0);
      if (lang === 'zh') expect(text).not.toMatch(/expected|column/);
      // A caret under column 21 of the query as shown.
      expect(text).toContain('^');
      // The previous results are gone.
      await page.getByText(w.invalid).waitFor();
      expect(await page.locator('.ant-list-item').count()).toBe(0);
      expect(await page.locator('.ant-tag', { hasText: w.total }).count()).toBe(0);
      await page.screenshot({ path: join(shots, `search-error-${lang}.png`) });

      await editor.fill('华为 AND 投诉');
      await page.getByRole('button', { name: w.search }).first().click();
      await page.locator('.ant-list-item', { hasText: '华为手机屏幕断裂引发投诉' }).waitFor();
      expect(await error.count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await close();
    });
  }
});
