/**
 * An editor's work on articles in a real browser: headless Chromium against
 * the site and the desk served together on loopback (the server `serve`
 * runs), over a real store on SQLite (the same routes run on PostgreSQL too in
 * src/desk/*.test.ts). The editor signs in through the form and uses only what the
 * pages offer: links, fields and buttons, no script. Skipped, with a message,
 * where Chromium is missing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP, signInToDesk } from './chromium.ts';
import { createWebHandlers } from '../../src/cli/web-app.ts';
import { listen, type Listener } from '../../src/cli/http-listener.ts';
import { addUser } from '../../src/desk/accounts.ts';
import { cliActor } from '../../src/desk/audit.ts';
import { storeArticle } from '../../src/desk/testdata/article-fixture.ts';
import { TEST_PASSWORD_PARAMS, deskTestConfig } from '../../src/desk/testdata/desk-fixture.ts';
import type { Store } from '../../src/store/store.ts';
import { testDialects, type TestDatabase } from '../../src/store/test-databases.ts';

const SKIP = CHROMIUM_SKIP;
/** Loopback pages answer in milliseconds; a loaded machine gets some slack, and a hang fails well before the runner's limit. */
const BROWSER_TIMEOUT_MS = 15_000;

const EDITORS = [
  { email: 'asha@desk.example', password: 'asha harbour lanterns' },
  { email: 'ravi@desk.example', password: 'ravi harbour lanterns' },
] as const;

const HEADLINE = 'Harbour ferries run again after the storm';

// Functions passed to evaluate run in Chromium; the project's tsconfig has no DOM library.
declare function getComputedStyle(element: unknown): { direction: string };

interface Served {
  database: TestDatabase;
  store: Store;
  server: Listener;
  /** The server's address, ending in a slash. */
  base: string;
}

/** The render cache's check interval here; a change shows once it has passed. */
const RENDER_CHECK_MS = 200;
const pastRenderBound = () => new Promise((resolve) => setTimeout(resolve, RENDER_CHECK_MS + 50));

async function serve(dialect: (typeof testDialects)[number]): Promise<Served> {
  const database = await dialect.create();
  const store = await database.open();
  // The render cache on, as in `serve`: a desk action must reach the public pages within its bound.
  const base = deskTestConfig('http://localhost/');
  // The fixture's articles are English and the editions Hindi and Spanish: the home page lists them only with showUntranslated.
  const editions = base.editions.map((edition) => (edition.path === '/' ? { ...edition, showUntranslated: true } : edition));
  const config = { ...base, editions, renderCache: { ...base.renderCache, checkEveryMs: RENDER_CHECK_MS } };
  for (const editor of EDITORS) {
    const added = await addUser({ store, now: () => new Date(), passwordParams: TEST_PASSWORD_PARAMS }, { ...editor, role: 'editor' }, { actor: cliActor('browser-test') });
    assert.ok(added.ok);
  }
  const { app, fastPath } = createWebHandlers({
    config,
    store,
    mediaDir: '/nonexistent',
    passwordParams: TEST_PASSWORD_PARAMS,
    logError: (message, error) => console.error(message, error),
    renderCache: true,
  });
  const server = await listen(app, 0, '127.0.0.1', fastPath);
  return { database, store, server, base: `http://127.0.0.1:${server.port}/` };
}

function signIn(context: BrowserContext, base: string, editor: (typeof EDITORS)[number]): Promise<Page> {
  return signInToDesk(context, base, editor, BROWSER_TIMEOUT_MS);
}

/** From the desk home to the article's page, by the links a person would follow. */
async function openArticle(page: Page, headline: string): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname === '/desk/articles'), page.click('.desk-bar nav a[href="/desk/articles"]')]);
  await page.fill('input[name="q"]', headline);
  await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === headline), page.click('form[role="search"] button[type="submit"]')]);
  await Promise.all([page.waitForURL((url) => /^\/desk\/articles\/\d+$/.test(url.pathname)), page.click(`table.articles a:text-is("${headline}")`)]);
}

/**
 * Status and body of a public page as a reader who has not seen it before
 * gets them: a fresh browser context each time, since pages may be cached
 * for a minute (src/site/page-routes.tsx) and this test asks what the server answers now.
 */
async function visit(url: string): Promise<{ status: number; html: string }> {
  const context = await browser!.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    const response = await page.goto(url);
    assert.ok(response, `no response from ${url}`);
    return { status: response.status(), html: await page.content() };
  } finally {
    await context.close();
  }
}

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
  describe(`an editor's work on articles in Chromium, on ${dialect.name}`, { skip: SKIP }, () => {
    let served: Served;

    before(async () => {
      served = await serve(dialect);
    });

    after(async () => {
      await served.server.close();
      await served.database.destroy();
    });

    test('kill with a reason: the public address answers 410 and the article leaves the home and section lists; restore brings it back', async () => {
      const id = await storeArticle(served.store, 'ferries', { headline: HEADLINE });
      const publicUrl = new URL(`world/${id}-ferries`, served.base).href;
      const context = await browser!.newContext();
      const page = await signIn(context, served.base, EDITORS[0]);
      assert.equal((await visit(publicUrl)).status, 200);
      assert.ok((await visit(served.base)).html.includes(HEADLINE), 'listed on the home page before');

      await openArticle(page, HEADLINE);
      assert.equal(await page.locator('h1').innerText(), HEADLINE);
      await page.fill('form[action$="/kill"] input[name="reason"]', 'The ferry company disputes the timetable');
      await Promise.all([page.waitForURL((url) => url.searchParams.has('killed')), page.click('form[action$="/kill"] button[type="submit"]')]);
      assert.match(await page.locator('.notice').innerText(), /हटा दिया गया/);
      assert.match(await page.locator('.article-state').innerText(), /asha@desk\.example ने .+ को हटाया: The ferry company disputes the timetable/);

      await pastRenderBound();
      const gone = await visit(publicUrl);
      assert.equal(gone.status, 410);
      assert.ok(!gone.html.includes('Eleven ships docked'), 'the 410 page does not carry the text');
      for (const list of [served.base, new URL('world', served.base).href]) {
        const { status, html } = await visit(list);
        assert.equal(status, 200);
        assert.ok(!html.includes(HEADLINE), `gone from ${list}`);
      }

      await page.fill('form[action$="/restore"] input[name="reason"]', 'Timetable confirmed');
      await Promise.all([page.waitForURL((url) => url.searchParams.has('restored')), page.click('form[action$="/restore"] button[type="submit"]')]);
      await pastRenderBound();
      assert.equal((await visit(publicUrl)).status, 200);
      assert.ok((await visit(served.base)).html.includes(HEADLINE), 'listed on the home page again');
      assert.ok((await visit(new URL('world', served.base).href)).html.includes(HEADLINE), 'and on its section page');
      const audit = await served.store.listAudit({ actions: ['kill', 'restore'], limit: 5 });
      assert.deepEqual(audit.map((e) => [e.action, e.actor, e.objectId]), [
        ['restore', 'asha@desk.example', String(id)],
        ['kill', 'asha@desk.example', String(id)],
      ]);
      await context.close();
    });

    test('a paragraph edited to hold a script tag and a javascript: link renders inert on the public page', async () => {
      const id = await storeArticle(served.store, 'inert', { headline: 'Port authority answers questions' });
      const context = await browser!.newContext();
      let dialogs = 0;
      context.on('page', (p) => p.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      }));
      const page = await signIn(context, served.base, EDITORS[0]);
      await openArticle(page, 'Port authority answers questions');
      await page.fill('textarea[name="paragraph-0"]', 'The board met <script>alert(1)</script> on Friday.');
      await page.fill('textarea[name="paragraph-1"]', 'Read [the minutes](javascript:alert(2)) or [the notice](https://port.example/notice).');
      await Promise.all([page.waitForURL((url) => url.searchParams.has('saved')), page.click('form.article-edit button[type="submit"]:not([formaction])')]);

      const publicPage = await context.newPage();
      const response = await publicPage.goto(new URL(`world/${id}-inert`, served.base).href);
      assert.equal(response?.status(), 200);
      const body = publicPage.locator('main');
      assert.match(await body.innerText(), /The board met <script>alert\(1\)<\/script> on Friday\./, 'the tag is shown as the text typed');
      assert.match(await body.innerText(), /\[the minutes\]\(javascript:alert\(2\)\)/, 'the unsafe link stays text');
      // The page's one script element is its JSON-LD, data the browser never runs; nothing from the body is a script.
      assert.equal(await publicPage.locator('script:not([type="application/ld+json"])').count(), 0, 'no runnable script element on the page');
      assert.equal(await body.locator('script').count(), 0, 'no script element in the article');
      assert.equal(await publicPage.locator('a[href^="javascript:"]').count(), 0, 'no javascript: address');
      assert.equal(await publicPage.locator('a[href="https://port.example/notice"]').innerText(), 'the notice', 'a safe link is a link');

      // The desk's own pages show it inert too: the revision's changes.
      await page.click('table.revisions a');
      assert.match(await page.locator('.diff-body').innerText(), /<script>alert\(1\)<\/script>/);
      assert.equal(await page.locator('main script').count(), 0);
      assert.equal(dialogs, 0, 'no script ran');
      await context.close();
    });

    test("an Urdu article's fields, its headline in the list and its revision's changes run right to left", async () => {
      const urdu = 'لاہور میں کتاب میلہ شروع';
      await storeArticle(served.store, 'kitab', { headline: urdu, lang: 'ur', source: 'sahil', sourceName: 'روزنامہ ساحل' });
      const context = await browser!.newContext();
      const page = await signIn(context, served.base, EDITORS[0]);
      await openArticle(page, urdu);
      const direction = (selector: string) => page.locator(selector).first().evaluate((el: object) => getComputedStyle(el).direction);
      for (const field of ['h1', 'input[name="headline"]', 'textarea[name="standfirst"]', 'input[name="dateline"]', 'textarea[name="paragraph-0"]']) {
        assert.equal(await direction(field), 'rtl', `${field} runs right to left`);
      }
      assert.equal(await direction('textarea[name="note"]'), 'ltr', 'the correction note is in the desk\'s language');
      await page.fill('textarea[name="paragraph-0"]', 'میلہ دس دن جاری رہے گا۔');
      await Promise.all([page.waitForURL((url) => url.searchParams.has('saved')), page.click('form.article-edit button[type="submit"]:not([formaction])')]);
      await page.click('table.revisions a');
      assert.equal(await direction('.diff-body'), 'rtl', 'the changed paragraphs too');
      const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((headings: { tagName: string }[]) => headings.map((h) => h.tagName));
      assert.deepEqual(levels, ['H1', 'H2'], 'the revision page\'s headings do not skip a level (h1, then the changed field)');

      await page.goto(new URL(`desk/articles?q=${encodeURIComponent(urdu)}`, served.base).href);
      assert.equal(await direction('table.articles tbody th'), 'rtl', 'the headline in the list');
      await context.close();
    });

    test('two editors save the same article: the second is told who saved first, with 409, and keeps their text', async () => {
      await storeArticle(served.store, 'twice', { headline: 'Lighthouse keeper retires' });
      const asha = await signIn(await browser!.newContext(), served.base, EDITORS[0]);
      const ravi = await signIn(await browser!.newContext(), served.base, EDITORS[1]);
      await openArticle(asha, 'Lighthouse keeper retires');
      await openArticle(ravi, 'Lighthouse keeper retires');

      await asha.fill('input[name="headline"]', 'Lighthouse keeper retires after forty years');
      await Promise.all([asha.waitForURL((url) => url.searchParams.has('saved')), asha.click('form.article-edit button[type="submit"]:not([formaction])')]);
      await ravi.fill('input[name="headline"]', 'Kingsbridge lighthouse keeper retires');
      const [answer] = await Promise.all([ravi.waitForResponse((r) => r.request().method() === 'POST'), ravi.click('form.article-edit button[type="submit"]:not([formaction])')]);
      await ravi.waitForLoadState('load');
      assert.equal(answer.status(), 409);
      assert.match(await ravi.locator('.error').innerText(), /asha@desk\.example ने यह लेख बदल दिया/);
      assert.equal(await ravi.locator('input[name="headline"]').inputValue(), 'Lighthouse keeper retires after forty years', 'the form now holds the saved text');
      assert.match(await ravi.locator('.unsaved').innerText(), /Kingsbridge lighthouse keeper retires/);
      await asha.context().close();
      await ravi.context().close();
    });
  });
}
