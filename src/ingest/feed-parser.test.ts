import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { HASHED_GUID_PREFIX } from './entry-builder.ts';
import type { Entry } from './entry.ts';
import { FeedError, parseFeed, type ParseFeedOptions, type ParsedFeed } from './feed-parser.ts';

const fixture = (name: string) => readFile(new URL(`./testdata/${name}`, import.meta.url));

async function parseFixture(name: string, options: Partial<ParseFeedOptions> = {}): Promise<ParsedFeed> {
  return parseFeed(await fixture(name), { sourceId: 'test-source', url: `https://feeds.example/${name}`, ...options });
}

function feedError(body: string | Buffer, options: Partial<ParseFeedOptions> = {}): FeedError {
  try {
    parseFeed(body, { sourceId: 'test-source', url: 'https://feeds.example/feed', ...options });
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the body to be rejected');
}

function byTitle(feed: ParsedFeed, title: string): Entry {
  const entry = feed.entries.find((e) => e.title === title);
  assert.ok(entry, `no entry titled ${title}`);
  return entry;
}

void describe('RSS 2.0 with content:encoded and dc:creator', async () => {
  const feed = await parseFixture('rss-hindi.xml');

  void test('feed-level fields', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'नीलगिरि समाचार');
    assert.equal(feed.language, 'hi');
    assert.equal(feed.link, 'https://neelgiri-samachar.example/');
    assert.deepEqual(feed.warnings, []);
  });

  void test('an item becomes an Entry with summary, full content, authors and categories', () => {
    const entry = feed.entries[0]!;
    assert.deepEqual({ ...entry, raw: undefined }, {
      sourceId: 'test-source',
      guid: 'neelgiri-2024-0142',
      url: 'https://neelgiri-samachar.example/shahar/pustakalay',
      title: 'चंदनपुर में नया पुस्तकालय खुला',
      summary: 'चंदनपुर के पुराने डाकघर की इमारत अब बच्चों का पुस्तकालय है।',
      contentHtml:
        '<figure><img src="https://neelgiri-samachar.example/img/pustakalay.jpg" alt=""></figure>\n' +
        '<p>चंदनपुर के पुराने डाकघर की इमारत में सोमवार को बच्चों का पुस्तकालय खुला।</p><p>नगर परिषद ने बताया कि यहाँ <b>तीन हज़ार</b> किताबें रखी गई हैं।</p>',
      published: '2024-03-05T04:00:00.000Z',
      updated: null,
      authors: ['रीना वर्मा'],
      categories: ['शहर', 'शिक्षा'],
      language: 'hi',
      dateline: null,
      byline: null,
      subjects: [],
      geo: null,
      raw: undefined,
    });
  });

  void test('raw keeps the parsed item, namespaces included', () => {
    const raw = JSON.parse(feed.entries[0]!.raw) as { media?: unknown; guid?: { value?: string } };
    assert.equal(raw.guid?.value, 'neelgiri-2024-0142');
    assert.ok(raw.media, 'media:content is kept in raw');
  });

  void test('several dc:creator become several authors; an IST date is +05:30', () => {
    const entry = feed.entries[1]!;
    assert.deepEqual(entry.authors, ['अजय सिंह', 'मीना जोशी']);
    assert.equal(entry.published, '2024-03-06T12:35:00.000Z');
    assert.equal(entry.summary, 'बुधवार शाम <i>नीलगिरि घाटी</i> में इस मौसम की पहली बारिश हुई।');
  });
});

void describe('RSS awkward cases', async () => {
  const feed = await parseFixture('rss-awkward.xml');

  void test('entities are decoded exactly once; HTML in titles is kept as given', () => {
    assert.equal(feed.title, 'Harbour Town Gazette & Wire');
    const ferry = feed.entries[0]!;
    assert.equal(ferry.title, 'Ferry <em>Gull</em> returns &amp; docks early');
    assert.equal(ferry.summary, 'Fish &amp; chips stall reopens — at last.');
  });

  void test('CDATA is taken literally', () => {
    assert.ok(byTitle(feed, 'Lighthouse <b>keeper</b> retires after 30 years & a day'));
  });

  void test('relative links resolve against the feed URL', () => {
    assert.equal(feed.entries[0]!.url, 'https://feeds.example/port/ferry-returns');
    assert.equal(feed.entries[1]!.url, 'https://feeds.example/lighthouse/keeper-retires?ref=rss&day=2');
  });

  void test('without a guid the link is the guid; "email (Name)" authors keep the name', () => {
    const lighthouse = feed.entries[1]!;
    assert.equal(lighthouse.guid, lighthouse.url);
    assert.deepEqual(lighthouse.authors, ['Tomas Reyes']);
    assert.equal(lighthouse.published, '2024-03-05T05:00:00.000Z');
  });

  void test('a permalink guid without a link is also the URL', () => {
    const wall = byTitle(feed, 'Harbour wall repair begins');
    assert.equal(wall.url, 'https://harbour-gazette.example/works/harbour-wall');
    assert.equal(wall.published, '2024-03-06T07:00:00.000Z');
  });

  void test('no guid and no link: a stable guid from title and date, with a warning', async () => {
    const tide = byTitle(feed, 'Tide tables corrected');
    assert.equal(tide.url, null);
    assert.ok(tide.guid.startsWith(HASHED_GUID_PREFIX));
    const again = await parseFixture('rss-awkward.xml');
    assert.equal(byTitle(again, 'Tide tables corrected').guid, tide.guid, 'same guid on the next fetch');
    const otherSource = await parseFixture('rss-awkward.xml', { sourceId: 'another-source' });
    assert.notEqual(byTitle(otherSource, 'Tide tables corrected').guid, tide.guid);
    assert.ok(feed.warnings.some((w) => w.includes('"Tide tables corrected"') && w.includes('no guid and no link')));
  });

  void test('no guid, no link and no date: skipped with a warning naming the title', () => {
    assert.ok(!feed.entries.some((e) => e.title === 'Notice without an address'));
    assert.ok(feed.warnings.some((w) => w.includes('"Notice without an address"') && w.includes('skipped')));
    assert.equal(feed.entries.length, 6);
  });

  void test('a duplicate guid inside one feed: the later-dated copy is kept, with a warning', () => {
    const regatta = feed.entries.filter((e) => e.guid === 'hg-7781');
    assert.deepEqual(regatta.map((e) => e.title), ['Regatta postponed (updated)']);
    assert.ok(feed.warnings.some((w) => w.includes('item 6 repeats the guid "hg-7781" of item 5; item 6 is kept')));
  });

  void test('odd zones and zone-less dates are normalised to UTC', () => {
    assert.equal(feed.entries[0]!.published, '2024-03-04T11:15:00.000Z');
    assert.equal(byTitle(feed, 'Regatta postponed (updated)').published, '2024-03-05T12:30:00.000Z');
  });

  void test('an invalid date becomes null with a warning', () => {
    assert.equal(byTitle(feed, 'Market day moved').published, null);
    assert.ok(feed.warnings.some((w) => w.includes('"next Thursday, probably" is not a date')));
  });

  void test('the channel language applies to every item', () => {
    assert.ok(feed.entries.every((e) => e.language === 'en-GB'));
  });
});

void describe('Atom 1.0', async () => {
  const feed = await parseFixture('atom-english.xml');

  void test('feed-level fields, with the alternate link resolved against xml:base', () => {
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'The Valley Post');
    assert.equal(feed.language, 'en');
    assert.equal(feed.link, 'https://valley-post.example/');
  });

  void test('an entry with summary, HTML content, both dates, categories by label or term', () => {
    const entry = feed.entries[0]!;
    assert.equal(entry.guid, 'tag:valley-post.example,2024:bridge');
    assert.equal(entry.url, 'https://valley-post.example/news/bridge-reopens');
    assert.equal(entry.title, 'Bridge reopens after repairs', 'a type="html" title is text in the entry');
    assert.equal(entry.summary, 'The river bridge is open to traffic again.');
    assert.equal(
      entry.contentHtml,
      '<figure><img src="https://valley-post.example/img/bridge.jpg" alt=""></figure>\n<p>The river bridge reopened on Thursday morning.</p>',
      'an image enclosure becomes the lead figure',
    );
    assert.equal(entry.published, '2024-03-07T03:00:00.000Z');
    assert.equal(entry.updated, '2024-03-07T03:30:00.000Z');
    assert.deepEqual(entry.authors, ['Priya Nair']);
    assert.deepEqual(entry.categories, ['Transport', 'city']);
  });

  void test('entry xml:base and xml:lang; xhtml content; authors inherited from the feed', () => {
    const entry = feed.entries[1]!;
    assert.equal(entry.url, 'https://valley-post.example/hindi/pul-khula');
    assert.equal(entry.language, 'hi');
    assert.equal(entry.contentHtml, '<p>मरम्मत के बाद नदी पुल <b>गुरुवार</b> को खुल गया।</p>');
    assert.deepEqual(entry.authors, ['Valley Post Desk']);
    assert.equal(entry.published, null);
    assert.equal(entry.updated, '2024-03-07T09:15:00.000Z');
  });

  void test('content without a type is text and is escaped into paragraphs', () => {
    assert.equal(feed.entries[2]!.contentHtml, '<p>Agenda: roads &amp; lighting.</p>\n<p>Minutes follow next week.</p>');
  });
});

void describe('JSON Feed 1.1', async () => {
  const feed = await parseFixture('jsonfeed.json');

  void test('feed-level fields', () => {
    assert.equal(feed.format, 'jsonfeed');
    assert.equal(feed.title, 'पहाड़ी डाक');
    assert.equal(feed.language, 'hi');
    assert.equal(feed.link, 'https://pahadi-daak.example/');
  });

  void test('an item with summary, content_html, dates, tags and its own authors', () => {
    const entry = feed.entries[0]!;
    assert.equal(entry.guid, 'pd-501');
    assert.equal(entry.summary, 'देवधार और आसपास के गाँवों में रात भर बर्फ़ गिरी।');
    assert.match(entry.contentHtml ?? '', /^<p>देवधार/);
    assert.equal(entry.published, '2024-03-08T00:40:00.000Z');
    assert.equal(entry.updated, '2024-03-08T01:30:00.000Z');
    assert.deepEqual(entry.authors, ['कमला नेगी']);
    assert.deepEqual(entry.categories, ['मौसम', 'गाँव']);
  });

  void test('numeric id, relative url, content_text as HTML, item language, feed authors', () => {
    const entry = feed.entries[1]!;
    assert.equal(entry.guid, '502');
    assert.equal(entry.url, 'https://feeds.example/bazaar/sabzi-mandi');
    assert.equal(
      entry.contentHtml,
      '<p>The weekly market will now be held at the old bus stand.</p>\n<p>Traders say there is more room &amp; shade there.</p>',
    );
    assert.equal(entry.language, 'en');
    assert.deepEqual(entry.authors, ['पहाड़ी डाक संवाददाता']);
  });
});

void describe('RSS 1.0 (RDF)', () => {
  void test('is read as RSS with dc fields', async () => {
    const feed = await parseFixture('rdf-feed.xml');
    assert.equal(feed.format, 'rss');
    assert.equal(feed.language, 'en');
    const entry = feed.entries[0]!;
    assert.equal(entry.url, 'https://old-mill-news.example/mill-museum');
    assert.equal(entry.published, '2024-03-01T12:00:00.000Z');
    assert.deepEqual(entry.authors, ['Ana Lindqvist']);
    assert.deepEqual(entry.categories, ['Culture']);
  });
});

void describe('format detection and errors', () => {
  void test('the format comes from the content, not the URL or Content-Type', async () => {
    const feed = parseFeed(await fixture('atom-english.xml'), {
      sourceId: 's',
      url: 'https://feeds.example/rss.json',
      contentType: 'text/html',
    });
    assert.equal(feed.format, 'atom');
  });

  void test('a legacy encoding declared in the XML is decoded', () => {
    const xml = '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Caf\xe9</title>' +
      '<item><title>\x93Quoted\x94 \x96 10 \x80</title><link>https://x.example/1</link></item></channel></rss>';
    const feed = parseFeed(Buffer.from(xml, 'latin1'), { sourceId: 's', url: 'https://x.example/feed' });
    assert.equal(feed.title, 'Café');
    assert.equal(feed.entries[0]!.title, '“Quoted” – 10 €');
  });

  void test('an HTML page is reported as such', async () => {
    const error = feedError(await fixture('html-page.html'));
    assert.equal(error.message, 'ingest: https://feeds.example/feed returned an HTML page, not a feed');
    assert.equal(error.url, 'https://feeds.example/feed');
  });

  void test('invalid XML says what is wrong', async () => {
    const error = feedError(await fixture('invalid.xml'));
    assert.match(error.message, /^ingest: https:\/\/feeds\.example\/feed is not a valid feed: malformed XML \(.+\)$/);
  });

  void test('invalid JSON gives the JSON error', () => {
    const error = feedError('{"version": "https://jsonfeed.org/version/1.1", "items": [');
    assert.match(error.message, /^ingest: https:\/\/feeds\.example\/feed is not a valid feed: invalid JSON \(.+\)$/);
  });

  void test('JSON that is not a JSON Feed', () => {
    assert.match(feedError('{"status": "ok"}').message, /is not a valid feed: JSON that is neither a JSON Feed \(no "version" or "items"\) nor ninjs/);
  });

  void test('another XML root element is named', () => {
    assert.match(feedError('<?xml version="1.0"?><opml version="2.0"/>').message, /is not a valid feed: its root element is <opml>/);
  });

  void test('text that is neither XML nor JSON', () => {
    assert.match(feedError('Service temporarily unavailable').message, /neither XML nor a JSON object \(it starts "Service/);
  });

  void test('an empty or blank body', () => {
    assert.equal(feedError('').message, 'ingest: https://feeds.example/feed is empty, not a feed');
    assert.equal(feedError(Buffer.from('\uFEFF \n')).message, 'ingest: https://feeds.example/feed is empty, not a feed');
  });

  void test('a feed element with nothing in it', () => {
    assert.match(feedError('<rss version="2.0"></rss>').message, /is not a valid feed: <rss> has no <channel> with a title, link or items$/);
    assert.match(feedError('<feed xmlns="http://www.w3.org/2005/Atom"></feed>').message, /is not a valid feed: <feed> has no title, id or entries$/);
    assert.match(feedError('{"version": "https://jsonfeed.org/version/1.1"}').message, /is not a valid feed: the JSON Feed has no title or items$/);
  });

  void test('a configured format that does not match the content', async () => {
    const error = feedError(await fixture('jsonfeed.json'), { format: 'rss' });
    assert.equal(error.message, 'ingest: https://feeds.example/feed is JSON Feed, but the source is configured as RSS');
  });

  void test('javascript: links are not entry URLs', () => {
    const rss = '<rss version="2.0"><channel><title>t</title><item><title>x</title><guid>g1</guid>' +
      '<link>javascript:alert(1)</link></item></channel></rss>';
    const feed = parseFeed(rss, { sourceId: 's', url: 'https://x.example/feed' });
    assert.equal(feed.entries[0]!.url, null);
    assert.equal(feed.entries[0]!.guid, 'g1');
    assert.match(feed.warnings[0] ?? '', /not an http\(s\) URL/);
  });

  void test('JSON nested thousands deep is refused before anything walks it', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const ninjs = `{"uri": "urn:x", "headline": "h", "extra": ${deep}}`;
    assert.equal(feedError(ninjs).message, 'ingest: https://feeds.example/feed is not a valid feed: JSON nested deeper than 256 levels');
    const brackets = '{"uri": "urn:x", "headline": "[[[[{{{{\\"", "body_text": "b"}';
    assert.equal(parseFeed(brackets, { sourceId: 's', url: 'https://x.example/feed' }).entries.length, 1, 'brackets inside strings do not count');
  });

  void test("a feed's home page that is not an http(s) URL is no home page", () => {
    const options = { sourceId: 's', url: 'https://x.example/feed' };
    const rss = '<rss version="2.0"><channel><title>t</title><link>javascript:alert(1)</link></channel></rss>';
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="file:///etc/passwd"/></feed>';
    const json = '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "home_page_url": "mailto:desk@x.example", "items": []}';
    for (const body of [rss, atom, json]) assert.equal(parseFeed(body, options).link, null, body);
  });
});

void test('an Atom html title nested 300,000 deep is read in linear time', () => {
  // htmlparser2 adds each open element to the front of its stack: 5.7 s of processor time at this depth before the limit.
  const title = `${'&lt;b&gt;'.repeat(300_000)}Ferry resumes`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e1</id><title type="html">${title}</title></entry></feed>`;
  const start = process.cpuUsage();
  const feed = parseFeed(atom, { sourceId: 's', url: 'https://x.example/feed' });
  const used = process.cpuUsage(start);
  assert.equal(feed.entries.length, 1);
  assert.ok((used.user + used.system) / 1000 < 2000, `took ${Math.round((used.user + used.system) / 1000)} ms of processor time`);
});
