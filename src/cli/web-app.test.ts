import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openSiteFixture, type SiteFixture } from '../site/testdata/site-fixture.ts';
import { createWebApp } from './web-app.ts';

let site: SiteFixture;
let app: ReturnType<typeof createWebApp>;

before(async () => {
  site = await openSiteFixture();
  app = createWebApp({ config: site.config, store: site.store, mediaDir: path.join(site.dir, 'media'), logError: () => {} });
});

after(async () => {
  await site.close();
});

test('public pages keep the site\'s script-free CSP; desk pages get the desk\'s own', async () => {
  const home = await app.request('/');
  assert.equal(home.status, 200);
  assert.match(home.headers.get('content-security-policy') ?? '', /script-src 'none'/);
  assert.equal(home.headers.get('cache-control'), 'public, no-cache');

  const login = await app.request('/desk/login');
  assert.equal(login.status, 200);
  const csp = login.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(login.headers.get('cache-control'), 'no-store');
  assert.match(login.headers.get('set-cookie') ?? '', /Path=\/desk;/);
  assert.doesNotMatch(await login.text(), /skip-link|site-header/, 'not in the site\'s chrome');
});

test('everything under /desk is the desk\'s, and nothing else is', async () => {
  const desk = await app.request('/desk');
  assert.equal(desk.status, 303);
  assert.equal(desk.headers.get('location'), '/desk/login');
  assert.equal((await app.request('/desk/anything/else')).headers.get('location'), '/desk/login?next=%2Fdesk%2Fanything%2Felse');
  // A section-like path that merely starts with "desk" stays the site's.
  const other = await app.request('/desktop/');
  assert.equal(other.status, 404);
  assert.match(other.headers.get('content-security-policy') ?? '', /script-src 'none'/);
  assert.equal((await app.request('/api/sources')).status, 200);
});
