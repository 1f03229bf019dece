/**
 * Which part of a page becomes the body, on pages (fictional sites and
 * people) where names and markup mislead: a story wrapper named like a
 * menu, a story split by anchored headings, a story pasted as a whole
 * document, a story in steps, collapsed sections, parts of one body or one
 * page sharing a class, an opening set apart from the named body, a table
 * of entries with its introduction, a gallery set in the story, a story
 * sent once per screen layout, notes set in <aside>, a post excerpt, a
 * stream of teasers after the story, lists of links that are the story's
 * sources or the site's furniture, lists of documents, a page with nothing
 * but its few words, and the story's own text in script links,
 * furniture-named phrases, an overlay, a sub-list, a formula and a passing
 * mention of a syndicated feed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../article.ts';
import { extract } from '../extract.ts';

const URL = 'https://saltmarsh-ledger.example/2026/05/lock-gates';

const STORY = [
  'The lock gates at Fennick Cut will be replaced over the summer, the canal trust said on Thursday, after an inspection found rot in both lower leaves.',
  'Trust engineer Marisol Venn said boats would be lifted around the lock on a crane for six weeks, and that moorings above the cut would stay open throughout.',
  'Boaters have complained for two winters that the gates leak so badly, at times, that the chamber takes twenty minutes to fill instead of five.',
  'The new gates, built of green oak in the trust workshop at Aldmoor, will weigh nearly four tonnes each and should last for a quarter of a century.',
  'A public meeting on the closure will be held at the Fennick village hall on the first Monday of June, with the engineers there to answer questions.',
];

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Fennick lock gates to be replaced</title>
<link rel="canonical" href="${URL}"></head><body>
<nav><a href="/">Home</a> <a href="/canals">Canals</a> <a href="/towns">Towns</a></nav>
${body}
<footer><a href="/about">About the Saltmarsh Ledger</a></footer></body></html>`;
}

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('\n');

function article(html: string): Article {
  return extract(html, { url: URL, language: 'en' });
}

function assertWholeStory(text: string): void {
  let from = 0;
  for (const paragraph of STORY) {
    const at = text.indexOf(paragraph, from);
    assert.ok(at >= 0, `missing or out of order: ${paragraph.slice(0, 40)}…`);
    from = at + paragraph.length;
  }
}

describe('extract: the body is the whole story', () => {
  test('a part of the story in a wrapper whose class says "nav" is kept: it holds paragraphs, not links', () => {
    const more = [
      'The trust has set aside two hundred thousand pounds for the work, most of it from a grant awarded last year by the county heritage fund.',
      'Walkers will be able to cross the cut on a temporary footbridge, which will be put up beside the lock cottage before the old gates come out.',
      'The last time the gates at Fennick were replaced was in 2001, when the work took three months and the lock was closed over the whole summer.',
      'Anglers have been asked to keep clear of the lock approaches while the crane is working, and the trust will post notices along the towpath.',
    ];
    const html = page(`<main><h1>Fennick lock gates to be replaced</h1>
<div><div class="rtf">${paragraphs(STORY)}</div></div>
<div class="nav-section"><div class="rtf">${paragraphs(more)}</div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    for (const paragraph of more) assert.ok(text.includes(paragraph), `missing: ${paragraph.slice(0, 40)}…`);
  });

  test('headings wrapped in <a> anchors without href do not read as links and split the story', () => {
    const html = page(`<main><div class="cmp-text">${paragraphs(STORY.slice(0, 2))}</div>
<div class="cmp-text"><h3><a id="closure"><strong>THE CLOSURE</strong></a></h3>${paragraphs(STORY.slice(2, 4))}
<h3><a id="meeting"><strong>THE MEETING</strong></a></h3>${paragraphs(STORY.slice(4))}</div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /THE MEETING/u);
  });

  test('a story pasted into the page as a whole document of its own is taken whole', () => {
    const html = page(`<main><div>${paragraphs(STORY.slice(0, 1))}<html><body>
<div>${paragraphs(STORY.slice(1))}</div></body></html></div></main>`);
    assertWholeStory(article(html).text);
  });

  test('a story split into parts inside its <article> is taken whole, not only its longest part', () => {
    const html = page(`<main><article><div class="story-body">${paragraphs(STORY.slice(0, 1))}</div>
<div class="promo-slot"></div><div class="story-body">${paragraphs(STORY.slice(1))}</div></article></main>`);
    assertWholeStory(article(html).text);
  });

  test('a story streamed in hidden segments that a script moves into place is shown, and a hidden box is not', () => {
    const segments = STORY.map((paragraph, i) => `<div hidden id="S:${i.toString(16)}"><p>${paragraph}</p></div>`).join('\n');
    const html = page(`<main><div id="story"><template id="P:0"></template></div>
<div hidden id="newsletter-box"><p>Every Friday the canal news from all along the Saltmarsh, straight to your inbox, for nothing at all.</p></div></main>${segments}`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Every Friday/u);
  });

  test('steps written as paragraphs inside list items outvote a single summary paragraph in its own <article>', () => {
    const summary = 'Fennick lock, first cut in 1794, rebuilt in 1860, again in 1931, and patched, re-hung, re-caulked and re-painted most winters since, is the busiest lock on the Saltmarsh, with some four thousand boats a year.';
    const steps = STORY.map((paragraph) => `<li><p>${paragraph}</p></li>`).join('\n');
    const html = page(`<main><article class="quick-look"><p>${summary}</p></article>
<section class="closure-plan"><div><ol>${steps}</ol></div></section></main>`);
    assertWholeStory(article(html).text);
  });

  test('sections collapsed under toggle buttons, or hidden until found, are kept; hidden text with no toggle is not', () => {
    const panels = STORY.slice(2, 4).map((paragraph, i) => `<div class="panel"><h3><button aria-expanded="false">Question ${i + 1}</button></h3>
<div hidden><p>${paragraph}</p></div></div>`).join('\n');
    const html = page(`<main><div class="story">${paragraphs(STORY.slice(0, 2))}${panels}
<div hidden="until-found"><p>${STORY[4]}</p></div>
<div style="display:none"><p>Cheap narrowboat insurance, cheap narrowboat insurance quotes, the cheapest narrowboat insurance online today.</p></div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /insurance/u);
  });

  test('a story split by the site\'s editor into blocks of one class is taken whole, though each block is named as body', () => {
    const table = ['Lower gates: 2 leaves, green oak', 'Upper gates: 2 leaves, green oak', 'Paddles: 8, cast iron', 'Crane lifts: about 40 boats a week']
      .map((row) => `<li><a href="/glossary/${row.split(':')[0]!.toLowerCase().replace(' ', '-')}">${row.split(':')[0]}</a>:${row.split(':')[1]}</li>`).join('');
    const more = [
      'The trust has set aside two hundred thousand pounds for the work, most of it from a grant awarded last year by the county heritage fund.',
      'Walkers will be able to cross the cut on a temporary footbridge, which will be put up beside the lock cottage before the old gates come out.',
      'The last time the gates at Fennick were replaced was in 2001, when the work took three months and the lock was closed over the whole summer.',
      'Anglers have been asked to keep clear of the lock approaches while the crane is working, and the trust will post notices along the towpath.',
      'Boaters who moor above the cut for the winter have been offered free berths at Aldmoor basin until the new gates are hung and tested.',
    ];
    const html = page(`<main><div id="story" class="story-body"><div class="rich-text">${paragraphs(STORY.slice(0, 2))}<ul>${table}</ul></div>
<div class="rich-text">${paragraphs(STORY.slice(2))}${paragraphs(more)}${paragraphs(more.map((p) => p.replace('the', 'this year the')))}</div></div>
<div class="writer-note"><p>Tamsin Orde has written about the canals of the Saltmarsh for the Ledger since 2019, and keeps a narrowboat at Aldmoor basin.</p></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /Crane lifts/u);
    assert.doesNotMatch(text, /Tamsin Orde/u, 'the parts of the body are taken together, and no more');
  });

  test('an opening paragraph set in its own box (a <header>, even) between headline and body is the story\'s; the site\'s commission note there is not', () => {
    const body = [...STORY.slice(1), ...MORE_STORY, ...MORE_STORY.map((p) => p.replace('the', 'this year the'))];
    const html = page(`<main><div class="wrap"><h1>Fennick lock gates to be replaced</h1>
<div class="credits">By Tamsin Orde, 4 May 2026</div>
<div class="note"><p>We may earn a commission when you book a mooring through the links on this page, at no extra cost to you.</p></div>
<header class="opening"><p>${STORY[0]}</p></header>
<img src="/img/lock.jpg" alt="">
<div class="article-body">${paragraphs(body)}</div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /commission/u);
  });

  test('a synopsis between headline and body sums the story up and is not taken as its opening', () => {
    const body = [...STORY, ...MORE_STORY];
    const html = page(`<main><div class="wrap"><h1>Fennick lock gates to be replaced</h1>
<div class="art-synopsis"><p>Rotten lower gates at Fennick Cut are to be replaced in a six-week summer closure, with boats craned around the lock.</p></div>
<div class="article-body">${paragraphs(body)}</div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Rotten lower gates/u);
  });

  test('a table of entries is a part of the story: the introduction above it comes too, though links follow it', () => {
    const locks = ['Fennick', 'Aldmoor', 'Kell Lane', 'Oxmere', 'Heron Bank', 'Saltcote', 'Brindle', 'Maw End', 'Quayside', 'Tansy', 'Old Mill', 'Harrow'];
    const rows = locks.map((name, i) => `<tr><td>${name}</td><td>${1790 + i * 7}</td>
<td>A single chamber of brick, rebuilt in stone after the floods of ${1850 + i}, with oak gates, iron paddles and a keeper's cottage beside it.</td></tr>`).join('\n');
    const seeAlso = locks.map((name) => `<li><a href="/wiki/${name.replace(' ', '_')}_lock">${name} lock</a></li>`).join('');
    const html = page(`<main><h1>Locks of the Saltmarsh canals</h1><div class="wide">
<p>This list of locks on the Saltmarsh canals gives, for each lock, the year it opened and a short account of how it was built, rebuilt and kept.</p>
<table class="listing"><thead><tr><th>Lock</th><th>Opened</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>
<h2>See also</h2><ul>${seeAlso}</ul></div></main>`);
    const { text } = article(html);
    assert.match(text, /This list of locks on the Saltmarsh canals/u);
    assert.match(text, /rebuilt in stone after the floods of 1850/u);
  });

  test('sections of one page marked up as a run of <article>s of one class are taken together', () => {
    const parts = [STORY.slice(0, 1), STORY.slice(1, 4), STORY.slice(4)];
    const sections = parts.map((part, i) => `<article class="guide-part" id="part${i + 1}"><h2>Part ${i + 1}</h2>${paragraphs(part)}</article>`).join('\n');
    const html = page(`<main><h1>Fennick lock gates to be replaced</h1><div class="parts">${sections}</div></main>`);
    assertWholeStory(article(html).text);
  });

  test('the next story loaded below the first, an <article> of the same class with its own headline, stays out', () => {
    const next = STORY.map((paragraph) => paragraph.replace(/Fennick/gu, 'Oxmere').replace(/lock/gu, 'swing bridge'));
    const html = page(`<main><article class="post"><h1>Fennick lock gates to be replaced</h1>${paragraphs(STORY)}</article>
<article class="post"><h1>Oxmere swing bridge to be repaired</h1>${paragraphs(next.slice(0, 3))}</article></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Oxmere/u);
  });

  test('a story sent once per screen layout is taken once; a paragraph the author repeats stays twice', () => {
    const refrain = `${STORY.join(' ')} (the notice posted at the lock)`;
    const layout = `<div class="copy">${paragraphs(STORY)}</div>`;
    const html = page(`<main><div class="layouts">${layout}${layout}${layout}</div><div class="notice"><p>${refrain}</p><p>${refrain}</p></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.equal(text.split(STORY[0]!).length - 1, 3, 'the opening paragraph once in the story and twice in the repeated notice');
  });

  test('a paragraph styled with a font-size utility class is prose, not a font-size control', () => {
    const styled = `<p class="u-font-size-small">${STORY[2]}</p><p class="has-large-font-size">${STORY[3]}</p><p class="text-size-lg">${STORY[4]}</p>`;
    const html = page(`<main><div class="story">${paragraphs(STORY.slice(0, 2))}${styled}</div>
<div class="font-size-controls"><span>A-</span><span>A+</span></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /A\+/u);
  });

  test('a stream of teasers after the story is not taken in with it', () => {
    const teasers = ['Swing bridge at Oxmere reopens after repairs', 'Towpath at Kell Lane closed for resurfacing', 'Record year for boat licences on the Saltmarsh', 'Heron colony returns to the Fennick reedbeds'];
    const stream = teasers.map((headline, i) => `<li><div><div><h3><a href="/2026/05/story-${i}">${headline}</a></h3>
<p>The trust said work would be finished by the end of the month, and thanked residents, boaters and walkers for their patience during the closure.</p></div>
<div>Saltmarsh Ledger</div></div></li>`).join('\n');
    const html = page(`<div id="page"><section class="story">${paragraphs(STORY)}</section>
<div><div><h2>More from the Ledger</h2></div><div><ul>${stream}</ul></div></div></div>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /thanked residents|Swing bridge/u);
  });
});

describe('extract: galleries', () => {
  const slides = (count: number): string => Array.from({ length: count }, (_, i) => `<li><img src="/pics/${i}.jpg" alt="">
<h2>${i + 1}/${count} Harbour scene number ${i + 1}</h2><p>Fishing boats, a lifeboat crew and visitors on the quay at Saltcote, on an afternoon of wind and low sun, photographed for the weekly picture round-up.</p></li>`).join('\n');

  test('a gallery of the site\'s pictures set inside the story is not the story, though its captions outweigh it', () => {
    const html = page(`<main><div class="story-text">${paragraphs(STORY.slice(0, 3))}
<div class="widget type-gallery"><h2>Canal life in pictures</h2><ul class="captions">${slides(12)}</ul></div>
${paragraphs(STORY.slice(3))}</div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Harbour scene|weekly picture round-up|Canal life in pictures/u);
  });

  test('a page that is a slideshow, with a line of introduction, keeps its slides', () => {
    const html = page(`<main><div class="story-text"><p>The best of the week on the water, from our readers and photographers.</p>
<div class="slideshow">${slides(8)}</div></div></main>`);
    assert.match(article(html).text, /photographed for the weekly picture round-up/u);
  });
});

describe('extract: asides', () => {
  test('a note of prose set among the story\'s paragraphs stays; a sidebar beside the story and an aside of links go', () => {
    const note = 'How a lock works: water from the upper pound fills the chamber through paddles in the gates, lifting the boat, and the lower paddles let it out again into the pound below, lowering the boat for the next stretch of the cut.';
    const links = ['Oxmere bridge reopens', 'Kell Lane towpath closed', 'Boat licences at a record'].map((name, i) => `<li><a href="/2026/05/other-${i}">${name}</a></li>`).join('');
    const sidebar = 'The Saltmarsh Ledger is written by volunteers who live along the canal, and has reported on its boats, bridges and locks every week since 1988.';
    const html = page(`<main><div class="layout"><div class="column">${paragraphs(STORY.slice(0, 2))}<aside class="box">${paragraphs([note])}</aside>
${paragraphs(STORY.slice(2, 4))}<aside class="box"><ul>${links}</ul></aside>${paragraphs(STORY.slice(4))}</div>
<aside class="box"><p>${sidebar}</p></aside></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /How a lock works/u);
    assert.doesNotMatch(text, /Oxmere bridge|written by volunteers/u);
  });
});

describe('extract: the excerpt over the story', () => {
  test('a blog\'s post excerpt under the headline is the standfirst, not the body\'s first paragraph', () => {
    const excerpt = 'Six weeks without the lock at Fennick, and a crane to lift boats round it: what the closure means for boaters.';
    const html = page(`<main><article><div class="post-header"><h1>Fennick lock gates to be replaced</h1>
<div class="post-excerpt">${excerpt}</div></div><div class="post-body">${paragraphs(STORY)}</div></article></main>`);
    const result = article(html);
    assertWholeStory(result.text);
    assert.doesNotMatch(result.text, /what the closure means/u);
    assert.equal(result.standfirst, excerpt);
  });

  test('a box named "summary" after the story\'s first paragraphs stays in the story and is no standfirst', () => {
    const summary = 'The bottom line: the lock reopens in August, and moorings above the cut stay open all summer.';
    const html = page(`<main><article><h1>Fennick lock gates to be replaced</h1>
<div class="post-body">${paragraphs(STORY.slice(0, 3))}<div class="summary">${summary}</div>${paragraphs(STORY.slice(3))}</div></article></main>`);
    const result = article(html);
    assertWholeStory(result.text);
    assert.match(result.text, /The bottom line: the lock reopens in August/u);
    assert.notEqual(result.standfirst, summary);
  });
});

describe('extract: cards around the story', () => {
  test('cards whose headline and summary sit inside one link are links, not prose to take in', () => {
    const cards = ['Learn to steer a narrowboat', 'Lock keeping for volunteers', 'Caring for a green oak gate'].map(
      (title, i) => `<a href="/courses/${i}"><div><h3>${title}</h3><p>A free course from the canal trust, with practical sessions at the Aldmoor workshop, online lessons and a certificate at the end.</p></div></a>`,
    ).join('\n');
    const html = page(`<div class="page"><div class="col">${paragraphs(STORY)}</div>
<section><div>${cards}</div></section></div>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /A free course/u);
  });

  test('cards inside the story that declare themselves articles of their own go; the story, itself an article, stays', () => {
    const cards = ['Swing bridge at Aldmoor to reopen', 'Towpath resurfaced near Fennick'].map(
      (title, i) => `<li itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline"><a href="/2026/04/${i}">${title}</a></h3>
<p>The trust has finished another job on the canal this spring, and boaters and walkers alike can use the route again from the weekend.</p></li>`,
    ).join('\n');
    const html = page(`<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Fennick lock gates to be replaced</h1>
${paragraphs(STORY.slice(0, 3))}<ul>${cards}</ul>${paragraphs(STORY.slice(3))}</article>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /another job on the canal/u);
  });
});

describe('extract: lists of links in the story', () => {
  test('a list of sources on other sites stays, a list of the site\'s own stories goes', () => {
    const sources = ['Canal trust inspection report, 2026', 'Aldmoor workshop oak supply notes', 'Fennick parish council minutes'];
    const sourceList = sources.map((name, i) => `<li><a href="https://source-${i}.example/report">${name}</a></li>`).join('');
    const ownList = ['Oxmere bridge reopens', 'Kell Lane towpath closed', 'Boat licences at a record'].map(
      (name, i) => `<li><a href="/2026/05/other-${i}">${name}</a></li>`,
    ).join('');
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<ul>${sourceList}</ul><ul>${ownList}</ul></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    for (const name of sources) assert.match(text, new RegExp(name, 'u'));
    assert.doesNotMatch(text, /Oxmere bridge reopens/u);
  });

  test('a one-point list written as a sentence stays, though most of it is links within the site; a list of headlines goes', () => {
    const point = '<li>Crews will then also <a href="/2026/05/paddle-gear">repair the paddle gear on both the upper and lower gates</a> and <a href="/2026/05/lock-steps">rebuild the worn stone steps beside the chamber</a></li>';
    const ownList = ['Oxmere bridge reopens', 'Kell Lane towpath closed', 'Boat licences at a record'].map(
      (name, i) => `<li><a href="/2026/05/other-${i}">${name}</a></li>`,
    ).join('');
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<ul>${point}</ul><ul>${ownList}</ul></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /Crews will then also repair the paddle gear on both the upper and lower gates and rebuild the worn stone steps beside the chamber/u);
    assert.doesNotMatch(text, /Oxmere bridge reopens/u);
  });
});

describe('extract: lists of documents', () => {
  test('a list of the site\'s own documents to download stays: forms and reports are the page\'s material', () => {
    const documents = ['Closure notice for boaters', 'Crane lift booking form', 'Inspection report, lower gates'];
    const list = documents.map((name, i) => `<li><a href="/files/2026/fennick-${i}.pdf">${name}</a></li>`).join('');
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<div class="downloads"><ul>${list}</ul></div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    for (const name of documents) assert.match(text, new RegExp(name, 'u'));
  });
});

describe('extract: a page that is nothing but its content', () => {
  test('a few words with no link, menu or form anywhere are the article', () => {
    const html = '<!DOCTYPE html><html><head><title>Tide times</title></head><body>High water at Fennick 06:12</body></html>';
    assert.equal(article(html).text, 'High water at Fennick 06:12');
  });

  test('the same words with a link elsewhere on the page are "no article"', () => {
    const html = '<!DOCTYPE html><html><head><title>Tide times</title></head><body><a href="/">Home</a><p>High water at Fennick 06:12</p></body></html>';
    assert.throws(() => article(html), (error: Error & { kind?: string }) => error.kind === 'no-article');
  });
});

describe('extract: readers\' comments', () => {
  const comments = (n: number): string =>
    Array.from({ length: n }, (_, i) => `<div><div><b>Reader ${i + 1}</b> on 12 May 2026 at 09:${10 + i}</div>
<div>Good news at last, the old gates have leaked for as long as I have kept a boat above the cut, and I have kept one there for years.</div>
<div><a href="#reply-${i}">Reply</a></div></div>`).join('\n');

  test('a count heading over a run of look-alike entries, with no class names, ends the story', () => {
    const html = page(`<main><div>${paragraphs(STORY)}<h3>4 comments</h3><div>${comments(4)}</div></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Good news at last|4 comments/u);
  });

  test('a section named for comments goes even when it holds more text than the story', () => {
    const html = page(`<main><div>${paragraphs(STORY)}</div><div class="comment-box"><h3>What our readers say</h3>${comments(9)}</div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /Good news at last/u);
  });

  test('a numbered heading of the story itself is not a count heading', () => {
    const sections = STORY.slice(2).map((paragraph) => `<div><p>${paragraph}</p></div>`).join('');
    const html = page(`<main><div>${paragraphs(STORY.slice(0, 2))}<h3>3 reasons for the closure</h3>${sections}</div></main>`);
    assertWholeStory(article(html).text);
  });
});

/** More of the story, for a test that needs more than a few paragraphs of it. */
const MORE_STORY = [
  'The trust has set aside two hundred thousand pounds for the work, most of it from a grant awarded last year by the county heritage fund.',
  'Walkers will be able to cross the cut on a temporary footbridge, which will be put up beside the lock cottage before the old gates come out.',
  'Anglers have been asked to keep clear of the lock approaches while the crane is working, and the trust will post notices along the towpath.',
  'The last time the gates at Fennick were replaced was in 2001, when the work took three months and the lock was closed over the whole summer.',
];

describe('extract: text inside links, overlays and lists that is the story\'s own', () => {
  test('paragraphs glossed through javascript: links are prose, not links: a reader cannot follow them', () => {
    const glossed = STORY.map((paragraph) => `<p><a href="javascript:void(0)" onclick="showNote(this)">${paragraph}</a></p>`).join('\n');
    const html = page(`<div class="text">${glossed}</div><div class="side"><p><a href="/canals/fennick">Fennick Cut: a short history of the lock and its keepers</a></p></div>`);
    assertWholeStory(article(html).text);
  });

  test('a link to another story inside a sentence stays, though its class says "related"; a label only screen readers hear goes', () => {
    const sentence = 'The gates were last repaired in 2019, the trust\'s records show, when <a class="related-link" href="/2019/03/gates">a boat struck the upper leaf<span class="sr-only"> (opens the 2019 story)</span></a> in fog one winter night.';
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<p>${sentence}</p></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /when a boat struck the upper leaf in fog one winter night/u);
  });

  test('a story opened in an overlay over the section front is the article, not the teasers under it', () => {
    const teasers = Array.from({ length: 14 }, (_, i) => `<li><h3><a href="/2026/05/story-${i}">Towpath notice number ${i + 1}</a></h3>
<p>Walkers and cyclists are asked to give way to the work boats on this stretch of the towpath while the banks are being repaired by the trust.</p></li>`).join('\n');
    const html = page(`<main><ul class="stream">${teasers}</ul>
<div class="modal is-open"><article><h2>Fennick lock gates to be replaced</h2>${paragraphs([...STORY, ...MORE_STORY])}</article></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.doesNotMatch(text, /give way to the work boats/u);
  });

  test('a list of the site\'s own notices under an item of the story\'s list stays with the list', () => {
    const notices = ['Notice 14: crane lift at Fennick', 'Notice 15: moorings above the cut', 'Notice 16: footbridge by the cottage'];
    const subList = notices.map((notice, i) => `<li><a href="/notices/${14 + i}">${notice}</a></li>`).join('');
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<ul>
<li>The trust has published notices for each stage of the work:<ul>${subList}</ul></li>
<li>The towpath itself stays open, apart from a few hours while the crane is lifting the gates.</li></ul></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    for (const notice of notices) assert.match(text, new RegExp(notice, 'u'));
  });

  test('a formula in a sentence keeps its symbols; its TeX source does not come along', () => {
    const formula = '<math><semantics><mrow><mi>t</mi><mo>=</mo><mn>20</mn></mrow><annotation encoding="application/x-tex">t = 20</annotation></semantics></math>';
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<p>At present the chamber takes ${formula} minutes to fill, four times what it should.</p></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /takes t=20 minutes to fill/u);
  });

  test('a sentence that names a syndicated feed in passing stays; the credit saying the story came from one goes', () => {
    const passing = 'Closure notices reach boaters by text message, by email and through its syndicated feed, which most marina offices show on a screen.';
    const html = page(`<main><div class="story-text">${paragraphs(STORY)}<p>${passing}</p>
<p class="note">This story was published unedited from a syndicated feed.</p></div></main>`);
    const { text } = article(html);
    assertWholeStory(text);
    assert.match(text, /through its syndicated feed/u);
    assert.doesNotMatch(text, /published unedited/u);
  });
});
