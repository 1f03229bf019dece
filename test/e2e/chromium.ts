/**
 * Headless Chromium for the page tests: where Debian puts it, how it is
 * started in a container, and signing in to the desk through its form as a
 * person does. A machine without it skips those tests with the usual
 * `chromium missing: …` line.
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { missing } from '../missing-tool.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** No GPU, sandbox or background traffic in a container; only our own requests reach the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** The skip reason for node:test, or false where Chromium is installed. */
export const CHROMIUM_SKIP: string | false = existsSync(CHROMIUM) ? false : missing('chromium', `${CHROMIUM} is not installed (apt-get install chromium)`);

export interface DeskAccount {
  email: string;
  password: string;
}

/**
 * A new page signed in to the desk at `base` (ending in a slash) through the
 * login form, left on the desk's home. Each action waits at most `timeoutMs`.
 */
export async function signInToDesk(context: BrowserContext, base: string, account: DeskAccount, timeoutMs: number): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  await page.goto(new URL('desk/login', base).href);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await Promise.all([page.waitForURL((url) => url.pathname === '/desk'), page.click('form[action="/desk/login"] button[type="submit"]')]);
  return page;
}
