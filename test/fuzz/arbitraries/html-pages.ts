/**
 * HTML as the web serves it and as attackers write it: fragments with active
 * content in every place a browser would run it, broken nesting, deep
 * nesting, huge attributes, and whole article pages (metadata, JSON-LD,
 * furniture, a body long enough to be an article).
 *
 * `cleanArticlePage` keeps two promises the properties rely on: its text
 * never decodes to "<" or ">", and MARKER appears only where no reader may
 * see it (scripts, styles, comments, event handlers, style attributes).
 */
import fc from 'fast-check';
import { ENGLISH_WORDS, HINDI_WORDS, escapeMarkup, hostileMarkupText, hostileUrl, longRun, mutated, prose, quietMarkupText, words } from './hostile-text.ts';

/** Placed only in content no reader may see; its appearance in extracted text is a leak. */
export const MARKER = 'QZXMARKERQZX';

const ACTIVE_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'svg', 'math', 'frameset', 'frame', 'base', 'meta', 'link', 'audio', 'video', 'source', 'marquee'] as const;
const TEXT_TAGS = ['p', 'div', 'span', 'b', 'i', 'em', 'strong', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'code', 'pre', 'sub', 'sup', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'font', 'center', 'br', 'hr', 'img', 'picture', 'caption', 'small', 'q', 'cite', 'abbr', 'mark', 'dl', 'dt', 'dd'] as const;

/** Attribute values that run code or load things when a browser meets them. */
const ACTIVE_ATTRIBUTES = fc.oneof(
  fc.constantFrom('onclick', 'onerror', 'onload', 'onmouseover', 'ONFOCUS', 'onanimationstart').map((name) => `${name}="alert('${MARKER}')"`),
  fc.constant(`style="background:url(javascript:alert('${MARKER}'));width:expression(alert('${MARKER}'))"`),
  hostileUrl.map((url) => `href="${escapeMarkup(url)}"`),
  hostileUrl.map((url) => `src="${escapeMarkup(url)}"`),
  hostileUrl.map((url) => `srcset="${escapeMarkup(url)} 2x, ${escapeMarkup(url)} 640w"`),
  hostileUrl.map((url) => `xlink:href="${escapeMarkup(url)}"`),
  hostileUrl.map((url) => `formaction="${escapeMarkup(url)}"`),
  fc.constantFrom('srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"', 'http-equiv="refresh" content="0;url=javascript:alert(1)"', 'hidden', 'aria-hidden="true"', 'class="ad share comment"', 'id="comments"', 'dir="rtl"', 'lang="hi"', 'data-src="https://img.example/a.jpg"', 'width="1" height="1"'),
  longRun(fc.constantFrom('a', 'क', '&amp;', '"'), 20_000).map((value) => `title="${value.replace(/"/g, '&quot;')}"`),
);

const attributes = fc.array(ACTIVE_ATTRIBUTES, { maxLength: 3 }).map((list) => (list.length ? ` ${list.join(' ')}` : ''));

/** Elements that run or hide things, each with content that must never reach a reader. */
const activeElement: fc.Arbitrary<string> = fc.oneof(
  fc.constant(`<script>document.write('<p>${MARKER}</p>')</script>`),
  fc.constant(`<script type="text/template"><p>${MARKER}</p></script>`),
  fc.constant(`<style>p::after{content:"${MARKER}"}</style>`),
  fc.constant(`<!-- ${MARKER} <p>commented out</p> -->`),
  fc.constant(`<svg><script>alert('${MARKER}')</script></svg>`),
  fc.constant(`<math><mtext><style>${MARKER}</style></mtext></math>`),
  fc.constantFrom(...ACTIVE_TAGS).chain((tag) => attributes.map((attrs) => `<${tag}${attrs}></${tag}>`)),
);

/** Active elements as attackers misspell them to get past filters; may leak text, so not in clean pages. */
const obfuscatedActive = fc.constantFrom(
  '<scr<script>ipt>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '<script/xss>alert(1)</script>', '<<script>alert(1)//<</script>',
  '<img """><script>alert(1)</script>">', '<iframe src="javascript:alert(1)">', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href="&#x6A;avascript:alert(1)">y</a>',
  '<svg/onload=alert(1)>', '<body onload=alert(1)>', '<details open ontoggle=alert(1)>', '<math><a xlink:href="javascript:alert(1)">m</a></math>',
  '<table background="javascript:alert(1)">', '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">', '<isindex action=javascript:alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', '<form><button formaction=javascript:alert(1)>b</button></form>',
  '<!--><script>alert(1)</script>-->', '<![CDATA[<script>alert(1)</script>]]>', '</script><script>alert(1)</script>', '<textarea><script>alert(1)</textarea>',
);

type Text = fc.Arbitrary<string>;

const VOID_TAGS = new Set(['br', 'hr', 'img']);

/** A tree of elements written out, with the text drawn from `text`; `xml` closes every element, as XHTML must. */
function elementTree(text: Text, maxDepth: number, xml = false): Text {
  const tree = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth },
      { weight: 4, arbitrary: text },
      { weight: 1, arbitrary: activeElement },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(...TEXT_TAGS), attributes, fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
          .map(([tag, attrs, children, closed]) => {
            if (xml && VOID_TAGS.has(tag)) return `<${tag}${attrs}/>`;
            return `<${tag}${attrs}>${children.join('')}${closed || xml ? `</${tag}>` : ''}`;
          }),
      },
    ),
  }));
  return tree.node;
}

/** Nested thousands to a hundred thousand deep, closed or not: the stack and the tree builder's patience. */
const deepNesting: Text = fc
  .tuple(
    fc.constantFrom('div', 'span', 'b', 'blockquote', 'ul', 'table', 'a', 'font', 'li', 'td', 'p', 'em'),
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 100, max: 6000 }) }, { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 150_000 }) }),
    fc.boolean(),
    prose,
  )
  .map(([tag, depth, closed, inner]) => `<${tag}>`.repeat(depth) + inner + (closed ? `</${tag}>`.repeat(depth) : ''));

/** End tags that close what was never opened, or in the wrong order. */
const brokenNesting: Text = fc
  .array(fc.oneof(prose.map(escapeMarkup), fc.constantFrom('<b><i>', '</b></i>', '<p><div>', '</p>', '</div></div>', '<table><p>', '<li>', '</ul>', '<a href="https://a.example/"><a href="https://b.example/">', '</a>', '<h2><p>', '</h2>', '<select><p>', '</select>', '<title>', '<plaintext>', '<xmp>')), { minLength: 2, maxLength: 16 })
  .map((parts) => parts.join(''));

/** Any fragment of HTML a feed or a page might carry. */
export const hostileFragment: Text = fc.oneof(
  { weight: 4, arbitrary: elementTree(hostileMarkupText, 6) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: brokenNesting },
  { weight: 1, arbitrary: obfuscatedActive },
  { weight: 1, arbitrary: mutated(elementTree(hostileMarkupText, 4)) },
);

/** XHTML as wires embed it: every element closed, text escaped, active content inside. */
export const xhtmlFragment: Text = elementTree(quietMarkupText, 5, true);

const paragraph = (text: Text): Text => fc.array(text, { minLength: 1, maxLength: 4 }).map((parts) => `<p>${parts.join(' ')}</p>`);

/** Several paragraphs of real length, so the extractor finds an article to extract. */
function articleBody(text: Text, extra: Text): Text {
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: paragraph(fc.oneof(text, prose.map(escapeMarkup))) }, { weight: 2, arbitrary: extra }), { minLength: 4, maxLength: 14 })
    .map((parts) => parts.join('\n'));
}

/** JSON-LD as CMSs write it, and as it breaks: truncated, with markup in strings, wrong types. */
function jsonLd(headline: Text): Text {
  return fc
    .record({
      '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', 42),
      '@type': fc.constantFrom('NewsArticle', 'Article', ['NewsArticle', 'WebPage'], 'Person', null),
      headline: fc.oneof(headline, fc.constant(null), fc.integer(), deepNesting),
      datePublished: fc.oneof(feedLikeDate, fc.constant(''), fc.integer()),
      author: fc.oneof(fc.record({ '@type': fc.constant('Person'), name: headline }), fc.array(fc.record({ name: headline }), { maxLength: 3 }), headline),
      image: fc.oneof(hostileUrl, fc.record({ url: hostileUrl })),
    }, { requiredKeys: [] })
    .chain((value) => fc.tuple(fc.constant(JSON.stringify(value).replace(/</g, '\\u003c')), fc.boolean()))
    .map(([json, truncated]) => `<script type="application/ld+json">${truncated ? json.slice(0, Math.floor(json.length / 2)) : json}</script>`);
}

/** Dates the way pages print them, in meta tags and bylines. */
const feedLikeDate: Text = fc.constantFrom(
  '2026-11-29T10:30:00+05:30', '2026-11-29', '29 November 2026, 10:30 AM IST', 'Nov. 29, 2026', '29 नवंबर 2026', '0000-00-00', '9999-12-31', '1764403200',
  'yesterday', '31 February 2026', '2026-13-45T99:99', '2026/11/29 10:30', 'Updated: 29 Nov 2026 10:30 GMT',
);

function page(text: Text, bodyExtra: Text, headExtra: Text): Text {
  return fc
    .record({
      lang: fc.constantFrom('', ' lang="hi"', ' lang="en"', ' lang="x-klingon"', ' lang="ur" dir="rtl"'),
      title: text,
      headline: text,
      description: text,
      url: hostileUrl,
      image: hostileUrl,
      date: feedLikeDate,
      byline: text,
      head: fc.array(headExtra, { maxLength: 3 }),
      ld: jsonLd(text),
      nav: fc.array(fc.constantFrom('<nav><a href="/">Home</a> <a href="/world">World</a></nav>', '<div class="share">Share on X</div>', '<aside>Advertisement</aside>', '<div id="comments"><p>First!</p></div>', '<footer>© 2026 Example</footer>', '<p>Back to top</p>'), { maxLength: 4 }),
      body: articleBody(text, bodyExtra),
    })
    .map((p) => [
      `<!DOCTYPE html><html${p.lang}><head><meta charset="utf-8"><title>${p.title}</title>`,
      `<meta property="og:title" content="${p.headline.replace(/"/g, '&quot;')}">`,
      `<meta name="description" content="${p.description.replace(/"/g, '&quot;')}">`,
      `<link rel="canonical" href="${escapeMarkup(p.url)}"><meta property="og:image" content="${escapeMarkup(p.image)}">`,
      `<meta property="article:published_time" content="${p.date}">`,
      ...p.head,
      p.ld,
      '</head><body>',
      ...p.nav.slice(0, 2),
      `<article><h1>${p.headline}</h1><p class="byline">By ${p.byline}</p><time datetime="${p.date}">${p.date}</time>`,
      p.body,
      '</article>',
      ...p.nav.slice(2),
      '</body></html>',
    ].join('\n'));
}

/** An article page whose text never decodes to "<" or ">" and which holds MARKER only where no reader may see it. */
export const cleanArticlePage: Text = page(quietMarkupText, elementTree(quietMarkupText, 4), activeElement);

/** Any page: hostile text and fragments, mutated now and then, or a page built only to be slow or deep. */
export const hostilePage: Text = fc.oneof(
  { weight: 4, arbitrary: page(hostileMarkupText, hostileFragment, fc.oneof(activeElement, obfuscatedActive)) },
  { weight: 2, arbitrary: mutated(page(hostileMarkupText, hostileFragment, activeElement)) },
  { weight: 1, arbitrary: hostileFragment },
  { weight: 1, arbitrary: fc.tuple(words(HINDI_WORDS, 40), words(ENGLISH_WORDS, 40)).map(([hi, en]) => `<p>${hi}</p><p>${en}</p>`) },
);
