/**
 * Signing in to the desk in a real browser: headless Chromium against
 * `wiredesk demo --port 0` in its own process, with the demo editor's login
 * as the demo prints it. Skipped, with a message, where Chromium is missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP } from './chromium.ts';
import { waitFor } from './cli-process.ts';
import { serveDemoCopy, type ServedDemo } from './demo-once.ts';

const SKIP = CHROMIUM_SKIP;
/** Loopback pages answer in milliseconds; scrypt at its full cost takes up to a few seconds on a loaded machine. */
const BROWSER_TIMEOUT_MS = 20_000;

describe('signing in to the demo desk in Chromium', { skip: SKIP }, () => {
  let demo: ServedDemo | undefined;
  let browser: Browser | undefined;
  let base = '';
  let deskUrl = '';
  let editorPassword = '';

  before(async () => {
    demo = await serveDemoCopy(['--no-engines']);
    base = demo.base;
    const { cli } = demo;
    const printed = await waitFor(/sign in to the desk at (\S+) with[^\n]*\n\s+editor\s+editor@demo\.example\s+(\S+)/, cli.out, cli.exit);
    deskUrl = printed[1]!;
    editorPassword = printed[2]!;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  async function newPage(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser!.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/desk/login')) problems.push(`${response.status()} ${response.url()}`);
    });
    return { page, problems };
  }

  test('the demo prints the desk\'s login address', () => {
    assert.equal(deskUrl, new URL('desk/login', base).href);
    assert.match(editorPassword, /^[A-Za-z0-9_-]{16}$/);
  });

  test('the editor signs in through the form, sees the desk, and signs out', async () => {
    const { page, problems } = await newPage();
    await page.goto(new URL('desk', base).href);
    assert.equal(new URL(page.url()).pathname, '/desk/login', 'the desk sends visitors to its login page');

    await page.fill('input[name="email"]', 'Editor@Demo.Example');
    await page.fill('input[name="password"]', editorPassword);
    await Promise.all([page.waitForURL((url) => url.pathname === '/desk'), page.click('button[type="submit"]')]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'hi');
    assert.match(await page.locator('.desk-user span').innerText(), /editor@demo\.example \(संपादक\)/);
    assert.equal(await page.locator('h2#queue').innerText(), 'समीक्षा कतार');

    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'wiredesk_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/desk');

    await Promise.all([page.waitForURL((url) => url.pathname === '/desk/login'), page.click('.desk-user button[type="submit"]')]);
    await page.goto(new URL('desk', base).href);
    assert.equal(new URL(page.url()).pathname, '/desk/login', 'signed out for good');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a wrong password keeps the visitor on the login page with the reason', async () => {
    const { page } = await newPage();
    await page.goto(deskUrl);
    await page.fill('input[name="email"]', 'editor@demo.example');
    await page.fill('input[name="password"]', 'not the demo password');
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
    assert.equal(new URL(page.url()).pathname, '/desk/login');
    assert.match(await page.locator('.error').innerText(), /ईमेल या पासवर्ड ग़लत है/);
    assert.equal(await page.locator('input[name="email"]').inputValue(), 'editor@demo.example');
    await page.close();
  });
});
