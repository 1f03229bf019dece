/**
 * Feed and wire parsing (parseFeed, every format), and the step after it:
 * an entry becoming an article. Whatever the body, parseFeed gives entries
 * that keep Entry's promises or throws a FeedError naming the feed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { articleFromEntry } from '../../../src/extract/entry-article.ts';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { detectDocument } from '../../../src/ingest/feed-detection.ts';
import { FeedError, parseFeed, type ParsedFeed } from '../../../src/ingest/feed-parser.ts';
import { fastAtomFeed, fastRssFeed } from '../../../src/ingest/xml-fast-path.ts';
import { normalizeLink } from '../../../src/ingest/link-normalize.ts';
import { loadLanguageDetector } from '../../../src/text/language.ts';
import {
  anyFeedText, atomFeed, feedBody, hostileUrl, jsonFeed, mutatedFixture, newsMlDocument, ninjsDocument, nitfDocument, rdfFeed, rssFeed, type EncodedBody,
} from '../arbitraries.ts';
import { assertBoundedOutput, assertClearError, attempt, defineTarget, valueOf, type FuzzTarget } from '../fuzz-target.ts';
import { assertCleanArticle, assertSafeRendering, assertWellFormedEntry, assertUrl } from '../invariants.ts';

const FEED_URL = 'https://feeds.example.org/world/feed';
const SOURCE_ID = 'fuzz-source';

/** The feed parsed, or null when it was refused as it should be: with a FeedError naming the feed. */
function parsedOrRefused(body: string | Buffer, contentType: string | null): ParsedFeed | null {
  const outcome = attempt('parseFeed', () => parseFeed(body, { sourceId: SOURCE_ID, url: FEED_URL, contentType }));
  if (!outcome.ok) {
    assertClearError(outcome.error, FeedError, `ingest: ${FEED_URL} `);
    return null;
  }
  const feed = outcome.value;
  assertBoundedOutput('parseFeed', body.length, feed);
  assertUrl('feed link', feed.link);
  for (const entry of feed.entries) assertWellFormedEntry(entry, SOURCE_ID);
  const guids = feed.entries.map((entry) => entry.guid);
  if (new Set(guids).size !== guids.length) throw new Error(`two entries share a guid: ${JSON.stringify(guids)}`);
  return feed;
}

function feedTarget(name: string, about: string, arbitrary: fc.Arbitrary<string>, boundedRuns: number): FuzzTarget<unknown> {
  return defineTarget({ name, about, arbitrary, boundedRuns, check: (text: string) => void parsedOrRefused(text, null) });
}

/**
 * RSS and Atom as the other targets make them, and the same with what the
 * fast path is most likely to read differently: DTDs taken out (so that more
 * cases get past its first refusal), CRLF or CR line ends, upper-case names,
 * single quotes around attributes.
 */
const fastPathFeed: fc.Arbitrary<string> = fc
  .record({
    feed: fc.oneof(rssFeed, atomFeed, mutatedFixture),
    noDtd: fc.boolean(),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    upperCase: fc.boolean(),
    singleQuotes: fc.boolean(),
  })
  .map(({ feed, noDtd, lineEnd, upperCase, singleQuotes }) => {
    let text = noDtd ? feed.replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi, '') : feed;
    text = text.replace(/\n/g, lineEnd);
    if (upperCase) text = text.replace(/<(\/?)(item|title|guid|entry|link)\b/g, (_, slash: string, name: string) => `<${slash}${name.toUpperCase()}`);
    if (singleQuotes) text = text.replace(/="([^"'<]*)"/g, "='$1'");
    return text;
  });

/** The fast path reads a feed as feedsmith does, or declines it; parseFeed gives the same with and without it. */
function checkFastPath(text: string): void {
  const body = text.replace(/^\uFEFF/, '');
  const kind = detectDocument(body, null).kind;
  if (kind === 'rss' || kind === 'atom') {
    const fast = attempt('fast path', () => (kind === 'rss' ? fastRssFeed(body) : fastAtomFeed(body)));
    const read = valueOf('fast path', fast);
    if (read !== null) {
      const slow = valueOf(`feedsmith's parse of a feed the fast path read`, attempt('feedsmith', () => (kind === 'rss' ? parseRssFeed(body) : parseAtomFeed(body))));
      assert.deepStrictEqual(read, slow, "the fast path's feed differs from feedsmith's");
    }
  }
  const both = [true, false].map((xmlFastPath) => {
    const outcome = attempt('parseFeed', () => parseFeed(text, { sourceId: SOURCE_ID, url: FEED_URL, xmlFastPath }));
    if (outcome.ok) return { feed: outcome.value };
    assertClearError(outcome.error, FeedError, `ingest: ${FEED_URL} `);
    return { error: (outcome.error as Error).message };
  });
  assert.deepStrictEqual(both[0], both[1], 'parseFeed differs with and without the fast path');
}

/** An article address, and spellings of it that differ only in what normalizeLink takes away. */
const linkSpellings = fc
  .record({
    url: hostileUrl,
    upperHost: fc.boolean(),
    port: fc.boolean(),
    fragment: fc.option(fc.constantFrom('#top', '#', '#x%20y'), { nil: null }),
    tracking: fc.array(fc.constantFrom('utm_source=feed', 'UTM_Medium=rss', 'fbclid=abc', 'gclid=1', 'mc_eid=x', 'utm%5Fcampaign=y'), { maxLength: 3 }),
  })
  .map(({ url, upperHost, port, fragment, tracking }) => {
    let variant = url;
    try {
      const parsed = new URL(url);
      if (/^https?:$/.test(parsed.protocol)) {
        const host = upperHost ? parsed.host.toUpperCase() : parsed.host;
        const defaultPort = port && parsed.port === '' ? (parsed.protocol === 'https:' ? ':443' : ':80') : '';
        const query = [parsed.search.slice(1), ...tracking].filter(Boolean).join('&');
        variant = `${parsed.protocol.toUpperCase()}//${parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : ''}${host}${defaultPort}${parsed.pathname}${query ? `?${query}` : ''}${fragment ?? parsed.hash}`;
      }
    } catch {
      // Not a URL: normalizeLink gives it back trimmed, which the property checks too.
    }
    return { url, variant };
  });

export const FEED_TARGETS: FuzzTarget<unknown>[] = [
  feedTarget('feed-rss', 'RSS 0.9x/2.0 with hostile fields, prologs and DTDs', rssFeed, 60),
  feedTarget('feed-atom', 'Atom with text, html and xhtml constructs, xml:base, prefixes', atomFeed, 60),
  feedTarget('feed-rdf', 'RDF (RSS 1.0)', rdfFeed, 40),
  feedTarget('feed-jsonfeed', 'JSON Feed 1.0/1.1 with fields of the wrong type', jsonFeed, 60),
  feedTarget('feed-ninjs', 'ninjs 1.x and 2.x, alone, in arrays and in wrappers', ninjsDocument, 60),
  feedTarget('feed-newsml', 'NewsML-G2 newsItem and newsMessage, XHTML, NITF or text inside', newsMlDocument, 50),
  feedTarget('feed-nitf', 'NITF 3.x with media, bylines and docdata', nitfDocument, 50),
  feedTarget('feed-fixtures', 'the ingest fixtures truncated, spliced and repeated', mutatedFixture, 60),
  defineTarget({
    name: 'feed-fast-path',
    about: "RSS and Atom through the fast path: feedsmith's feed exactly, or declined",
    arbitrary: fastPathFeed,
    boundedRuns: 80,
    check: checkFastPath,
  }),
  defineTarget({
    name: 'feed-bytes',
    about: 'feed bytes in one encoding labelled as another, damaged bytes',
    arbitrary: feedBody,
    boundedRuns: 50,
    check: (body: EncodedBody) => void parsedOrRefused(Buffer.from(body.base64, 'base64'), body.contentType),
  }),
  defineTarget({
    name: 'link-normalize',
    about: 'normalizeLink, which tells the same article apart from a new one: idempotent, and blind to case, ports, fragments and tracking',
    arbitrary: linkSpellings,
    boundedRuns: 200,
    check: ({ url, variant }: { url: string; variant: string }) => {
      const key = valueOf('normalizeLink', attempt('normalizeLink', () => normalizeLink(url)));
      assert.equal(normalizeLink(key), key, 'normalising twice changed the link');
      let http = false;
      try {
        http = /^https?:$/.test(new URL(url.trim()).protocol);
      } catch {
        // not a URL
      }
      if (!http) {
        assert.equal(key, url.trim(), 'a link that is not http(s) changed');
        return;
      }
      assertUrl('normalised link', key);
      assert.ok(!/#/.test(key), `the fragment stayed: ${key}`);
      const tracking = [...new URL(key).searchParams.keys()].filter((name) => /^(utm_|fbclid$|gclid$|mc_eid$)/i.test(name));
      assert.deepEqual(tracking, [], `tracking parameters stayed: ${key}`);
      const variantKey = valueOf('normalizeLink', attempt('normalizeLink', () => normalizeLink(variant)));
      const withoutTracking = (link: string) => {
        const parsed = new URL(link);
        for (const name of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_eid$)/i.test(name)) parsed.searchParams.delete(name);
        return parsed.searchParams.toString();
      };
      assert.equal(withoutTracking(variantKey), withoutTracking(key), `${variant} and ${url} keep different parameters`);
      assert.equal(variantKey.replace(/\?.*$/u, ''), key.replace(/\?.*$/u, ''), `${variant} and ${url} are one article, normalised apart`);
    },
  }),
  defineTarget({
    name: 'entry-article',
    about: "each parsed entry made into an article: clean text, safe blocks, the site's rendering",
    arbitrary: fc.record({ text: anyFeedText, language: fc.constantFrom(null, 'hi', 'en', 'en-GB', 'x-unknown'), siteName: fc.constantFrom(null, 'Desk') }),
    boundedRuns: 40,
    prepare: loadLanguageDetector,
    check: async ({ text, language, siteName }: { text: string; language: string | null; siteName: string | null }) => {
      const feed = parsedOrRefused(text, null);
      for (const entry of feed?.entries ?? []) {
        const article = valueOf('articleFromEntry', attempt('articleFromEntry', () => articleFromEntry(entry, { language, siteName })));
        assertCleanArticle(article);
        await assertSafeRendering(article.blocks);
      }
    },
  }),
];
