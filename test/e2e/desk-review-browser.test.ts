/**
 * A translator's work in a real browser: headless Chromium signs in through
 * the form, opens the review queue, fixes the segments Apertium left with
 * markers and a lost number, and approves. The public Spanish page then shows
 * the fixed text under the "reviewed by staff" notice, with no marker and no
 * markup from the engine. On SQLite (the review routes run on PostgreSQL too in
 * src/desk/review-*.test.ts); skipped with a message where Chromium is missing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP, signInToDesk } from './chromium.ts';
import { serveDesk, type ServedDesk } from './desk-server.ts';
import { HELD_TARGET, holdTranslation } from '../../src/desk/testdata/review-fixture.ts';
import type { Store } from '../../src/store/store.ts';
import { testDialects } from '../../src/store/test-databases.ts';

const SKIP = CHROMIUM_SKIP;
const BROWSER_TIMEOUT_MS = 15_000;

const TRANSLATOR = { email: 'meera@desk.example', password: 'meera harbour lanterns' };

/** axe-core's own build, run in the page to measure text contrast as drawn. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Functions passed to evaluate run in Chromium; the project's tsconfig has no DOM library.
declare const document: unknown;
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: { nodes: { target: unknown[] }[] }[] }> };
/** What the translator types over each of HELD_TARGET's segments. */
const FIXED = ['El consejo abrió el parque de Kingsbridge el lunes.', 'Las entradas cuestan 12 euros.', 'Los vecinos lo celebraron.'];

let browser: Browser | undefined;

before(async () => {
  if (!SKIP) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

// SQLite only (the first dialect), as the phone test: what the browser adds is the pages' behaviour, which
// does not depend on the store, and the same routes run on PostgreSQL too in src/desk/*.test.ts over HTTP.
for (const dialect of testDialects.slice(0, 1)) {
  describe(`a translator's review in Chromium, on ${dialect.name}`, { skip: SKIP }, () => {
    let served: ServedDesk;
    let store: Store;
    let base: string;

    before(async () => {
      served = await serveDesk(dialect, TRANSLATOR, 'translator');
      ({ store, base } = served);
    });

    after(() => served.close());

    test('open the queue, fix the segments, approve: the public page shows the fixed text, reviewed by staff, without markers', async () => {
      const { articleId, translationId } = await holdTranslation(store, 'park');
      const context = await browser!.newContext();
      try {
        const page: Page = await signInToDesk(context, base, TRANSLATOR, BROWSER_TIMEOUT_MS);
        // The desk's Hindi is drawn in the self-hosted Devanagari font, not as boxes from a Latin font (this machine has no Devanagari font of its own).
        assert.ok((await fontsDrawing(page, '.desk-name')).includes('Noto Sans Devanagari'));

        await Promise.all([page.waitForURL((url) => url.pathname === '/desk/review'), page.click('.desk-bar nav a[href="/desk/review"]')]);
        await Promise.all([page.waitForURL((url) => url.pathname === `/desk/review/${translationId}`), page.click(`a[href="/desk/review/${translationId}"]`)]);
        // The engine's output is in the form as it came, markers and all: the translator sees what to fix.
        assert.equal(await page.inputValue('textarea[name="segment-0"]'), HELD_TARGET[0]);
        for (const [i, text] of FIXED.entries()) await page.fill(`textarea[name="segment-${i}"]`, text);
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get('approved') === String(translationId)),
          page.click(`form[action="/desk/review/${translationId}/approve"] button[type="submit"]`),
        ]);
      } finally {
        await context.close();
      }

      const reader = await browser!.newContext();
      try {
        const page = await reader.newPage();
        page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
        const response = await page.goto(new URL(`es/world/${articleId}-park`, base).href);
        assert.equal(response?.status(), 200);
        const body = await page.locator('main').innerText();
        for (const text of FIXED) assert.ok(body.includes(text), `the public page shows "${text}"`);
        assert.match(body, /revisada por el equipo/);
        assert.doesNotMatch(body, /[*#@]\p{L}/u, 'no engine marker is left');
        assert.doesNotMatch(body, /<script>|alert\(1\)/);
        assert.equal(await page.locator('main script').count(), 0);
      } finally {
        await reader.close();
      }
    });

    test('a reader of the dark colour scheme can read the marked copy and the origin of every segment', async () => {
      const { translationId } = await holdTranslation(store, 'night');
      const context = await browser!.newContext({ colorScheme: 'dark' });
      try {
        const page: Page = await signInToDesk(context, base, TRANSLATOR, BROWSER_TIMEOUT_MS);
        await page.goto(new URL(`desk/review/${translationId}`, base).href);
        assert.ok((await page.locator('.post-edit .marked').count()) > 0 && (await page.locator('.origin').count()) > 0, 'the screen has both');
        await page.evaluate(AXE_SOURCE);
        const { violations } = await page.evaluate(() => axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }));
        assert.deepEqual(violations.flatMap((v) => v.nodes.map((n) => JSON.stringify(n.target))), [], 'no text below WCAG AA contrast');
      } finally {
        await context.close();
      }
    });
  });
}

/** The families Chromium drew an element's text with, from the DevTools protocol, once the page's fonts have loaded. */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}
