/**
 * The extractor on small hand-written pages (fictional sites and people):
 * what a reader would notice — the story's paragraphs all there and in
 * order, the site's furniture gone, the headline, byline and lead image
 * moved out of the body into their fields — and clear errors for input that
 * holds no article.
 */
import assert from 'node:assert/strict';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { describe, test } from 'node:test';
import type { Article, Block } from './article.ts';
import { ExtractError, extract, type ExtractErrorKind } from './extract.ts';
import { inlinesToText } from './html/inline-normalize.ts';

const ENGLISH_PARAGRAPHS = [
  'The Tollbridge ferry will run every twenty minutes from Monday, the harbour board said on Tuesday, after a winter in which crossings were cut to one an hour.',
  'Board chair Wendeline Aske said the change followed the return of the second vessel, the Curlew, which has been in dry dock since October for repairs to its hull.',
  'Commuters had complained for months about queues at the Quay Street terminal, where, on some mornings, more than two hundred people waited in the rain.',
  'The board also confirmed that fares will not rise this year, although the price of a monthly pass for cyclists will go up by a pound in April.',
];

function englishPage(): string {
  const [first, second, third, fourth] = ENGLISH_PARAGRAPHS;
  return `<!DOCTYPE html><html lang="en"><head>
<title>Ferry back to every twenty minutes | The Estuary Gazette</title>
<meta property="og:title" content="Ferry back to every twenty minutes">
<meta property="og:site_name" content="The Estuary Gazette">
<meta property="og:image" content="https://cdn.estuary-gazette.example/2026/ferry-curlew-1200.jpg">
<meta name="author" content="Ilse Marrow">
<meta property="article:published_time" content="2026-02-10T09:30:00Z">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header class="site-header"><a href="/">The Estuary Gazette</a>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<div class="ad-slot"><span>Advertisement</span></div>
<main>
  <article>
    <h1>Ferry back to every twenty minutes</h1>
    <p class="byline">By <a href="/staff/ilse-marrow">Ilse Marrow</a></p>
    <figure><img src="/img/spacer.gif" data-src="https://cdn.estuary-gazette.example/2026/ferry-curlew-800.jpg" alt="The Curlew at Quay Street">
      <figcaption>The Curlew returns to service. <span class="credit">Photo: Dov Penhallow</span></figcaption></figure>
    <ul class="share-tools"><li><a href="https://social.example/share">Share on Facebook</a></li><li><a href="mailto:?x">Email</a></li></ul>
    <p>${first}</p>
    <p>${second}</p>
    <p class="also-read"><strong>Also read:</strong> <a href="/news/quay-street-queues">Quay Street queues reach record</a></p>
    <div class="advert"><p>Advertisement</p></div>
    <p>${third}</p>
    <img src="https://track.estuary-gazette.example/pixel.gif" width="1" height="1" alt="">
    <p>${fourth}</p>
    <div class="newsletter-signup"><p>Sign up for our newsletter to get the Gazette in your inbox every morning.</p><input type="email"><button>Sign up</button></div>
    <a href="#top" class="back-to-top">Back to top</a>
  </article>
  <section class="related"><h2>Related stories</h2><ul>
    <li><a href="/news/1">Harbour board elects new chair</a></li><li><a href="/news/2">Curlew enters dry dock</a></li></ul></section>
  <section id="comments"><h2>Comments</h2><p>Kestrel99: About time too, the queues were a disgrace every single morning this winter.</p></section>
</main>
<footer><p>© 2026 The Estuary Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

function paragraphs(article: Article): string[] {
  return article.blocks.flatMap((block: Block) => (block.type === 'paragraph' ? [inlinesToText(block.content).trim()] : []));
}

function expectError(work: () => unknown, kind: ExtractErrorKind): ExtractError {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof ExtractError, `expected an ExtractError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    assert.match(error.message, /^extract: /u);
    return error;
  }
  assert.fail(`expected a "${kind}" error, got an article`);
}

describe('extract: an English news page', () => {
  const article = extract(englishPage(), { url: 'https://estuary-gazette.example/news/ferry-twenty-minutes' });

  test('the story paragraphs are all there, in order, and nothing else is prose', () => {
    assert.deepEqual(paragraphs(article), ENGLISH_PARAGRAPHS);
  });

  test('the furniture is gone', () => {
    for (const phrase of ['cookies', 'Advertisement', 'Share on', 'Also read', 'newsletter', 'Back to top', 'Related', 'Kestrel99', 'All rights reserved', 'Weather']) {
      assert.ok(!article.text.includes(phrase), `"${phrase}" is in the text`);
      assert.ok(!JSON.stringify(article.blocks).includes(phrase), `"${phrase}" is in the blocks`);
    }
  });

  test('headline, byline and site come from the page and are not repeated in the body', () => {
    assert.equal(article.headline, 'Ferry back to every twenty minutes');
    assert.equal(article.byline, 'Ilse Marrow');
    assert.equal(article.siteName, 'The Estuary Gazette');
    assert.equal(article.lang, 'en');
    assert.ok(!article.blocks.some((block) => block.type === 'heading'));
    assert.ok(!article.text.includes('By Ilse Marrow'));
  });

  test('the lazy lead image is the article image, with caption and credit, and the tracking pixel is dropped', () => {
    assert.equal(article.image?.src, 'https://cdn.estuary-gazette.example/2026/ferry-curlew-800.jpg');
    assert.equal(inlinesToText(article.image.caption).trim(), 'The Curlew returns to service.');
    assert.equal(article.image.credit, 'Photo: Dov Penhallow');
    assert.ok(!article.blocks.some((block) => block.type === 'figure'), 'no figure left in the body');
  });

  test('the plain text is the paragraphs separated by blank lines', () => {
    assert.equal(article.text, ENGLISH_PARAGRAPHS.join('\n\n'));
  });
});

/** Curly quotes, accents and a star rating: what windows-1252 mojibake garbles most. */
const CAFE_PARAGRAPHS = [
  'The Quay Street café won’t reopen before March, its owner, Agnès Ferrand, told the harbour board on Tuesday after a second inspection of the kitchen.',
  '“We’ve waited since October,” she said — and the board’s answer, she added, was the same as it had been in the autumn: not yet, not until the drains are replaced.',
  'Reviewers had given the café ⭐⭐⭐⭐⭐ before it closed, and regulars say its crème brûlée is worth a wait of a few more weeks.',
];

/**
 * Bytes 0x80–0x9F as windows-1252 reads them (the Encoding Standard's table; the
 * five it leaves undefined stay C1 controls). Node's TextDecoder reads them all
 * as C1 controls, as Latin-1 does.
 */
const WINDOWS_1252_0X80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text as a CMS that read its own UTF-8 as windows-1252 serves it: "’" becomes "â€™". */
function garbled(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return Array.from(bytes, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_0X80[byte - 0x80] : String.fromCharCode(byte))).join('');
}

function cafePage(): string {
  const headline = 'Café won’t reopen before March';
  return garbled(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${headline} | The Estuary Gazette</title>
<meta property="og:title" content="${headline}"></head><body>
<article><h1>${headline}</h1><p class="byline">By Ilse Marrow</p>
${CAFE_PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></body></html>`);
}

describe('extract: a page whose text was garbled by its CMS (UTF-8 read as windows-1252)', () => {
  const article = extract(cafePage(), { url: 'https://estuary-gazette.example/news/cafe-reopening' });

  test('the paragraphs and the headline read as the writer wrote them', () => {
    assert.ok(cafePage().includes('wonâ€™t'), 'the page really is garbled');
    assert.deepEqual(paragraphs(article), CAFE_PARAGRAPHS);
    assert.equal(article.headline, 'Café won’t reopen before March');
  });
});

const HINDI_PARAGRAPHS = [
  'ज़िले के सभी सरकारी स्कूलों में अगले सोमवार से दोपहर का भोजन नए मेन्यू के साथ परोसा जाएगा, जिसमें हफ़्ते में दो दिन दूध और फल शामिल होंगे।',
  'ज़िला शिक्षा अधिकारी सुधा करमरकर ने बताया कि नए मेन्यू की योजना पोषण विशेषज्ञों की सलाह पर बनाई गई है और इसका ख़र्च राज्य सरकार उठाएगी।',
  'अभिभावक संघ के अध्यक्ष ने फ़ैसले का स्वागत किया, लेकिन कहा कि रसोई की साफ़-सफ़ाई की नियमित जाँच भी उतनी ही ज़रूरी है।',
];

function hindiPage(): string {
  const [first, second, third] = HINDI_PARAGRAPHS;
  return `<!DOCTYPE html><html lang="hi"><head><title>स्कूलों में मिड-डे मील का नया मेन्यू - नर्मदा दर्पण</title>
<meta property="og:title" content="स्कूलों में मिड-डे मील का नया मेन्यू"></head><body>
<nav class="main-menu"><a href="/">होम</a> <a href="/desh">देश</a> <a href="/khel">खेल</a></nav>
<div class="story">
  <h1>स्कूलों में मिड-डे मील का नया मेन्यू</h1>
  <div class="share-bar"><a href="#">शेयर करें</a> <a href="#">प्रिंट</a></div>
  <p>जबलपुर: ${first}</p>
  <div class="ad"><span>विज्ञापन</span></div>
  <p>${second}</p>
  <p><strong>यह भी पढ़ें:</strong> <a href="/shiksha/pariksha">बोर्ड परीक्षा की तारीख़ें घोषित</a></p>
  <p>${third}</p>
  <div class="box"><h3>संबंधित खबरें</h3><ul><li><a href="/1">शिक्षकों की भर्ती शुरू</a></li><li><a href="/2">नई किताबें बँटीं</a></li></ul></div>
  <p class="note">(शीर्षक को छोड़कर, इस ख़बर को नर्मदा दर्पण स्टाफ़ द्वारा संपादित नहीं किया गया है और यह सिंडिकेटेड फ़ीड से प्रकाशित हुई है।)</p>
  <a class="scroll-top" href="#">ऊपर जाएं</a>
</div>
<footer>© नर्मदा दर्पण</footer></body></html>`;
}

describe('extract: a Hindi news page', () => {
  const article = extract(hindiPage(), { url: 'https://narmada-darpan.example/shiksha/mid-day-meal' });

  test('the paragraphs are all there in order, the dateline is a field', () => {
    assert.deepEqual(paragraphs(article), HINDI_PARAGRAPHS);
    assert.equal(article.dateline, 'जबलपुर');
    assert.equal(article.lang, 'hi');
  });

  test('share bar, ad label, "यह भी पढ़ें", related list, syndication credit and "ऊपर जाएं" are gone', () => {
    for (const phrase of ['शेयर करें', 'प्रिंट', 'विज्ञापन', 'यह भी पढ़ें', 'संबंधित खबरें', 'शिक्षकों की भर्ती', 'सिंडिकेटेड', 'ऊपर जाएं', 'होम']) {
      assert.ok(!JSON.stringify(article.blocks).includes(phrase), `"${phrase}" is in the body`);
    }
  });
});

describe('extract: input that holds no article', () => {
  test('a front page of headline links is "no article", naming the page', () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Latest</h1><ul>
      ${Array.from({ length: 12 }, (_, i) => `<li><a href="/news/${i}">Harbour board story number ${i} about ferries and fares</a></li>`).join('')}
      </ul></main><footer>© The Estuary Gazette</footer></body></html>`;
    const error = expectError(() => extract(html, { url: 'https://estuary-gazette.example/' }), 'no-article');
    assert.match(error.message, /https:\/\/estuary-gazette\.example\//u);
  });

  test('empty, binary and PDF input fail clearly', () => {
    expectError(() => extract('', { url: null }), 'empty');
    expectError(() => extract('   \n\t ', { url: null }), 'empty');
    expectError(() => extract('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', { url: null }), 'not-html');
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expectError(() => extract(junk, { url: null }), 'not-html');
  });

  test('input over the size limit fails with "too-large" before it is parsed', () => {
    const error = expectError(() => extract(englishPage(), { url: null, maxChars: 1000 }), 'too-large');
    assert.match(error.message, /^extract: input /u);
  });
});

describe('extract: hostile markup', () => {
  test('an article after 100,000 nested elements is found, fast, without overflowing the stack', () => {
    const html = englishPage().replace('<main>', `${'<div>'.repeat(100_000)}${'</div>'.repeat(100_000)}<main>`);
    const start = process.cpuUsage();
    const article = extract(html, { url: null });
    const elapsed = cpuMsSince(start);
    assert.deepEqual(paragraphs(article), ENGLISH_PARAGRAPHS);
    assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms of CPU`);
  });

  test('an article inside 100,000 unclosed nested elements does not crash and finishes fast', () => {
    const html = `<html lang="en"><body>${'<div><span>'.repeat(50_000)}<p>${ENGLISH_PARAGRAPHS[0]}</p><p>${ENGLISH_PARAGRAPHS[1]}</p></body></html>`;
    const start = process.cpuUsage();
    assert.doesNotThrow(() => {
      try {
        extract(html, { url: null });
      } catch (error) {
        if (!(error instanceof ExtractError)) throw error;
      }
    });
    assert.ok(cpuMsSince(start) < 1000, `took ${Math.round(cpuMsSince(start))} ms of CPU`);
  });

  test('a page cut off mid-paragraph gives the part that arrived', () => {
    const html = englishPage();
    const article = extract(html.slice(0, html.indexOf(ENGLISH_PARAGRAPHS[2]!) + 40), { url: null });
    assert.deepEqual(paragraphs(article).slice(0, 2), ENGLISH_PARAGRAPHS.slice(0, 2));
  });
});
