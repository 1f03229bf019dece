import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { extract } from '../extract.ts';
import { readPageMetadata } from './page-metadata.ts';
import { isFurnitureImageUrl } from './site-furniture-images.ts';

const URL_OF_PAGE = 'https://ledger.example/2026/11/knitwear.html';

const imageOf = (head: string, body = '<article><h1>Knitwear orders rise</h1><p>Orders rose 9% this season, exporters said.</p></article>') =>
  readPageMetadata(parseDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { decodeEntities: true }), URL_OF_PAGE).image?.url ?? null;

test('a logo, favicon, sprite, default card or beacon named as such is no lead image', () => {
  for (const url of [
    'https://ledger.example/img/logo.png',
    'https://ledger.example/assets/site-logo@2x.png',
    'https://ledger.example/logos/ledger.svg',
    'https://cdn.example/branding/ledger_logo-1200x630.jpg',
    'https://track.example/1x1.png',
    'https://ledger.example/favicon-192.png',
    'https://ledger.example/img/default-share.jpg',
    'https://track.example/pixel.gif?u=1',
  ]) assert.ok(isFurnitureImageUrl(url), url);
  for (const url of [
    'https://ledger.example/img/knitwear-800.jpg',
    'https://ledger.example/img/logistics-hub.jpg',
    'https://ledger.example/photos/catalogue-launch.jpg',
    'https://ledger.example/img/blogosphere.png',
    'https://ledger.example/img/brand-new-metro-line.jpg',
    'https://ledger.example/img/pixel-phone-launch.jpg',
    'https://ledger.example/img/tracking-the-monsoon.jpg',
  ]) assert.ok(!isFurnitureImageUrl(url), url);
});

test('og:image naming the logo is passed over for the next candidate, or for none', () => {
  assert.equal(imageOf('<meta property="og:image" content="/img/logo.png">'), null);
  assert.equal(
    imageOf('<meta property="og:image" content="/img/logo.png"><meta name="twitter:image" content="/img/knitwear.jpg">'),
    'https://ledger.example/img/knitwear.jpg',
  );
  const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Knitwear orders rise","image":"https://ledger.example/img/logo.png"}</script>';
  assert.equal(imageOf(`${jsonLd}<meta property="og:image" content="/img/knitwear.jpg">`), 'https://ledger.example/img/knitwear.jpg');
});

test('an image the page shows in its header or navigation, or marks as a logo, is the site\'s', () => {
  const og = '<meta property="og:image" content="https://ledger.example/img/masthead-96.png">';
  const fileName = 'https://ledger.example/img/ledger-mark.png';
  const named = `<meta property="og:image" content="${fileName}">`;
  assert.equal(imageOf(named, `<header><a href="/"><img src="${fileName}" alt=""></a></header><article><p>Text.</p></article>`), null, 'in the site header');
  assert.equal(imageOf(named, `<div role="banner"><img src="${fileName}" alt=""></div>`), null, 'in a banner');
  assert.equal(imageOf(named, `<nav><img src="${fileName}" alt=""></nav>`), null, 'in the navigation');
  assert.equal(imageOf(named, `<div><img class="site-logo" src="${fileName}"></div>`), null, 'classed as a logo');
  assert.equal(imageOf(named, `<div><img alt="Deccan Ledger logo" src="${fileName}"></div>`), null, 'described as a logo');
  assert.equal(imageOf(named, `<div><img width="1" height="1" src="${fileName}"></div>`), null, 'a 1×1 beacon');
  assert.equal(imageOf(og), null, 'masthead in the file name');
  const photo = 'https://ledger.example/img/knitwear.jpg';
  assert.equal(
    imageOf(`<meta property="og:image" content="${photo}">`, `<article><header><h1>Knitwear</h1><img src="${photo}" alt="Looms"></header><p>Text.</p></article>`),
    photo,
    'an article\'s own header holds its picture',
  );
  assert.equal(imageOf(`<meta property="og:image" content="${photo}">`, `<div><img alt="Brand new looms at the mill" src="${photo}"></div>`), photo, 'alt text about a brand is no logo mark');
});

test('the article extracted from a page whose og:image is its logo has no lead image, and keeps its photo when there is one', () => {
  const page = (ogImage: string) => `<!doctype html><html lang="en"><head><title>Knitwear orders rise</title>
<meta property="og:image" content="${ogImage}"></head><body>
<header class="dl-header"><a class="dl-logo" href="/">Deccan Ledger</a></header>
<article><h1>Knitwear orders rise</h1>
<p>TIRUPPUR: Knitwear exporters in Tiruppur have seen orders from Britain rise about 9% this season, as retailers order earlier.</p>
<p>The exporters' forum said its member units had booked orders worth about 14,300 crore for shipment by June.</p>
<p>Exporters also credited faster customs clearance at the port, where cargo now waits about two days instead of four.</p>
</article></body></html>`;
  assert.equal(extract(page('/img/logo.png'), { url: URL_OF_PAGE }).image, null);
  assert.equal(extract(page('/img/knitwear.jpg'), { url: URL_OF_PAGE }).image?.src, 'https://ledger.example/img/knitwear.jpg');
});
