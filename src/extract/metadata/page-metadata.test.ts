import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { readPageMetadata } from './page-metadata.ts';

const read = (html: string, url: string | null = 'https://samvad.example/news/story.html') =>
  readPageMetadata(parseDocument(html, { decodeEntities: true }), url);

const HINDI_PAGE = `<!doctype html><html lang="hi-IN"><head>
<title>नदी पर नया पुल खुला | दैनिक संवाद</title>
<meta property="og:site_name" content="दैनिक संवाद">
<meta property="og:title" content="दैनिक संवाद">
<meta name="author" content="वेब डेस्क">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"Organization","@id":"#org","name":"दैनिक संवाद"},
  {"@type":"Person","@id":"#p1","name":"सीमा वर्मा"},
  {"@type":["NewsArticle"],"headline":"नदी पर नया पुल खुला","author":[{"@id":"#p1"},{"@type":"Organization","name":"डेस्क"}],
   "publisher":{"@id":"#org"},"datePublished":"2026-11-29T10:30:00+05:30","dateModified":"2026-11-29 12:00:00 +0530",
   "inLanguage":"hi","dateline":"पटना",
   "image":{"@type":"ImageObject","url":"/img/pul.jpg","caption":"नया पुल","creditText":"रवि कुमार"}}]}</script>
</head><body><header><h1 class="logo">दैनिक संवाद</h1></header>
<article><h1>नदी पर नया पुल खुला</h1><p class="byline">सीमा वर्मा द्वारा</p><p>पटना: पुल आज खुला।</p></article></body></html>`;

test('a Hindi page: @graph with @id references, the desk credit dropped for the person, IST kept', () => {
  const meta = read(HINDI_PAGE);
  assert.equal(meta.headline, 'नदी पर नया पुल खुला');
  assert.equal(meta.headlineElement?.name, 'h1');
  assert.notEqual(meta.headlineElement?.attribs['class'], 'logo');
  assert.deepEqual(meta.authors, ['सीमा वर्मा']);
  assert.equal(meta.byline, 'सीमा वर्मा');
  assert.deepEqual(meta.bylineElements.map((element) => element.attribs['class']), ['byline']);
  assert.equal(meta.published, '2026-11-29T10:30:00+05:30');
  assert.equal(meta.updated, '2026-11-29T12:00:00+05:30');
  assert.equal(meta.lang, 'hi');
  assert.equal(meta.siteName, 'दैनिक संवाद');
  assert.equal(meta.dateline, 'पटना');
  assert.deepEqual(meta.image, { url: 'https://samvad.example/img/pul.jpg', alt: null, caption: 'नया पुल', credit: 'रवि कुमार' });
});

test('the desk is credited when no one else is, and the visible byline names the person when metadata does not', () => {
  const deskOnly = read(`<html lang="hi"><head><meta name="author" content="न्यूज़ डेस्क"></head><body><h1>बारिश से राहत</h1></body></html>`);
  assert.deepEqual(deskOnly.authors, ['न्यूज़ डेस्क']);
  const shown = read(`<html><head><meta name="author" content="News Desk"></head><body>
    <h1>Rain returns to the valley</h1><div class="byline"><span>By</span> <a rel="author" href="/a/jr">Jane Roe</a> | Nov 29, 2026</div></body></html>`);
  assert.deepEqual(shown.authors, ['Jane Roe']);
  assert.equal(shown.bylineElements.length, 1);
});

test('invalid JSON-LD is skipped or repaired, never thrown', () => {
  const broken = read(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
    <meta property="og:title" content="Ferry service resumes"></head><body><p>x</p></body></html>`);
  assert.equal(broken.headline, 'Ferry service resumes');
  const repairable = read(`<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Ferry service
    resumes", "author": {"@type": "Person", "name": "Ravi Kumar"},}</script></head><body></body></html>`);
  assert.equal(repairable.headline, 'Ferry service resumes');
  assert.deepEqual(repairable.authors, ['Ravi Kumar']);
});

test('metadata that lies yields to the page: site-name og:title, truncated headline, absurd dates, URL authors', () => {
  const meta = read(`<html lang="en"><head><title>Harbor Herald | Local | Tide gates fail during the storm</title>
    <meta property="og:site_name" content="Harbor Herald"><meta property="og:title" content="Harbor Herald">
    <meta property="article:author" content="https://harbor.example/staff/jroe">
    <meta property="article:published_time" content="2931-01-01T00:00:00Z">
    <meta name="date" content="2026-11-28T18:05:00-05:00">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide gates fail during…","author":"Harbor Herald"}</script>
    </head><body><h1>Tide gates fail during the storm</h1><p>By Jane Roe</p></body></html>`);
  assert.equal(meta.headline, 'Tide gates fail during the storm');
  assert.deepEqual(meta.authors, ['Jane Roe']);
  assert.equal(meta.published, '2026-11-28T18:05:00-05:00');
});

test('a title tag with site and section segments gives the headline the h1 shows', () => {
  const meta = read(`<html><head><title>Harbor Herald - Weather - Fog delays the morning ferries</title></head>
    <body><h1>Fog delays the morning ferries</h1></body></html>`);
  assert.equal(meta.headline, 'Fog delays the morning ferries');
  const noH1 = read(`<html><head><title>Fog delays the morning ferries | Harbor Herald</title>
    <meta property="og:site_name" content="Harbor Herald"></head><body></body></html>`);
  assert.equal(noH1.headline, 'Fog delays the morning ferries');
});

test('<base href> decides how relative URLs resolve, and the canonical URL is absolute', () => {
  const meta = read(`<html><head><base href="/archive/2026/"><link rel="canonical" href="story-42.html">
    <meta property="og:image" content="img/ferry.jpg"><meta property="og:image:alt" content="A ferry in fog"></head><body></body></html>`);
  assert.equal(meta.baseUrl, 'https://samvad.example/archive/2026/');
  assert.equal(meta.canonicalUrl, 'https://samvad.example/archive/2026/story-42.html');
  assert.equal(meta.image?.url, 'https://samvad.example/archive/2026/img/ferry.jpg');
  assert.equal(meta.image?.alt, 'A ferry in fog');
  const noPage = read(`<html><head><link rel="canonical" href="/x.html"></head></html>`, null);
  assert.equal(noPage.canonicalUrl, null);
});

test('Dublin Core, article:* tags and microdata fill in when there is no JSON-LD', () => {
  const meta = read(`<html><head><meta name="DC.title" content="Orchard owners count frost losses">
    <meta name="dcterms.creator" content="Min-ji Park"><meta property="article:section" content="Farming">
    <meta property="article:tag" content="frost"><meta property="article:tag" content="apples">
    <meta property="og:locale" content="en_GB"></head>
    <body><article itemscope><time itemprop="datePublished" datetime="2026-03-02T07:15:00+00:00">2 March</time></article></body></html>`);
  assert.equal(meta.headline, 'Orchard owners count frost losses');
  assert.deepEqual(meta.authors, ['Min-ji Park']);
  assert.equal(meta.section, 'Farming');
  assert.deepEqual(meta.keywords, ['frost', 'apples']);
  assert.equal(meta.lang, 'en');
  assert.equal(meta.published, '2026-03-02T07:15:00Z');
});

test('text is NFC with whitespace collapsed and entities decoded once', () => {
  const decomposed = 'Cafe\u0301 owners   meet';
  const meta = read(`<html><head><meta property="og:title" content="${decomposed} &amp;amp; talk"></head><body></body></html>`);
  assert.equal(meta.headline, 'Café owners meet &amp; talk');
});

test('a WebPage whose mainEntity is the article; an agency alone is credited; image arrays give the first', () => {
  const meta = read(`<html><head><script type="application/ld+json">[
    {"@context":"https://schema.org","@type":"WebPage","name":"Wire story page","mainEntity":{
      "@type":["LiveBlogPosting","NewsArticle"],"headline":"Quake drill held across the coast",
      "author":[{"@type":"Organization","name":"PTI"}],"publisher":{"@type":"NewsMediaOrganization","name":"Coast Times"},
      "image":[{"@type":"ImageObject","contentUrl":"https://cdn.example/drill.jpg","copyrightHolder":{"@type":"Organization","name":"Coast Times"}},"https://cdn.example/other.jpg"],
      "articleSection":["Nation"],"keywords":"drill, quake, drill","datePublished":"2026-04-01T09:00:00+05:30"}}]</script></head>
    <body><h1>Quake drill held across the coast</h1></body></html>`);
  assert.equal(meta.headline, 'Quake drill held across the coast');
  assert.deepEqual(meta.authors, ['PTI']);
  assert.equal(meta.siteName, 'Coast Times');
  assert.deepEqual(meta.image, { url: 'https://cdn.example/drill.jpg', alt: null, caption: null, credit: 'Coast Times' });
  assert.equal(meta.section, 'Nation');
  assert.deepEqual(meta.keywords, ['drill', 'quake']);
});

test('an h1 that repeats the title with its labels yields to the element showing the headline alone', () => {
  const title = 'How to help toddlers sleep through the night – Patient Education – Valley Children\'s Hospital';
  const meta = read(`<html><head><title>${title}</title></head><body><h1>${title}</h1>
    <div class="page-title">How to help toddlers sleep through the night</div><p>Text.</p></body></html>`);
  assert.equal(meta.headline, 'How to help toddlers sleep through the night');
  assert.equal(meta.headlineElement?.name, 'div');
  // Dashes are headline punctuation too: without the headline shown alone, the page's h1 stands.
  const alone = read(`<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Text.</p></body></html>`);
  assert.equal(alone.headline, title);
  // A pipe is not: labels after one go even then.
  const piped = read(`<html><head><title>Best ferry routes in Kent 2026 | Top 19 Operators</title></head>
    <body><h1>Best ferry routes in Kent 2026 | Top 19 Operators</h1><p>Text.</p></body></html>`);
  assert.equal(piped.headline, 'Best ferry routes in Kent 2026');
  assert.equal(piped.headlineElement?.name, 'h1');
});

test('a subheading that repeats part of the SEO title does not win over the h1', () => {
  const meta = read(`<html><head><meta property="og:title" content="What is Ferry Travel - A guided introduction"></head>
    <body><h1>An introduction to ferry travel: what riders need to know in 2026</h1>
    <p>Text.</p><h2>What is ferry travel?</h2><p>More text.</p></body></html>`);
  assert.equal(meta.headline, 'An introduction to ferry travel: what riders need to know in 2026');
  assert.equal(meta.headlineElement?.name, 'h1');
  // With no h1 the page shows, a headline-classed element still serves.
  const noH1 = read(`<html><head><meta property="og:title" content="Ferry fares rise for the winter | Harbor Herald"></head>
    <body><div class="headline">Ferry fares rise for the winter</div><p>Text.</p></body></html>`);
  assert.equal(noH1.headline, 'Ferry fares rise for the winter');
  assert.equal(noH1.headlineElement?.name, 'div');
});

test('an SEO title that rewords the headline yields to the h1; a logo h1 never wins', () => {
  const meta = read(`<html><head><meta property="og:site_name" content="Valley Voice">
    <meta property="og:title" content="Valley orchards frost losses 2026: what growers need to know"></head>
    <body><h1>Valley Voice</h1><h1>Frost losses hit valley orchards, growers count the cost</h1></body></html>`);
  assert.equal(meta.headline, 'Frost losses hit valley orchards, growers count the cost');
  assert.equal(meta.headlineElement?.name, 'h1');
});

test('a Hindi page with no metadata: the h1, the "द्वारा" byline and the shown dates with IST', () => {
  const meta = read(`<html lang="hi"><head><title>बाढ़ राहत शिविरों में दवाओं की कमी - समाचार दर्पण</title></head><body>
    <nav><a href="/">होम</a></nav>
    <h1>बाढ़ राहत शिविरों में दवाओं की कमी</h1>
    <div class="meta"><span>द्वारा: अनीता यादव</span>
      <span class="date">प्रकाशित: 28 नवंबर 2026, 09:15 PM IST</span>
      <span class="date">अपडेटेड: 29 नवंबर 2026, 07:40 AM IST</span></div>
    <p>शिविरों में दवाएं कम पड़ रही हैं।</p></body></html>`);
  assert.equal(meta.headline, 'बाढ़ राहत शिविरों में दवाओं की कमी');
  assert.deepEqual(meta.authors, ['अनीता यादव']);
  assert.equal(meta.published, '2026-11-28T21:15:00+05:30');
  assert.equal(meta.updated, '2026-11-29T07:40:00+05:30');
  assert.equal(meta.bylineElements.length, 3);
});

test('a declared publication years after the date in the URL is a template error; the shown date wins', () => {
  const meta = read(`<html><head><meta property="article:published_time" content="2031-03-04T08:00:00Z"></head>
    <body><h1>Harbour dredging starts next week</h1><p class="date">4 March 2026, 08:00 IST</p></body></html>`,
  'https://herald.example/2026/03/04/harbour-dredging/');
  assert.equal(meta.published, '2026-03-04T08:00:00+05:30');
});

test('markup nested 300,000 deep in a JSON-LD string is read as quickly as on the page itself', () => {
  // Decoded without the nesting limit, the headline took htmlparser2 2 s at 100,000 levels and grows with the square of the depth.
  const headline = JSON.stringify(`${'<b>'.repeat(300_000)}x`);
  const start = process.cpuUsage();
  read(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":${headline}}</script></head><body></body></html>`);
  const used = process.cpuUsage(start);
  assert.ok((used.user + used.system) / 1000 < 1000, `took ${Math.round((used.user + used.system) / 1000)} ms of processor time`);
});

test('an author key holding only a profile link gives way to the next key that names someone', () => {
  const meta = read(`<html><head>
    <meta property="article:author" content="https://www.facebook.com/riverside.gazette/">
    <meta name="author" content="Meera Iyer"></head><body><h1>Tide tables change</h1></body></html>`);
  assert.deepEqual(meta.authors, ['Meera Iyer']);
});

test('the "Written by" label pair that SEO plugins write names the author when no other meta tag does', () => {
  const meta = read(`<html><head>
    <meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
    <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Tomás Ruiz"></head>
    <body><h1>Tide tables change</h1></body></html>`);
  assert.deepEqual(meta.authors, ['Tomás Ruiz']);
  const unlabelled = read(`<html><head><meta name="twitter:label1" content="Est. reading time">
    <meta name="twitter:data1" content="4 minutes"></head><body><h1>Tide tables change</h1></body></html>`);
  assert.deepEqual(unlabelled.authors, []);
});

test('a name with a part in brackets is a person, and outranks a weaker source as people do', () => {
  const page = (author: string) => read(`<html><head><meta name="author" content="${author}"></head>
    <body><h1>Tide tables change</h1><p class="byline">By Jane Roe</p></body></html>`);
  assert.deepEqual(page('Paloma (Pita) Serrano').authors, ['Paloma (Pita) Serrano']);
  // Unbalanced, it is no name's shape: the visible byline's person is credited.
  assert.deepEqual(page('Paloma (Pita Serrano').authors, ['Jane Roe']);
});

test('letters after a comma that qualify a name stay with it; a second name after a comma is a second author', () => {
  const page = (author: string) => read(`<html><head><meta name="author" content="${author}"></head>
    <body><h1>Tide tables change</h1></body></html>`);
  assert.deepEqual(page('Matthew Frankel, CFP').authors, ['Matthew Frankel, CFP']);
  assert.deepEqual(page('Anita Desai, RDN, and Omar Haddad, Ph.D.').authors, ['Anita Desai, RDN', 'Omar Haddad, Ph.D.']);
  assert.deepEqual(page('Jane Roe, Li Ma').authors, ['Jane Roe', 'Li Ma']);
});
