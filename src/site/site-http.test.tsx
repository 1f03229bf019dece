import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { createSiteApp } from './site-app.tsx';
import { attr, parsePage, runnableScripts } from './testdata/html-query.ts';
import { STORED_IMAGE, STORED_IMAGE_BYTES, openSiteFixture, testConfig, type SiteFixture } from './testdata/site-fixture.ts';

let site: SiteFixture;
before(async () => {
  site = await openSiteFixture();
});
after(async () => {
  await site.close();
});

async function stylesheetUrl(): Promise<string> {
  const page = parsePage(await (await site.app.request('/')).text());
  const href = attr(page.one('link', { rel: 'stylesheet' }), 'href');
  assert.ok(href);
  return href;
}

void describe('conditional requests', () => {
  const pages: [string, () => string][] = [
    ['home', () => '/'],
    ['section', () => '/en/world/'],
    ['article', () => `/world/${site.ids.hiLead}-kim-rus-yatra`],
  ];
  for (const [name, pathOf] of pages) {
    void it(`a repeat request for a ${name} page with If-None-Match gets 304`, async () => {
      const first = await site.app.request(pathOf());
      const etag = first.headers.get('etag');
      assert.ok(etag, 'pages carry an ETag');
      assert.equal(first.headers.get('cache-control'), 'public, no-cache');
      const again = await site.app.request(pathOf(), { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      const stale = await site.app.request(pathOf(), { headers: { 'If-None-Match': '"something-else"' } });
      assert.equal(stale.status, 200);
    });
  }
});

void describe('security headers and same-origin pages', () => {
  void it('sends a strict CSP, nosniff and a referrer policy', async () => {
    const res = await site.app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  });

  void it('pages load nothing from another host and use no inline script or style', async () => {
    for (const path of ['/', '/en/', `/world/${site.ids.hiLead}-kim-rus-yatra`]) {
      const html = await (await site.app.request(path)).text();
      const page = parsePage(html);
      const loaded = [
        ...page.all('img').map((el) => attr(el, 'src')),
        // canonical and alternate links name addresses (absolute, from baseUrl); they load nothing.
        ...page.all('link').filter((el) => !['canonical', 'alternate'].includes(attr(el, 'rel') ?? '')).map((el) => attr(el, 'href')),
      ];
      for (const url of loaded) assert.match(url ?? '', /^\/[^/]/, `${path} loads ${url} from this origin`);
      assert.equal(runnableScripts(page).length + page.all('style').length, 0, path);
      assert.doesNotMatch(html, /\sstyle="/, `${path} has no style attribute`);
    }
  });
});

void describe('assets', () => {
  void it('serves the stylesheet as text/css, cached for a year under its hashed URL', async () => {
    const url = await stylesheetUrl();
    assert.match(url, /^\/assets\/site\.css\?v=[0-9a-f]{16}$/);
    const res = await site.app.request(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000/);
    const css = await res.text();
    assert.match(css, /font-family: 'Noto Sans Devanagari'/);
    assert.match(css, /font-display: swap/);
    assert.match(css, /unicode-range: U\+0900-097F/);
    assert.match(css, /@media \(min-width: 48rem\)/);

    const unversioned = await site.app.request('/assets/site.css');
    assert.equal(unversioned.headers.get('cache-control'), 'public, max-age=3600');
    const revalidated = await site.app.request('/assets/site.css', {
      headers: { 'If-None-Match': unversioned.headers.get('etag') ?? '' },
    });
    assert.equal(revalidated.status, 304);
  });

  void it('links an SVG icon from every page and sends /favicon.ico there', async () => {
    const html = await (await site.app.request('/')).text();
    const icon = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1];
    assert.match(icon ?? '', /^\/assets\/icon\.svg\?v=[0-9a-f]{16}$/);
    const res = await site.app.request(icon ?? '');
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    assert.match(await res.text(), /^<svg /);
    const legacy = await site.app.request('/favicon.ico');
    assert.equal(legacy.status, 301);
    assert.equal(legacy.headers.get('location'), icon);
  });

  void it('serves the 400 and 700 Devanagari fonts and the Urdu one the stylesheet names, as font/woff2', async () => {
    const css = await (await site.app.request(await stylesheetUrl())).text();
    const fontUrls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1] ?? '');
    assert.equal(fontUrls.length, 3);
    assert.match(fontUrls.join(' '), /noto-sans-devanagari-400\.woff2.*noto-sans-devanagari-700\.woff2.*noto-nastaliq-urdu-400\.woff2/);
    for (const url of fontUrls) {
      assert.match(url, /^\/assets\/fonts\//);
      const res = await site.app.request(url);
      assert.equal(res.status, 200, url);
      assert.equal(res.headers.get('content-type'), 'font/woff2');
      assert.match(res.headers.get('cache-control') ?? '', /immutable/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), 'wOF2', 'a real WOFF2 file');
    }
  });
});

void describe('/media', () => {
  void it('serves a stored image with its content type and a long cache', async () => {
    const res = await site.app.request(`/media/${STORED_IMAGE}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), STORED_IMAGE_BYTES);
  });

  void it('answers 404 for a well-formed name that is not stored', async () => {
    const res = await site.app.request(`/media/${'cd'.repeat(32)}.jpg`);
    assert.equal(res.status, 404);
  });

  for (const name of [
    '..%2Fsecret.txt',
    '..%2F..%2Fetc%2Fpasswd',
    '%2E%2E%2Fsecret.txt',
    `${'AB'.repeat(32)}.png`,
    `${'ab'.repeat(32)}.svg`,
    `${'ab'.repeat(31)}.png`,
    `${'ab'.repeat(32)}.png%00.txt`,
  ]) {
    void it(`rejects the name ${name}`, async () => {
      const res = await site.app.request(`/media/${name}`);
      assert.equal(res.status, 404);
      assert.doesNotMatch(await res.text(), /not for readers/);
    });
  }

  void it('a ../ path never reaches a file outside the media folder', async () => {
    const res = await site.app.request('/media/../secret.txt');
    assert.equal(res.status, 404);
    assert.doesNotMatch(await res.text(), /not for readers/);
  });
});

void describe('server errors', () => {
  void it('renders a plain 500 page, logs the error and shows no stack trace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-site-500-'));
    try {
      const store = await openStore({ dataDir: dir, databaseUrl: null });
      await store.close(); // every query now fails
      const logged: unknown[] = [];
      const app = createSiteApp({
        config: testConfig(dir),
        store,
        mediaDir: dir,
        logError: (_message, error) => logged.push(error),
      });
      const res = await app.request('/en/');
      assert.equal(res.status, 500);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const html = await res.text();
      const page = parsePage(html);
      assert.equal(page.text('h1'), 'Something went wrong');
      assert.equal(attr(page.one('html'), 'lang'), 'en');
      assert.equal(logged.length, 1);
      assert.doesNotMatch(html, /Error|at .*\.ts/, 'no error message or stack reaches the reader');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

void describe('methods other than GET and HEAD', () => {
  const paths = () => ['/', '/en/world/', `/world/${site.ids.hiLead}-kim-rus-yatra`, '/api/sources', '/api/stories', '/no/such/page', '/media/x.jpg'];

  for (const method of ['OPTIONS', 'PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND', 'BREW']) {
    void it(`${method} gets 405 with Allow: GET, HEAD, on pages that exist and pages that do not`, async () => {
      for (const target of paths()) {
        const res = await site.app.request(target, { method });
        assert.equal(res.status, 405, `${method} ${target}`);
        assert.equal(res.headers.get('allow'), 'GET, HEAD', `${method} ${target}`);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', 'the usual headers too');
        assert.doesNotMatch(await res.text(), /<html/i, 'not the 404 page');
      }
    });
  }

  void it('HEAD stays as it was: the headers of GET without a body', async () => {
    const get = await site.app.request('/');
    const head = await site.app.request('/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), get.headers.get('etag'));
    assert.equal(await head.text(), '');
    assert.equal((await site.app.request('/no/such/page', { method: 'HEAD' })).status, 404);
  });
});
