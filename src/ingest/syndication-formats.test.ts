/** RSS 0.91/0.92, RSS 1.0 with namespaces, Media RSS, georss and xml:base; JSON Feed 1.0. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { articleFromEntry } from '../extract/entry-article.ts';
import type { Entry } from './entry.ts';
import { parseFeed, type ParsedFeed } from './feed-parser.ts';

const fixture = (name: string) => readFile(new URL(`./testdata/${name}`, import.meta.url));

async function parseFixture(name: string): Promise<ParsedFeed> {
  return parseFeed(await fixture(name), { sourceId: 'feed', url: `https://feeds.example/${name}` });
}

function byGuid(feed: ParsedFeed, guid: string): Entry {
  const entry = feed.entries.find((e) => e.guid === guid);
  assert.ok(entry, `no entry ${guid}`);
  return entry;
}

void describe('RSS 0.91 with the Netscape DOCTYPE', async () => {
  const feed = await parseFixture('rss-091-dtd.xml');

  void test('is read as RSS; its HTML entities are decoded; the link is the guid', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.language, 'en-us');
    const [cafe, rowing] = feed.entries;
    assert.equal(cafe?.title, 'Café on the pier reopens');
    assert.equal(cafe?.summary, 'The café closed after the October storm & reopens on Saturday.');
    assert.equal(cafe?.guid, 'https://lakeside-courier.example/pier-cafe');
    assert.equal(rowing?.title, 'Rowing club elects "new" captain');
    assert.equal(rowing?.summary, "<b>Ines Varga</b> takes over from the club's founder.");
  });
});

void describe('RSS 0.92 without a DOCTYPE', async () => {
  const feed = await parseFixture('rss-092.xml');

  void test('an image enclosure is the lead figure; an audio enclosure is not', () => {
    const [pass, ferry] = feed.entries;
    assert.equal(
      pass?.contentHtml,
      '<figure><img src="https://ridge-radio.example/img/pass.jpg" alt=""></figure>\nThe upper pass road is closed until the ploughs get through.',
    );
    assert.equal(ferry?.contentHtml, null);
  });

  void test('an item without a title is kept, with its description', () => {
    const ferry = feed.entries[1]!;
    assert.equal(ferry.title, '');
    assert.equal(ferry.summary, 'Bulletin only: the ferry runs on the winter timetable from Monday.');
  });
});

void describe('RSS 1.0 with content:encoded, dc, Media RSS and georss', async () => {
  const feed = await parseFixture('rdf-content.xml');
  const entry = feed.entries[0]!;

  void test('dc:date with an offset, several dc:creator, dc:subject, content:encoded', () => {
    assert.equal(entry.published, '2024-11-27T11:15:00.000Z');
    assert.deepEqual(entry.authors, ['Osei Brandt', 'Lena Kowal']);
    assert.deepEqual(entry.categories, ['Community']);
    assert.equal(entry.summary, 'Volunteers finished the deck in two weekends.');
  });

  void test('media:content with its description as caption and credit as credit, before the content', () => {
    assert.equal(
      entry.contentHtml,
      '<figure><img src="https://tarn-gazette.example/img/deck.jpg" alt=""><figcaption>The new deck, seen from the east shore. ' +
        '<small>Lena Kowal</small></figcaption></figure>\n<p>Volunteers from three villages finished the new oak deck in two weekends.</p>',
    );
  });

  void test('georss:point is latitude then longitude', () => {
    assert.deepEqual(entry.geo, { lat: 54.4567, lon: -3.0123 });
  });
});

void describe('RSS 2.0 with xml:base, Media RSS and georss', async () => {
  const feed = await parseFixture('rss-media-geo.xml');

  void test('links and images resolve against the channel xml:base, and against an item’s own', () => {
    assert.equal(feed.link, 'https://meadow-times.example/');
    assert.equal(byGuid(feed, 'mt-1001').url, 'https://meadow-times.example/news/orchard/harvest');
    assert.equal(byGuid(feed, 'mt-1002').url, 'https://meadow-times.example/sport/county-cup');
  });

  void test('media:group: the default content, the group’s HTML description and credit', () => {
    assert.equal(
      byGuid(feed, 'mt-1001').contentHtml,
      '<figure><img src="https://meadow-times.example/img/orchard-large.jpg" alt="">' +
        '<figcaption>Pickers at the <i>north</i> orchard. <small>Ada Quill / Meadow Times</small></figcaption></figure>',
    );
  });

  void test('a thumbnail alone is still the lead image, and the summary follows it', () => {
    assert.equal(
      byGuid(feed, 'mt-1002').contentHtml,
      '<figure><img src="https://meadow-times.example/img/cup-thumb.jpg" alt=""></figure>\n<p>A late goal settled it.</p>',
    );
  });

  void test('an image the body already shows is not added twice; a video is no lead image', () => {
    const mayor = feed.entries.find((e) => e.title.startsWith('Mayor'))!;
    assert.equal(mayor.contentHtml, null);
    assert.equal(feed.entries.find((e) => e.title === 'Council publishes the budget')?.contentHtml, null);
  });

  void test('georss:point and W3C geo give the point; coordinates off the globe give none', () => {
    assert.deepEqual(byGuid(feed, 'mt-1001').geo, { lat: 51.5012, lon: -0.9876 });
    assert.deepEqual(byGuid(feed, 'mt-1002').geo, { lat: 52.1, lon: -1.2 });
    assert.equal(feed.entries.find((e) => e.title.startsWith('Mayor'))?.geo, null);
  });

  void test('dates: EST, GMT+5:30, IST (read as India, +05:30) and ISO 8601 in dc:date', () => {
    assert.equal(byGuid(feed, 'mt-1001').published, '2024-11-27T12:30:00.000Z');
    assert.equal(byGuid(feed, 'mt-1002').published, '2024-11-27T14:30:00.000Z');
    assert.equal(feed.entries.find((e) => e.title.startsWith('Mayor'))?.published, '2024-11-28T03:30:00.000Z');
    assert.equal(feed.entries.find((e) => e.title === 'Council publishes the budget')?.published, '2024-11-28T18:15:00.000Z');
  });

  void test('HTML in a CDATA title is kept as given', () => {
    assert.ok(feed.entries.some((e) => e.title === "Mayor's <em>first</em> 100 days"));
  });
});

void describe('Atom with Media RSS and georss', async () => {
  const feed = await parseFixture('atom-media.xml');
  const entry = feed.entries[0]!;

  void test('nested xml:base resolves the link and the thumbnail', () => {
    assert.equal(entry.url, 'https://fjord-post.example/en/culture/choir-sells-out');
    assert.match(entry.contentHtml ?? '', /^<figure><img src="https:\/\/fjord-post\.example\/en\/culture\/img\/choir\.jpg" alt=""><figcaption><small>Jon Aske<\/small><\/figcaption><\/figure>\nTickets went in an hour\.$/);
  });

  void test('an escaped HTML title is decoded once; the point is read', () => {
    assert.equal(entry.title, 'Choir & orchestra sell out', 'text: the markup goes, the reference is read once');
    assert.deepEqual(entry.geo, { lat: 60.39, lon: 5.32 });
  });
});

void describe('Atom titles of type html and xhtml', async () => {
  const feed = await parseFixture('atom-html-titles.xml');

  void test('are text in the entry, markup and references gone', () => {
    assert.equal(feed.title, 'Valley Gazette');
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ['Orchard growers report record apple harvest', 'Fish & chips stall opens at the market', 'Bridge tolls stay & rise', 'Why 5 < 6 at AT&T'],
    );
    const headlines = feed.entries.map((e) => articleFromEntry(e, { language: 'en', siteName: null }).headline);
    assert.deepEqual(headlines, feed.entries.map((e) => e.title), 'the articles read the same headlines');
  });

  void test('keep their markup in the raw item, for whoever needs it', () => {
    assert.match(feed.entries[0]?.raw ?? '', /<em>record<\/em>/);
  });
});

void describe('JSON Feed 1.0', async () => {
  const feed = await parseFixture('jsonfeed-1.0.json');

  void test('the singular author of 1.0 and the item image, resolved against the feed URL', () => {
    assert.equal(feed.format, 'jsonfeed');
    const entry = feed.entries[0]!;
    assert.deepEqual(entry.authors, ['Saltmarsh Desk']);
    assert.equal(
      entry.contentHtml,
      '<figure><img src="https://feeds.example/img/causeway.jpg" alt=""></figure>\n<p>The causeway was under water for two hours.</p>',
    );
  });
});
