/**
 * The demo site in a real browser: headless Chromium (the Debian package) driven
 * by playwright-core, against `wiredesk demo --port 0` in its own process. Each
 * test checks one thing a reader would notice: keyboard use, nothing loaded from
 * elsewhere, the Devanagari and Urdu fonts, phone and desktop layouts, the page outline,
 * and the 404 page. Skipped, with a message, where Chromium is not installed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP } from './chromium.ts';
import { serveDemoCopy, type ServedDemo } from './demo-once.ts';

const SKIP = CHROMIUM_SKIP;

/** Loopback pages answer in milliseconds; fail fast rather than at Playwright's 30 s default. */
const BROWSER_TIMEOUT_MS = 10_000;
/** A page has a few dozen links; this many Tabs without reaching the control means it is out of reach. */
const MAX_TABS = 150;
/** The family the stylesheet declares for the self-hosted font (src/site/site-assets.ts). */
const DEVANAGARI_FAMILY = 'Noto Sans Devanagari';
/** The family it declares for Urdu. */
const URDU_FAMILY = 'Noto Nastaliq Urdu';
/** A smooth scroll can pause for a frame; five equal reads 20 ms apart (100 ms) mean it has ended. */
const SCROLL_STILL_READS = 5;
const SCROLL_READ_INTERVAL_MS = 20;
/** Long enough that the back-to-top control starts out of sight, well below the first screen. */
const LONG_PAGE_SCREENS = 1.5;
/** The control sits in the footer's padding, so focusing it may stop a little short of the very bottom. */
const BOTTOM_SLACK_PX = 80;
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

// Functions passed to page.evaluate run in Chromium. The project's tsconfig has no DOM
// library, so the few browser globals they read are declared here, for this file only.
declare const window: { scrollY: number; innerHeight: number };
declare function getComputedStyle(element: unknown): { fontFamily: string; direction: string };
interface DomRect { left: number; top: number; width: number; height: number }
interface DomElement {
  ownerDocument: { createRange(): { selectNodeContents(node: unknown): void; getBoundingClientRect(): DomRect } };
  childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
  querySelector(selector: string): DomElement | null;
  getBoundingClientRect(): DomRect;
}
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
declare const document: {
  documentElement: { scrollWidth: number; scrollHeight: number };
  fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean } & Iterable<{ family: string; status: string }>;
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's own build, read once and run in each page through the DevTools protocol. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2.1 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function openPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  return page;
}

/**
 * Loads a page and waits for its web fonts, so layout and font checks see the final page.
 * `networkidle` also waits for what loads after `load` (the icon), so the next visit
 * does not abort it.
 */
async function visit(page: Page, url: string, waitUntil: 'load' | 'networkidle' = 'load'): Promise<number> {
  const response = await page.goto(url, { waitUntil });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return response?.status() ?? 0;
}

/** Article links in the teasers of the page's main content that are in `lang`. */
async function articleLinks(page: Page, lang: string): Promise<string[]> {
  const hrefs = await page
    .locator(`main article[lang="${lang}"] a[href]`)
    .evaluateAll((links: { href: string }[]) => links.map((a) => a.href));
  return [...new Set(hrefs)];
}

interface Traffic {
  requests: string[];
  failures: string[];
  consoleErrors: string[];
}

/** Everything the page asks for, every 4xx/5xx or failed request, every console error. */
function recordTraffic(page: Page): Traffic {
  const traffic: Traffic = { requests: [], failures: [], consoleErrors: [] };
  page.on('request', (request) => traffic.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) traffic.failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => traffic.failures.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') traffic.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => traffic.consoleErrors.push(error.message));
  return traffic;
}

/** Waits until the page stops scrolling (it scrolls smoothly unless the reader asks for reduced motion). */
async function scrollSettled(page: Page): Promise<number> {
  let last = -1;
  for (let still = 0; still < SCROLL_STILL_READS; ) {
    const y = await page.evaluate(() => window.scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
    await page.waitForTimeout(SCROLL_READ_INTERVAL_MS);
  }
  return last;
}

/** The first of `urls` whose page has `selector`, e.g. an article with a body (link-only ones have none). */
async function firstWith(page: Page, urls: string[], selector: string): Promise<string> {
  for (const url of urls) {
    await visit(page, url);
    if ((await page.locator(selector).count()) > 0) return url;
  }
  throw new Error(`browser e2e: none of ${urls.length} pages has ${selector}`);
}

/** The tallest of `urls`, in screens of the page's viewport. */
async function tallest(page: Page, urls: string[]): Promise<{ url: string; screens: number }> {
  let best = { url: '', screens: 0 };
  for (const url of urls) {
    await visit(page, url);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    if (screens > best.screens) best = { url, screens };
  }
  return best;
}

/** axe-core's violations on the page, one line each, for a failure message. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate((tags: string[]) => axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  // Rules that found something to check and passed: none would mean axe looked at nothing.
  assert.ok(passes.length > 0, `axe-core ran no rule on ${page.url()}`);
  return violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Left edges of an element's first text (its label) and of the element matched by `selector` inside it. */
async function labelAndPart(page: Page, container: string, selector: string): Promise<{ label: number; part: number; width: number }> {
  return page.locator(container).first().evaluate((element: DomElement, inner: string) => {
    const range = element.ownerDocument.createRange();
    const text = [...element.childNodes].find((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
    if (!text) throw new Error('no label text');
    range.selectNodeContents(text);
    const part = element.querySelector(inner);
    if (!part) throw new Error(`no ${inner}`);
    return { label: range.getBoundingClientRect().left, part: part.getBoundingClientRect().left, width: element.getBoundingClientRect().width };
  }, selector);
}

async function headingLevels(page: Page): Promise<number[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings: { tagName: string }[]) => headings.map((h) => Number(h.tagName.slice(1))));
}

/** The fonts Chromium actually drew the element's text with, through the DevTools protocol. */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `no ${selector} on ${page.url()}`);
    await cdp.send('CSS.enable');
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  } finally {
    await cdp.detach();
  }
}

describe('the demo site in Chromium', { skip: SKIP }, () => {
  let demo: ServedDemo | undefined;
  let browser: Browser | undefined;
  let base = '';
  let section = '';
  let hindiArticles: string[] = [];
  /** A Hindi article with a body, not a link-only one. */
  let hindiStory = '';
  let englishArticles: string[] = [];

  const newPage = (viewport?: typeof DESKTOP) => openPage(browser as Browser, viewport);

  before(async () => {
    demo = await serveDemoCopy();
    base = demo.base;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await newPage();
    await visit(page, base);
    hindiArticles = await articleLinks(page, 'hi');
    section = (await page.locator('main section h2 a').first().evaluate((a: { href: string }) => a.href));
    await visit(page, new URL('en/', base).href);
    englishArticles = await articleLinks(page, 'en');
    hindiStory = await firstWith(page, hindiArticles, '.article-body p');
    await page.close();
    assert.ok(hindiArticles.length >= 3 && englishArticles.length >= 3, 'both home pages link to articles');
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  test('the back-to-top link on a long Hindi article is reachable with Tab and takes Enter back to the top', async () => {
    const page = await newPage();
    const longest = await tallest(page, hindiArticles);
    assert.ok(longest.screens >= LONG_PAGE_SCREENS, `a long Hindi article (longest: ${longest.screens.toFixed(2)} screens)`);
    await visit(page, longest.url);

    const backToTop = page.locator('a[href="#top"]');
    let tabs = 0;
    while ((await backToTop.and(page.locator(':focus')).count()) === 0) {
      assert.ok(++tabs <= MAX_TABS, `back-to-top not reached after ${MAX_TABS} Tabs`);
      await page.keyboard.press('Tab');
    }
    const scrolled = await scrollSettled(page);
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    assert.ok(scrolled >= bottom - BOTTOM_SLACK_PX, `focusing the control scrolled to the bottom (${scrolled} of ${bottom} px)`);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY < 2);
    assert.equal(await scrollSettled(page), 0, 'back at the top');
    assert.equal(new URL(page.url()).hash, '#top');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator(':focus').getAttribute('href'), '#main', 'the next Tab starts from the top: the skip link');
    await page.close();
  });

  test('the back-to-top link is visible and has an accessible name', async () => {
    const page = await newPage();
    await visit(page, hindiStory);
    const backToTop = page.locator('a[href="#top"]');
    const box = await backToTop.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'it has a size on screen');
    assert.ok(await backToTop.isVisible());
    const name = (await backToTop.ariaSnapshot()).match(/link "([^"]+)"/)?.[1] ?? '';
    assert.match(name, /[\u0900-\u097F]{2,}/, `a Hindi accessible name, got ${JSON.stringify(name)}`);
    await page.close();
  });

  test('home, section and article pages request nothing from another host', async () => {
    const page = await newPage();
    const traffic = recordTraffic(page);
    for (const url of [base, section, hindiStory]) await visit(page, url, 'networkidle');
    const origin = new URL(base).origin;
    const elsewhere = traffic.requests.filter((url) => new URL(url).origin !== origin);
    assert.deepEqual(elsewhere, []);
    assert.ok(traffic.requests.length >= 6, 'pages, stylesheet and fonts were requested');
    await page.close();
  });

  test('home, section and article pages log no console error and get no failed response', async () => {
    const page = await newPage();
    const traffic = recordTraffic(page);
    for (const url of [base, section, hindiStory, englishArticles[0] as string]) await visit(page, url, 'networkidle');
    assert.deepEqual(traffic.failures, []);
    assert.deepEqual(traffic.consoleErrors, []);
    await page.close();
  });

  test('the icon the page declares, and /favicon.ico, are served as images', async () => {
    const page = await newPage();
    await visit(page, base);
    const declared = await page.locator('link[rel~="icon"]').first().getAttribute('href');
    assert.ok(declared, 'the page declares an icon');
    for (const icon of [new URL(declared, base).href, new URL('/favicon.ico', base).href]) {
      const response = await page.request.get(icon);
      assert.equal(response.status(), 200, icon);
      assert.match(response.headers()['content-type'] ?? '', /^image\//, icon);
    }
    await page.close();
  });

  test(`Devanagari text is drawn in the self-hosted ${DEVANAGARI_FAMILY}`, async () => {
    const page = await newPage();
    const fontResponses: string[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/assets/fonts/')) fontResponses.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await visit(page, hindiStory);
    const faces = await page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family).map((f) => f.status), DEVANAGARI_FAMILY);
    assert.ok(faces.includes('loaded'), `a loaded ${DEVANAGARI_FAMILY} face, got ${faces.join(', ') || 'none'}`);
    assert.ok(await page.evaluate((family) => document.fonts.check(`16px "${family}"`, 'नमस्ते'), DEVANAGARI_FAMILY));
    assert.ok(fontResponses.length > 0 && fontResponses.every((r) => r.startsWith('200 ')), fontResponses.join(', '));
    for (const selector of ['h1', '.article-body p']) {
      const fonts = await renderedFonts(page, selector);
      const used = fonts.some((f) => f.familyName === DEVANAGARI_FAMILY && f.isCustomFont);
      assert.ok(used, `${selector} drawn with ${fonts.map((f) => f.familyName).join(', ')}`);
    }
    await page.close();
  });

  test('on a 375 px phone, pages do not scroll sideways and the article is one column', async () => {
    const page = await newPage(PHONE);
    for (const url of [base, hindiStory]) {
      await visit(page, url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `${url} is ${width} px wide`);
    }
    const article = await page.locator('article.article').boundingBox();
    const more = await page.locator('.more-in').boundingBox();
    assert.ok(article && more, 'the article and the "more in this section" list');
    assert.ok(more.y >= article.y + article.height, 'the list comes below the article, not beside it');
    const lefts = await page.locator('.article-body > *').evaluateAll((blocks: { getBoundingClientRect(): { left: number } }[]) =>
      blocks.map((b) => Math.round(b.getBoundingClientRect().left)));
    assert.ok(lefts.length > 0 && new Set(lefts).size === 1, `body blocks share one left edge: ${lefts.join(', ')}`);
    await page.close();
  });

  test('on a 375 px phone, a long address searched for and echoed back breaks rather than widening the page', async () => {
    const page = await newPage(PHONE);
    const pasted = `https://news.example.org/2026/11/${'shipping-pact-signed-in-seoul-'.repeat(4)}full-text?utm_source=share`;
    for (const prefix of ['', 'en/']) {
      const url = new URL(`${prefix}search?q=${encodeURIComponent(pasted)}`, base).href;
      assert.equal(await visit(page, url), 200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `/${prefix}search is ${width} px wide`);
    }
    await page.close();
  });

  test('at 1280 px the home page sets sections side by side', async () => {
    const page = await newPage(DESKTOP);
    await visit(page, base);
    const boxes = await Promise.all((await page.locator('main section').all()).map((block) => block.boundingBox()));
    const sideBySide = boxes.some((a, i) => boxes.slice(i + 1).some((b) => a && b && Math.abs(a.y - b.y) < 1 && a.x !== b.x));
    assert.ok(sideBySide, `two section blocks on one row: ${JSON.stringify(boxes.map((b) => b && [b.x, b.y]))}`);
    await page.close();
  });

  /** Each page's headings, level by level: home, section and article pages, read once for the two outline tests below. */
  let outlines: Promise<Map<string, number[]>> | undefined;
  const readOutlines = async () => {
    const page = await newPage();
    const found = new Map<string, number[]>();
    for (const url of [base, section, ...hindiArticles, new URL('en/', base).href, ...englishArticles]) {
      await visit(page, url);
      found.set(url, await headingLevels(page));
    }
    await page.close();
    return found;
  };
  const headingsByPage = () => (outlines ??= readOutlines());

  test('every article page has exactly one h1', async () => {
    const headings = await headingsByPage();
    const wrong: string[] = [];
    for (const url of [...hindiArticles, ...englishArticles]) {
      const h1s = headings.get(url)!.filter((level) => level === 1).length;
      if (h1s !== 1) wrong.push(`${url}: ${h1s} h1`);
    }
    assert.deepEqual(wrong, []);
  });

  test('heading levels never skip, on home, section and article pages', async () => {
    const skips: string[] = [];
    for (const [url, found] of await headingsByPage()) {
      const levels = [0, ...found];
      const at = levels.findIndex((level, i) => i > 0 && level > (levels[i - 1] as number) + 1);
      if (at > 0) skips.push(`${new URL(url).pathname}: ${at === 1 ? 'starts at' : `h${levels[at - 1]} →`} h${levels[at]}`);
    }
    assert.deepEqual(skips, []);
  });

  test('a Hindi article is <html lang="hi">, an English one under /en/ is lang="en"', async () => {
    const page = await newPage();
    await visit(page, hindiStory);
    assert.equal(await page.locator('html').getAttribute('lang'), 'hi');
    const english = englishArticles[0] as string;
    assert.ok(new URL(english).pathname.startsWith('/en/'), english);
    await visit(page, english);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.close();
  });

  test('article pages give their time in a machine-readable datetime', async () => {
    const page = await newPage();
    for (const url of [hindiStory, englishArticles[0] as string]) {
      await visit(page, url);
      const datetime = (await page.locator('article.article time[datetime]').first().getAttribute('datetime')) ?? '';
      assert.ok(!Number.isNaN(Date.parse(datetime)) && /^\d{4}-\d\d-\d\dT/.test(datetime), `${url}: ${datetime}`);
    }
    await page.close();
  });

  test('an Urdu original under Hindi chrome keeps its Hindi date line and notice left to right, the Urdu name isolated', async () => {
    const page = await newPage();
    const translated = await firstWith(page, hindiArticles, '.translation-label a[hreflang="ur"]');
    await visit(page, translated);
    const original = await page.locator('.translation-label a[hreflang="ur"]').evaluate((a: { href: string }) => a.href);
    await visit(page, original);
    const direction = (selector: string) => page.locator(selector).first().evaluate((el: object) => getComputedStyle(el).direction);
    assert.equal(await direction('html'), 'rtl', 'the page is in Urdu');
    assert.equal(await direction('article.article h1'), 'rtl', 'the Urdu headline runs right to left');
    assert.equal(await direction('.article-meta'), 'ltr', 'the Hindi date line runs left to right');
    assert.equal(await direction('.syndication-notice'), 'ltr', 'the Hindi notice runs left to right');
    const meta = await labelAndPart(page, '.article-meta', 'time');
    assert.ok(meta.label < meta.part, `"प्रकाशित:" comes before the date (label at ${meta.label}, date at ${meta.part})`);
    const notice = page.locator('.syndication-notice bdi');
    assert.ok((await notice.count()) > 0 && /[\u0600-\u06FF]/u.test(await notice.first().innerText()), 'the Urdu source name is in a <bdi>');
    assert.equal(await page.locator('.source-line bdi.source-name').count(), 1);
    await page.close();
  });

  test(`Urdu text is drawn in the self-hosted ${URDU_FAMILY}: an Urdu original, and an Urdu paper's name in a Hindi notice`, async () => {
    const page = await newPage();
    const translated = await firstWith(page, hindiArticles, '.translation-label a[hreflang="ur"]');
    const original = await page.locator('.translation-label a[hreflang="ur"]').evaluate((a: { href: string }) => a.href);
    // This machine has no font with Urdu's own letters (ہ, ے, ۔): without the site's font they are boxes.
    for (const [url, selector] of [[original, 'article.article h1'], [original, '.article-body p'], [translated, '.syndication-notice bdi']] as const) {
      await visit(page, url);
      const fonts = await renderedFonts(page, selector);
      const used = fonts.some((f) => f.familyName === URDU_FAMILY && f.isCustomFont);
      assert.ok(used, `${new URL(url).pathname} ${selector} drawn with ${fonts.map((f) => f.familyName).join(', ')}`);
    }
    await page.close();
  });

  test('a dateline opens the first paragraph, on the same line as its text, not a line above the picture', async () => {
    const page = await newPage();
    const url = await firstWith(page, englishArticles, '.article-body .dateline');
    assert.equal(await page.locator('.dateline-line').count(), 0, `${url}: no dateline on a line of its own`);
    const line = await page.locator('.article-body .dateline').evaluate((strong: DomElement & { parentElement: DomElement & { tagName: string; textContent: string } }) => {
      const p = strong.parentElement;
      return { tag: p.tagName, text: p.textContent, strongTop: strong.getBoundingClientRect().top, pTop: p.getBoundingClientRect().top, height: strong.getBoundingClientRect().height };
    });
    assert.equal(line.tag, 'P');
    assert.match(line.text, /^[A-Z][A-Z .'-]+: \S/u, `${url}: "${line.text.slice(0, 40)}…" runs into the text`);
    assert.ok(Math.abs(line.strongTop - line.pTop) < line.height, 'on the paragraph\'s first line');
    await page.close();
  });

  test('the support notice follows the article body and closes with a click, without script', async () => {
    const page = await newPage();
    await visit(page, hindiStory);
    const notice = page.locator('details.support-notice');
    assert.equal(await notice.count(), 1);
    assert.equal(await page.locator('article.article .article-body ~ details.support-notice').count(), 1, 'after the body');
    const text = page.locator('details.support-notice p');
    assert.ok(await text.isVisible(), 'open at first');
    const link = await page.locator('details.support-notice a').getAttribute('href');
    assert.match(link ?? '', /^https?:\/\//u);
    await page.locator('details.support-notice summary').click();
    assert.ok(!(await text.isVisible()), 'closed by its summary');
    assert.ok(await page.locator('.article-body').isVisible(), 'the article is still there');
    await page.locator('details.support-notice summary').focus();
    await page.keyboard.press('Enter');
    assert.ok(await text.isVisible(), 'opened again from the keyboard');
    await page.close();
  });

  test('axe-core finds no accessibility violation on home, section, article, story, Urdu and Spanish pages', async () => {
    const page = await newPage();
    await visit(page, base);
    const story = await page.locator('main a.coverage-link').first().getAttribute('href');
    const translated = await firstWith(page, hindiArticles, '.translation-label a[hreflang="ur"]');
    const urdu = await page.locator('.translation-label a[hreflang="ur"]').evaluate((a: { href: string }) => a.href);
    const urls = [base, section, hindiStory, translated, urdu, englishArticles[0] as string, new URL('es/', base).href, new URL('trends/', base).href, new URL(story ?? '', base).href];
    const found: string[] = [];
    for (const url of urls) {
      await visit(page, url, 'networkidle');
      for (const violation of await axeViolations(page)) found.push(`${url}: ${violation}`);
    }
    assert.deepEqual(found, []);
    await page.close();
  });

  test('an unknown address shows the 404 page inside the site chrome', async () => {
    const page = await newPage();
    assert.equal(await visit(page, new URL('no-such-section/', base).href), 404);
    assert.ok(await page.getByRole('banner').isVisible(), 'the masthead');
    assert.ok((await page.getByRole('navigation').count()) >= 1, 'the section navigation');
    assert.ok(await page.getByRole('contentinfo').isVisible(), 'the footer');
    assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), 'a heading saying what happened');
    const font = await page.locator('body').evaluate((body: object) => getComputedStyle(body).fontFamily);
    assert.ok(font.startsWith(`"${DEVANAGARI_FAMILY}"`), `the site stylesheet applies: ${font}`);
    await page.close();
  });
});
