/**
 * The desk on a phone: headless Chromium at 375 px against the site and the
 * desk served together on loopback, signed in as an admin, on every desk
 * screen with something in its tables. A table wider than the phone scrolls
 * on its own, in a box the keyboard can reach; the page itself never scrolls
 * sideways. On SQLite only: a layout does not depend on the store, and the
 * desk's screens are run on PostgreSQL by the other browser tests. Skipped
 * with a message where Chromium is missing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP, signInToDesk } from './chromium.ts';
import { serveDesk, type ServedDesk } from './desk-server.ts';
import { storeArticle } from '../../src/desk/testdata/article-fixture.ts';
import { holdTranslation } from '../../src/desk/testdata/review-fixture.ts';
import type { Store } from '../../src/store/store.ts';
import { testDialects } from '../../src/store/test-databases.ts';

const SKIP = CHROMIUM_SKIP;
/** Loopback pages answer in milliseconds; a loaded machine gets some slack, and a hang fails well before the runner's limit. */
const BROWSER_TIMEOUT_MS = 15_000;
/** A small phone held upright (iPhone SE, many Android phones). */
const PHONE = { width: 375, height: 800 };

const ADMIN = { email: 'nadia@desk.example', password: 'nadia harbour lanterns' };

// Functions passed to evaluate run in Chromium; the project's tsconfig has no DOM library.
declare const document: { documentElement: { scrollWidth: number } };
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };

/** axe-core's own build, run in each page: a box that scrolls must be reachable from the keyboard (WCAG 2.1.1). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser | undefined;

before(async () => {
  if (!SKIP) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

// The first dialect is always SQLite.
for (const dialect of testDialects.slice(0, 1)) {
  describe(`the desk on a 375 px phone, on ${dialect.name}`, { skip: SKIP }, () => {
    let served: ServedDesk;
    let store: Store;
    let base: string;

    before(async () => {
      served = await serveDesk(dialect, ADMIN, 'admin');
      ({ store, base } = served);
    });

    after(() => served.close());

    test('no desk screen scrolls sideways, a wide table scrolls in a box the keyboard reaches, and the review queue wraps between issue labels', async () => {
      const { translationId } = await holdTranslation(store, 'park');
      const articleId = await storeArticle(store, 'ferries', { headline: 'Harbour ferries run again after the storm' });
      const context = await browser!.newContext({ viewport: PHONE });
      try {
        const page: Page = await signInToDesk(context, base, ADMIN, BROWSER_TIMEOUT_MS);
        // A kill, so the home page's table of recent kills and the audit log have rows.
        await page.goto(new URL(`desk/articles/${articleId}`, base).href);
        await page.fill('form[action$="/kill"] input[name="reason"]', 'The ferry company disputes the timetable');
        await Promise.all([page.waitForURL((url) => url.searchParams.has('killed')), page.click('form[action$="/kill"] button[type="submit"]')]);

        const screens = ['desk', 'desk/review', `desk/review/${translationId}`, 'desk/articles', `desk/articles/${articleId}`, 'desk/users', 'desk/sources', 'desk/settings', 'desk/audit', 'desk/account'];
        const wide: string[] = [];
        for (const screen of screens) {
          const response = await page.goto(new URL(screen, base).href);
          assert.equal(response?.status(), 200, screen);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > PHONE.width) wide.push(`/${screen} is ${width} px wide`);
          await page.evaluate(AXE_SOURCE);
          // The boxes that are focusable must not add landmarks that repeat a section's name.
          const faults = await page.evaluate(() => axe.run(document, { runOnly: { type: 'rule', values: ['scrollable-region-focusable', 'landmark-unique'] } }));
          for (const v of faults.violations) wide.push(`/${screen}: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        }
        assert.deepEqual(wide, []);

        // The labels are separate words: a narrow cell may break between them, and a screen reader hears each one.
        await page.goto(new URL('desk/review', base).href);
        const labels = await page.locator('table.review-queue tbody tr').first().locator('.issue').allInnerTexts();
        assert.ok(labels.length >= 2, `the held translation has several issues: ${labels.join(', ')}`);
        const cell = await page.locator('table.review-queue tbody tr').first().locator('td:has(.issue)').innerText();
        assert.equal(cell.trim(), labels.join(' '));
      } finally {
        await context.close();
      }
    });
  });
}
