/**
 * The fast path for RSS and Atom (xml-fast-path.ts) against feedsmith's own
 * parse: on every fixture, saved fuzz counterexample, bench feed and demo
 * feed, the feed it reads is feedsmith's feed, field for field, and the
 * entries parseFeed makes are the same; or it declines. It must decline on
 * what it does not read as fast-xml-parser does, and must not decline on the
 * plain feeds it exists for.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { DEFAULT_ITEM_RANGE, generateCorpus, loadDemoFeeds } from '../../bench/feed-corpus.ts';
import { decodeFeedBytes } from './feed-decoding.ts';
import { detectDocument } from './feed-detection.ts';
import { FeedError, parseFeed, type ParsedFeed } from './feed-parser.ts';
import { feedsmithInternals, feedsmithInternalsError } from './feedsmith-internals.ts';
import { fastAtomFeed, fastRssFeed } from './xml-fast-path.ts';

const TESTDATA = new URL('./testdata/', import.meta.url);
const COUNTEREXAMPLES = new URL('../../test/fuzz/testdata/counterexamples/', import.meta.url);

type Outcome = { feed: ParsedFeed } | { error: string };

function parseBothWays(body: string | Buffer, contentType: string | null = null): { fast: Outcome; slow: Outcome } {
  const run = (xmlFastPath: boolean): Outcome => {
    try {
      return { feed: parseFeed(body, { sourceId: 'diff', url: 'https://feeds.example/feed.xml', contentType, xmlFastPath }) };
    } catch (error) {
      assert.ok(error instanceof FeedError, `not a FeedError: ${String(error)}`);
      return { error: error.message };
    }
  };
  return { fast: run(true), slow: run(false) };
}

/** The fast path's feed for a text, null when it declines; undefined for a document that is not RSS or Atom. */
function fastFeed(text: string): unknown {
  const kind = detectDocument(text, null).kind;
  if (kind === 'rss') return fastRssFeed(text);
  if (kind === 'atom') return fastAtomFeed(text);
  return undefined;
}

/** feedsmith's own parse of the same text. */
function slowFeed(text: string): unknown {
  return detectDocument(text, null).kind === 'rss' ? parseRssFeed(text) : parseAtomFeed(text);
}

function assertSameWhenRead(name: string, text: string): boolean {
  const fast = fastFeed(text);
  if (fast === null || fast === undefined) return false;
  assert.deepStrictEqual(fast, slowFeed(text), `${name}: the fast path's feed differs from feedsmith's`);
  return true;
}

void describe('the RSS and Atom fast path', () => {
  void test("feedsmith's internals are where the fast path takes them from", () => {
    assert.ok(feedsmithInternals(), `not loaded: ${feedsmithInternalsError()}`);
  });

  void test('every fixture: the same feed and entries both ways, and the plain ones are read fast', async () => {
    const readFast: string[] = [];
    for (const name of (await readdir(TESTDATA)).sort()) {
      if (!/\.(xml|json|html)$/.test(name)) continue;
      const body = await readFile(new URL(name, TESTDATA));
      const { fast, slow } = parseBothWays(body);
      assert.deepStrictEqual(fast, slow, `${name}: parseFeed differs with and without the fast path`);
      if (assertSameWhenRead(name, decodeFeedBytes(body).text.replace(/^\uFEFF/, ''))) readFast.push(name);
    }
    assert.deepEqual(readFast, ['atom-media.xml', 'rss-092.xml', 'rss-awkward.xml', 'rss-hindi.xml', 'rss-media-geo.xml']);
  });

  void test("the fuzz targets' saved counterexamples: the same both ways", async () => {
    for (const target of await readdir(COUNTEREXAMPLES)) {
      if (!target.startsWith('feed-') && target !== 'entry-article') continue;
      for (const file of await readdir(new URL(`${target}/`, COUNTEREXAMPLES))) {
        const saved = JSON.parse(await readFile(new URL(`${target}/${file}`, COUNTEREXAMPLES), 'utf8')) as { input: unknown };
        const text = typeof saved.input === 'string' ? saved.input : (saved.input as { text?: unknown }).text;
        if (typeof text !== 'string') continue;
        const { fast, slow } = parseBothWays(text);
        assert.deepStrictEqual(fast, slow, `${target}/${file}`);
        if (detectDocument(text, null).kind === 'rss' || detectDocument(text, null).kind === 'atom') assertSameWhenRead(file, text);
      }
    }
  });

  void test('the bench corpus and the demo feeds are all read fast, to the same feeds and entries', async () => {
    const feeds = [
      ...generateCorpus({ seed: 20_261_129, feeds: 6, formats: ['rss', 'atom'], minItems: 3, maxItems: DEFAULT_ITEM_RANGE.minItems }),
      ...(await loadDemoFeeds()),
    ];
    for (const feed of feeds) {
      const text = decodeFeedBytes(feed.body, feed.contentType).text;
      assert.ok(assertSameWhenRead(feed.name, text), `${feed.name}: the fast path declined`);
      const { fast, slow } = parseBothWays(feed.body, feed.contentType);
      assert.deepStrictEqual(fast, slow, feed.name);
    }
  });
});

const RSS_NS = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';
const rss = (items: string, rootAttributes = ''): string =>
  `<?xml version="1.0"?>\n<rss version="2.0"${RSS_NS}${rootAttributes}><channel><title>T</title><link>https://news.example/</link>\n${items}\n</channel></rss>`;

void describe('what the fast path reads as feedsmith does', () => {
  const cases: Record<string, string> = {
    'CRLF and CR line ends': rss('<item>\r\n<title>A\r\nB\rC</title>\r\n<guid>g1</guid><description>x\r\ny</description></item>').replace(/\n/g, '\r\n'),
    'single-quoted attributes and spaces around "="': rss("<item><guid isPermaLink = 'false'>g1</guid><enclosure url='https://x.example/a.mp3' length='12' type='audio/mpeg' /></item>"),
    'comments in and between elements': rss('<!-- a --><item><!-- b --><title>A <!-- c --> B</title><guid>g<!-- d -->1</guid><x>1<!-- e -->2</x></item>'),
    'CDATA in elements feedsmith does not keep raw': rss('<item><guid>g1</guid><dc:creator><![CDATA[R&amp;D <desk>]]></dc:creator><z>a<![CDATA[<b>]]>c</z></item>'),
    'CDATA, entities and markup-like text in raw elements': rss(
      '<item><title><![CDATA[A & B]]> &amp; &lt;i&gt;C&lt;/i&gt; &nbsp;&eacute;&#233;&#xE9; &unknown;</title><guid>g1</guid>' +
        '<content:encoded><![CDATA[<p>x</p>]]><![CDATA[<p>y</p>]]></content:encoded></item>',
    ),
    'mixed content and repeated elements': rss('<item><title>t</title><guid>g1</guid><category>a</category><category domain="d">b</category><category/><m>x<k>1</k>y<k>2</k></m></item><item><guid>g2</guid></item>'),
    'empty elements, with and without attributes': rss('<item><title/><link></link><guid isPermaLink="false"></guid><description> </description><enclosure url="u"></enclosure></item>'),
    'upper-case names': rss('<ITEM><Title>Up</Title><GUID IsPermaLink="false">g1</GUID><PubDate>Tue, 02 Jan 2024 03:04:05 GMT</PubDate></ITEM>'),
    'entities in attributes': rss('<item><guid>g1</guid><enclosure url="https://x.example/a?b=1&amp;c=2" type="image/jpeg"/></item>'),
    'xml:base and xml:lang': rss('<item xml:base="https://other.example/dir/" xml:lang="hi"><link>story.html</link><guid>g1</guid></item>', ' xml:lang="en"'),
    'an unknown namespace under its own prefix': rss('<item><guid>g1</guid><foo:bar>x</foo:bar></item>', ' xmlns:foo="https://unknown.example/ns"'),
    'Atom with text, html and escaped content': `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="html">A &amp;lt;b&amp;gt;</title><id>f</id>
<entry><id>e1</id><title>One</title><link href="https://x.example/1"/><content type="html">&lt;p&gt;x &amp;amp; y&lt;/p&gt;</content><author><name>N</name></author><category term="c" label="L"/></entry>
<entry><id>e2</id><summary type="text">plain</summary><updated>2024-01-02T03:04:05Z</updated></entry></feed>`,
  };
  void test('more distinct element paths than the path cache holds, and a plain feed after them', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `<n${i}>v${i}</n${i}>`).join('');
    assert.ok(assertSameWhenRead('many names', rss(`<item><guid>g1</guid>${names}</item>`)));
    assert.ok(assertSameWhenRead('after them', rss('<item><title>t</title><guid>g2</guid></item>')));
  });

  for (const [name, text] of Object.entries(cases)) {
    void test(name, () => {
      assert.ok(assertSameWhenRead(name, text), 'the fast path declined');
      const { fast, slow } = parseBothWays(text);
      assert.deepStrictEqual(fast, slow);
    });
  }
});

void describe('what the fast path leaves to feedsmith', () => {
  const deep = `${'<x>'.repeat(70)}${'</x>'.repeat(70)}`;
  const cases: Record<string, string> = {
    'a DOCTYPE': `<!DOCTYPE rss [<!ENTITY e "expanded">]>${rss('<item><title>&e;</title><guid>g1</guid></item>')}`,
    'a namespace under another prefix than feedsmith files it': rss('<item><guid>g1</guid><creator:creator>x</creator:creator></item>', ' xmlns:creator="http://purl.org/dc/elements/1.1/"'),
    'a default namespace feedsmith maps': `<rss version="2.0" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title><item><guid>g1</guid></item></channel></rss>`,
    'a namespace declared below the root': rss('<item xmlns:dc="http://purl.org/dc/elements/1.1/"><guid>g1</guid></item>'),
    'markup in an element feedsmith keeps raw': rss('<item><title>A <b>bold</b> title</title><guid>g1</guid></item>'),
    'an unquoted attribute': rss('<item><guid isPermaLink=false>g1</guid></item>'),
    'an attribute without a value': rss('<item><guid isPermaLink>g1</guid></item>'),
    'a tag closed by another name': rss('<item><guid>g1</GUID></item>'),
    'an element left open': rss('<item><guid>g1</guid>'),
    'nesting deeper than the fast path goes': rss(`<item><guid>g1</guid>${deep}</item>`),
    'text after the root': `${rss('<item><guid>g1</guid></item>')}trailing`,
    'a processing instruction inside the root': rss('<item><?php echo 1 ?><guid>g1</guid></item>'),
    'a non-ASCII element name': rss('<item><guid>g1</guid><शीर्षक>x</शीर्षक></item>'),
    'an element named for a prototype': rss('<item><guid>g1</guid><__proto__>x</__proto__></item>'),
    'Atom xhtml content': `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>f</id><entry><id>e1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry></feed>`,
    'Atom under a prefix': `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>T</atom:title><atom:id>f</atom:id></atom:feed>`,
  };
  for (const [name, text] of Object.entries(cases)) {
    void test(name, () => {
      assert.equal(fastFeed(text), null, 'the fast path read it');
      const { fast, slow } = parseBothWays(text);
      assert.deepStrictEqual(fast, slow);
    });
  }

  void test('an entity bomb is declined, and parseFeed still reads it without expanding it', async () => {
    const body = await readFile(new URL('billion-laughs-rss.xml', TESTDATA), 'utf8');
    assert.equal(fastFeed(body), null);
    const { fast } = parseBothWays(body);
    assert.ok('feed' in fast);
    assert.equal(fast.feed.entries[0]?.title, 'Laughs &lol9;');
  });
});
