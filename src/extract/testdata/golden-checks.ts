/**
 * Hand-written expectations for the golden pages, taken from the pages
 * themselves and not from the generated .expected.json files: a golden file
 * regenerated from a broken extractor still fails these.
 */
import assert from 'node:assert/strict';
import type { Article, Block, Figure, Inline } from '../article.ts';
import { inlinesToText } from '../html/inline-normalize.ts';

export interface GoldenCheck {
  name: string;
  check: (article: Article) => void;
}

/** Every string a reader would see in the body: paragraphs, headings, lists, tables, captions, credits. */
function visibleBodyText(article: Article): string {
  return article.blocks.map(blockText).join('\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlinesToText(block.content);
    case 'quote':
      return [...block.paragraphs.map(inlinesToText), block.cite ?? ''].join('\n');
    case 'list':
      return block.items.map(inlinesToText).join('\n');
    case 'table':
      return [inlinesToText(block.caption), ...block.rows.flat().map((cell) => inlinesToText(cell.content))].join('\n');
    case 'figure':
      return [block.alt, inlinesToText(block.caption), block.credit ?? ''].join('\n');
  }
}

function paragraphs(article: Article): string[] {
  return article.blocks.flatMap((block) => (block.type === 'paragraph' ? [inlinesToText(block.content).trim()] : []));
}

function headings(article: Article): string[] {
  return article.blocks.flatMap((block) => (block.type === 'heading' ? [inlinesToText(block.content).trim()] : []));
}

function figures(article: Article): Figure[] {
  return [...(article.image ? [article.image] : []), ...article.blocks.filter((block): block is Figure => block.type === 'figure')];
}

function links(inlines: Inline[]): string[] {
  return inlines.flatMap((inline) => {
    if (inline.kind === 'link') return [inline.href, ...links(inline.children)];
    if (inline.kind === 'text' || inline.kind === 'break') return [];
    return links(inline.children);
  });
}

function bodyLinks(article: Article): string[] {
  return article.blocks.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'heading') return links(block.content);
    if (block.type === 'list') return block.items.flatMap(links);
    if (block.type === 'quote') return block.paragraphs.flatMap(links);
    return [];
  });
}

/** The same instant, and written with a zone (ISO 8601 with Z or an offset). */
function assertInstant(actual: string | null, expected: string): void {
  assert.ok(actual, `expected a time, got ${String(actual)}`);
  assert.match(actual, /(?:Z|[+-]\d\d:\d\d)$/u, `${actual} has no zone`);
  assert.equal(new Date(actual).toISOString(), new Date(expected).toISOString(), `${actual} is not ${expected}`);
}

function furnitureGone(...phrases: string[]): GoldenCheck {
  return {
    name: 'no page furniture in the body',
    check: (article) => {
      const body = visibleBodyText(article);
      const leaked = phrases.filter((phrase) => body.includes(phrase));
      assert.deepEqual(leaked, [], `furniture in the body: ${leaked.join(' · ')}`);
    },
  };
}

function lastParagraph(expectedStart: string): GoldenCheck {
  return {
    name: "the last paragraph is the article's last paragraph",
    check: (article) => assert.ok(paragraphs(article).at(-1)?.startsWith(expectedStart), `last: ${paragraphs(article).at(-1)}`),
  };
}

function firstParagraph(expectedStart: string): GoldenCheck {
  return {
    name: 'the body starts with the first paragraph of the story',
    check: (article) => assert.ok(paragraphs(article)[0]?.startsWith(expectedStart), `first: ${paragraphs(article)[0]}`),
  };
}

function metadata(expected: {
  headline: string;
  byline: string;
  published: string;
  updated?: string;
  lang: string;
  siteName: string;
  canonicalUrl: string;
}): GoldenCheck {
  return {
    name: 'headline, byline, times, language, site and canonical URL',
    check: (article) => {
      assert.equal(article.headline, expected.headline);
      assert.equal(article.byline, expected.byline);
      assertInstant(article.published, expected.published);
      if (expected.updated) assertInstant(article.updated, expected.updated);
      assert.equal(article.lang, expected.lang);
      assert.equal(article.siteName, expected.siteName);
      assert.equal(article.canonicalUrl, expected.canonicalUrl);
    },
  };
}

const COMMON_CHECKS: GoldenCheck[] = [
  {
    name: 'links and images are absolute, no tracking pixel, no placeholder',
    check: (article) => {
      for (const href of bodyLinks(article)) assert.match(href, /^(?:https?:\/\/|mailto:)/u, href);
      for (const figure of figures(article)) {
        assert.match(figure.src, /^https:\/\//u, figure.src);
        assert.doesNotMatch(figure.src, /pixel|track|count\.|placeholder|\/p\.gif|hit\?/u, figure.src);
      }
    },
  },
  {
    name: 'text is the blocks as plain text, in NFC',
    check: (article) => {
      assert.ok(article.text.length > 400, 'the text is a whole article');
      assert.equal(article.text, article.text.normalize('NFC'));
      for (const paragraph of paragraphs(article)) assert.ok(article.text.includes(paragraph.replace(/\s+/gu, ' ').trim().slice(0, 40)));
    },
  },
];

export const GOLDEN_CHECKS: Record<string, GoldenCheck[]> = {
  'hi-reservoir-graph': [
    metadata({
      headline: 'देवगिरि जलाशय 31 साल में पहली बार अगस्त में लबालब, चार गेट खोले गए',
      byline: 'अनुराधा केलकर',
      published: '2026-08-14T09:12:00+05:30',
      updated: '2026-08-14T13:40:00+05:30',
      lang: 'hi',
      siteName: 'सह्याद्रि समाचार',
      canonicalUrl: 'https://www.sahyadri-samachar.example/rajya/devgiri-jalashay-labalab-char-gate-khule-58213',
    }),
    {
      name: 'dateline taken from the first paragraph',
      check: (article) => assert.equal(article.dateline, 'देवगिरि'),
    },
    firstParagraph('ज़िले में लगातार तीन दिन से हो रही बारिश'),
    lastParagraph('आपात स्थिति में ज़िला नियंत्रण कक्ष से 24 घंटे संपर्क'),
    {
      name: 'all seven paragraphs and the subheading, nothing else as prose',
      check: (article) => {
        assert.equal(paragraphs(article).length, 7, paragraphs(article).join('\n'));
        assert.deepEqual(headings(article), ['किसानों को राहत, पर फ़सलों पर ख़तरा भी']);
      },
    },
    {
      name: 'figures keep caption and credit; the lazy lead image resolves to its real URL',
      check: (article) => {
        const camp = figures(article).find((figure) => figure.src.includes('relief-camp'));
        assert.ok(camp, 'the relief camp figure');
        assert.equal(inlinesToText(camp.caption).trim(), 'मालेगाँव खुर्द के राहत शिविर में भोजन बाँटते स्वयंसेवक।');
        assert.equal(camp.credit, 'फोटो: सह्याद्रि समाचार');
        const lead = figures(article).find((figure) => figure.src.includes('devgiri-gates'));
        assert.ok(lead, 'the lead image');
        assert.match(inlinesToText(lead.caption), /गुरुवार शाम देवगिरि जलाशय के चार गेट/u);
        assert.equal(lead.credit, 'फोटो: प्रशांत जाधव');
      },
    },
    furnitureGone(
      'विज्ञापन', 'यह भी पढ़ें', 'कोंडवाड़ी', 'कुकीज़', 'एडब्लॉक', 'ऊपर जाएँ', 'शेयर करें', 'प्रिंट करें', 'अ+',
      'न्यूज़लेटर', 'ऐप डाउनलोड', 'फ़ॉलो करें', 'संपादित नहीं किया', 'संबंधित ख़बरें', 'बिजली गुल', 'टैग', 'ब्रेकिंग', 'होम',
    ),
  ],
  'en-council-budget': [
    metadata({
      headline: 'Port Elwyn council approves £48m budget with cuts to late-night buses',
      byline: 'Marta Quillon',
      published: '2026-03-05T18:30:00Z',
      updated: '2026-03-06T08:05:00Z',
      lang: 'en',
      siteName: 'The Harbourside Courier',
      canonicalUrl: 'https://www.harbourside-courier.example/news/local/port-elwyn-budget-night-buses-4471',
    }),
    {
      name: 'the standfirst is the standfirst, not the first paragraph',
      check: (article) => {
        assert.equal(article.standfirst, 'Councillors voted 23 to 14 for a budget that raises council tax by 4.2% and ends three night bus routes.');
        assert.ok(!paragraphs(article).some((paragraph) => paragraph.startsWith('Councillors voted 23 to 14')));
      },
    },
    firstParagraph("Port Elwyn's council has approved a £48 million budget"),
    {
      name: 'the story ends with its last paragraph (the reporting-service credit may follow)',
      check: (article) => {
        const index = paragraphs(article).findIndex((paragraph) => paragraph.startsWith('A further vote on the council'));
        assert.ok(index >= 0 && index >= paragraphs(article).length - 2, paragraphs(article).slice(index).join('\n'));
      },
    },
    {
      name: 'the table comes through with its caption, header and rows',
      check: (article) => {
        const table = article.blocks.find((block) => block.type === 'table');
        assert.ok(table, 'a table block');
        assert.equal(inlinesToText(table.caption).trim(), 'Night bus routes to lose council funding');
        assert.equal(table.rows.length, 4);
        assert.ok(table.rows[0]!.every((cell) => cell.header));
        assert.deepEqual(table.rows[2]!.map((cell) => inlinesToText(cell.content).trim()), ['N4', 'Town centre – Dockfield – General Hospital', '185', '£248,000']);
      },
    },
    {
      name: 'relative links resolve against <base>, not against the page URL',
      check: (article) => {
        const hrefs = bodyLinks(article);
        assert.ok(hrefs.includes('https://www.harbourside-courier.example/news/transport/quayside-car-park-closure-4302'), hrefs.join('\n'));
        assert.ok(hrefs.includes('https://www.harbourside-courier.example/news/local/library-hours-4390'), hrefs.join('\n'));
        assert.ok(!hrefs.some((href) => href.includes('night-bus-petition')), 'the "Also read" link is gone');
      },
    },
    furnitureGone(
      'Advertisement', 'Also read', 'Continue reading below', 'We value your privacy', 'Get the app', 'Share on Facebook',
      'Print', 'DockfieldDave', 'disgrace', 'Most read', 'ad blocker', 'Back to top', 'Get the Courier Daily',
      'Spotted an error', 'Westcoast Media Group', 'Skip to content', 'Local Democracy Reporter',
    ),
  ],
  'en-live-flood': [
    metadata({
      headline: 'Carrow Valley floods live: river peaks at Millbridge as 200 homes evacuated',
      byline: 'Callum Ashdown and Priya Venkataraman',
      published: '2026-11-02T06:45:00+00:00',
      updated: '2026-11-02T15:20:00+00:00',
      lang: 'en',
      siteName: 'Northfield Daily Post',
      canonicalUrl: 'https://northfieldpost.example/live/2026/nov/02/carrow-valley-floods-live',
    }),
    {
      name: 'every update is there, newest first, with its heading, quote and figure',
      check: (article) => {
        const order = ['peaked at Millbridge at 5.81 metres', 'sending us pictures', 'A rest centre has opened', 'Three schools in the valley', 'A severe flood warning', 'Good morning and welcome'];
        const positions = order.map((phrase) => article.text.indexOf(phrase));
        assert.ok(positions.every((position) => position >= 0), `missing: ${order.filter((_, i) => positions[i]! < 0).join(', ')}`);
        assert.deepEqual([...positions].sort((a, b) => a - b), positions);
        assert.deepEqual(headings(article), ['River peaks at Millbridge', 'Rest centre opens', 'Severe flood warning issued']);
        assert.ok(article.blocks.some((block) => block.type === 'quote' && block.paragraphs.some((p) => inlinesToText(p).includes("We've had floods before"))));
        const mill = figures(article).find((figure) => figure.src.endsWith('mill-lane-960.jpg'));
        assert.ok(mill && inlinesToText(mill.caption).includes('Floodwater on Mill Lane'));
      },
    },
    lastParagraph('Good morning and welcome to our live coverage'),
    furnitureGone(
      'Advertisement', 'Also read', 'Load earlier updates', 'Copy link', 'Share on', 'Before you go', 'Support us',
      'More on this story', 'Key events', 'Back to top', 'cookies', 'Amber rain warning', 'LIVE',
    ),
  ],
  'hi-wire-microdata': [
    metadata({
      headline: "भोपाल में देश का पहला 'सौर बस डिपो' शुरू, रोज़ 90 बसें होंगी चार्ज",
      byline: 'सुमन चौहान',
      published: '2026-05-21T16:45:00+05:30',
      updated: '2026-05-21T18:02:00+05:30',
      lang: 'hi',
      siteName: 'नर्मदा वाणी',
      canonicalUrl: 'https://narmadavani.example/madhya-pradesh/bhopal-saur-bus-depot/article-77410.html',
    }),
    {
      name: 'the agency dateline "भोपाल, 21 मई (एजेंसी)।" becomes the dateline',
      check: (article) => {
        assert.equal(article.dateline, 'भोपाल');
        assert.ok(paragraphs(article)[0]?.startsWith('शहर के कोलार रोड पर'), paragraphs(article)[0]);
      },
    },
    {
      name: 'the microdata lead image is the article image',
      check: (article) => assert.equal(article.image?.src, 'https://narmadavani.example/uploads/2026/05/saur-depot.jpg'),
    },
    lastParagraph('उद्घाटन समारोह में महापौर, स्थानीय विधायक'),
    {
      name: 'six paragraphs of story',
      check: (article) => assert.equal(paragraphs(article).length, 6, paragraphs(article).join('\n')),
    },
    furnitureGone(
      'विज्ञापन', 'यह भी पढ़ें', 'इंदौर मेट्रो', 'स्रोत: एजेंसी फ़ीड', 'शेयर करें', 'ऐप डाउनलोड', 'रमेश यादव',
      'बाकी शहरों में भी', 'प्रिंट', 'फ़ॉन्ट', 'Back to top', 'सिंडिकेटेड', 'राशिफल', 'जबलपुर', 'डेस्क', 'फ़ॉलो करें',
    ),
  ],
  'en-feature-figures': [
    metadata({
      headline: 'The last lamplighters of Kestrel Bay',
      byline: 'Jonah Ferreira-Lal',
      published: '2026-01-18T07:00:00+05:30',
      lang: 'en',
      siteName: 'Coastline Review',
      canonicalUrl: 'https://coastline-review.example/features/2026/01/last-lamplighters-kestrel-bay',
    }),
    {
      name: 'the dek is the standfirst and is not repeated as a paragraph',
      check: (article) => {
        assert.equal(article.standfirst, 'In a harbour town that still lights its sea wall by hand, three lamplighters keep a 140-year-old rota alive.');
        assert.ok(!paragraphs(article).some((paragraph) => paragraph.startsWith('In a harbour town that still lights')));
      },
    },
    firstParagraph('At twenty past five on a January evening'),
    lastParagraph('"I never expected to have a job that people wave at,"'),
    {
      name: 'subheadings, the ordered list and the pull quote survive',
      check: (article) => {
        assert.deepEqual(headings(article), ["A rota older than the harbour master's office", 'What the job involves', 'Who comes next']);
        const list = article.blocks.find((block) => block.type === 'list');
        assert.ok(list?.ordered && list.items.length === 4);
        assert.ok(article.blocks.some((block) => block.type === 'quote' && blockText(block).includes("People think it's about the light")));
      },
    },
    {
      name: 'srcset-only and data-src images resolve; caption and credit are separate',
      check: (article) => {
        const ledger = figures(article).find((figure) => /ledger-\d+\.jpg$/u.test(figure.src));
        assert.ok(ledger, 'the ledger figure');
        assert.equal(inlinesToText(ledger.caption).trim(), 'The 1886 rota ledger, now in the Kestrel Bay museum.');
        assert.equal(ledger.credit, 'Photograph: Tamsin Oyelaran');
        assert.ok(figures(article).some((figure) => figure.src === 'https://media.coastline-review.example/features/lamplighters/varghese-1200.jpg'));
      },
    },
    furnitureGone(
      'Advertisement', 'Enjoying this story', 'Sign up to our newsletter', 'Read more:', 'harbour cranes', 'You might also like',
      'Share this story', 'Save for later', 'Back to top', 'We use cookies', 'syndication terms', 'is a features writer', 'min read',
    ),
  ],
  'hi-english-headline': [
    metadata({
      headline: 'Sky Lantern Festival cancelled after drone survey finds nesting storks',
      byline: 'दीपिका सहगल',
      published: '2026-10-09T11:20:00+05:30',
      updated: '2026-10-09T12:05:00+05:30',
      lang: 'hi',
      siteName: 'प्रभात दर्पण',
      canonicalUrl: 'https://prabhatdarpan.example/trends/sky-lantern-festival-cancelled-storks/',
    }),
    {
      name: 'an English headline over a Hindi body is marked as English',
      check: (article) => assert.equal(article.headlineLang, 'en'),
    },
    {
      name: 'dateline taken from the first paragraph',
      check: (article) => assert.equal(article.dateline, 'उदयसर'),
    },
    firstParagraph('शहर की सारस झील के किनारे'),
    lastParagraph('पक्षी विशेषज्ञों ने फ़ैसले का स्वागत किया है।'),
    {
      name: 'five paragraphs of story',
      check: (article) => assert.equal(paragraphs(article).length, 5, paragraphs(article).join('\n')),
    },
    furnitureGone(
      'Advertisement', 'यह भी पढ़ें', 'सफ़ाई अभियान', 'Adblock', 'Back to top', 'Leave a Reply', 'Related Post', 'Recent Posts',
      'Save my name', 'ख़बरें लिखती हैं', 'स्टाफ़ ने कोई बदलाव नहीं', 'सच का आईना', 'Skip to content', 'trends',
    ),
  ],
};

export function checksFor(name: string): GoldenCheck[] {
  return [...(GOLDEN_CHECKS[name] ?? []), ...COMMON_CHECKS];
}
