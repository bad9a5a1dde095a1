/** Debian's Chromium driven by playwright-core (no browser download is possible here). */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud warning,
 * except in CI, where the missing browser is an error.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `${chromiumPath} is missing: browser tests cannot run (apt-get install chromium fonts-noto-cjk)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n⚠️  SKIPPING browser tests: ${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
