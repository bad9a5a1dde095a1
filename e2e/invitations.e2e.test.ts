/**
 * 我的邀请 and 修改密码 in a real browser against the real server: a user of another workspace
 * sees an invitation in the user menu, accepts it and finds the new workspace in the switcher;
 * then changes their password (a wrong current password is refused under its field) and signs
 * in again with the new one. Screenshots in Chinese and English.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWhen } from '../src/testing/known-skips.js';
import { browserAvailable, launchChromium } from './support/browser.js';
import { ensureWebBuilt, repoRoot, startYuqing, type YuqingServer } from './support/yuqing-server.js';

const shots = join(repoRoot, 'test-results');

/** A signed-in API caller over plain HTTP (cookie + CSRF token). */
async function apiSession(url: string, username: string, password: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login as ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await login.json()) as { csrfToken: string; workspaces: { id: number; name: string }[] };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json().catch(() => null)) as Record<string, unknown> | null };
  };
  return { me, call };
}

async function signIn(page: Page, url: string, username: string, password: string, submit: string) {
  await page.goto(`${url}/login`);
  await page.locator('input#username, input[autocomplete="username"]').first().fill(username);
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: submit }).click();
  await page.waitForURL(`${url}/`);
}

describe('invitations and password change in Chromium', skipWhen(!browserAvailable(), 'chromium-absent'), () => {
  let server: YuqingServer;
  let browser: Browser;
  const wang = { username: 'wang.fang', password: 'wang-first-pw' };
  const li = { username: 'li.lei', password: 'li-lei-password' };

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    await ensureWebBuilt();
    server = await startYuqing();
    browser = await launchChromium();
    // The admin's own workspace, and Wang, who belongs to another one.
    const admin = await apiSession(server.url, server.admin.username, server.admin.password);
    const other = await admin.call('POST', '/workspaces', { slug: 'branch', name: '华东分公司' });
    expect(other.status).toBe(201);
    const created = await admin.call('POST', `/workspaces/${other.body?.id}/members`, { ...wang, role: 'analyst', displayName: '王芳' });
    expect(created.status).toBe(201);
    const home = admin.me.workspaces[0];
    const invited = await admin.call('POST', `/workspaces/${home?.id}/invitations`, { username: 'WANG.FANG', role: 'handler' });
    expect(invited.status).toBe(202);
    // Li has an account and no workspace at all (made with the command line).
    await promisify(execFile)(
      join(repoRoot, 'bin', 'yuqing'),
      ['user', 'add', li.username, '--password', li.password, '--display-name', '李雷'],
      {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: `sqlite:${join(server.dir, 'yq.db')}`, YUQING_LOG_LEVEL: 'warn' },
      },
    );
    expect((await admin.call('POST', `/workspaces/${home?.id}/invitations`, { username: li.username, role: 'viewer' })).status).toBe(202);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('accepts an invitation from the user menu and changes the password', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await signIn(page, server.url, wang.username, wang.password, '登录');
    await page.getByRole('button', { name: '王芳' }).click();
    // The menu counts the open invitation.
    await page.getByRole('menuitem', { name: '我的邀请 1' }).click();
    await page.waitForURL(`${server.url}/invitations`);
    const row = page.locator('.ant-table-row', { hasText: '默认单位' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/邀请你以“处置员”身份加入/);
    await page.screenshot({ path: join(shots, 'invitations-zh.png') });

    await row.getByRole('button', { name: /接\s*受/ }).click();
    await page.getByText(/已加入“/).waitFor();
    await page.getByText('暂无待处理的邀请').waitFor();
    // Now in the workspace just joined.
    await page.locator('.ant-layout-header').getByText('默认单位').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect((me as { workspaces: { role: string }[] }).workspaces.map((w) => w.role).sort()).toEqual(['analyst', 'handler']);

    // 修改密码: a wrong current password is refused under its field.
    await page.getByRole('button', { name: '王芳' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('当前密码').fill('not-my-password');
    await dialog.getByLabel('新密码', { exact: true }).fill('wang-second-pw');
    await dialog.getByLabel('确认新密码').fill('wang-second-pw');
    await page.screenshot({ path: join(shots, 'change-password-zh.png') });
    await dialog.getByRole('button', { name: '修改密码' }).click();
    await dialog.getByText('当前密码不正确').waitFor();
    await dialog.getByLabel('当前密码').fill(wang.password);
    await dialog.getByRole('button', { name: '修改密码' }).click();
    await page.getByText(/密码已修改/).waitFor();

    await page.getByRole('button', { name: '王芳' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, server.url, wang.username, 'wang-second-pw', '登录');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a user with no workspace their invitation, and lets them in once accepted', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.locator('input[autocomplete="username"]').fill(li.username);
    await page.locator('input[type="password"]').fill(li.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('你还没有加入任何单位').waitFor();
    const row = page.locator('.ant-table-row', { hasText: '默认单位' });
    await row.waitFor();
    await page.screenshot({ path: join(shots, 'no-workspace-invitation-zh.png') });
    await row.getByRole('button', { name: /接\s*受/ }).click();
    await page.locator('.ant-layout-sider').getByText('舆情信息').waitFor();
    await page.locator('.ant-layout-header').getByText('默认单位').waitFor();
    await context.close();
  });

  it('shows both in English', async () => {
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('yuqing.lang', 'en'));
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, server.url, wang.username, 'wang-second-pw', 'Sign in');
    await page.getByRole('button', { name: '王芳' }).click();
    await page.getByRole('menuitem', { name: 'My invitations' }).click();
    await page.getByText('No open invitations').waitFor();
    await page.screenshot({ path: join(shots, 'invitations-en.png') });
    await page.getByRole('button', { name: '王芳' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.getByRole('dialog').getByLabel('Current password').waitFor();
    await page.screenshot({ path: join(shots, 'change-password-en.png') });
    await context.close();
  });
});
