import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { articleFromEntry } from '../extract/entry-article.ts';
import type { Entry } from './entry.ts';
import { FeedError, parseFeed, type ParsedFeed } from './feed-parser.ts';

const fixture = (name: string) => readFile(new URL(`./testdata/${name}`, import.meta.url));

async function parseFixture(name: string, url = `https://wire.example/${name}`): Promise<ParsedFeed> {
  return parseFeed(await fixture(name), { sourceId: 'wire', url });
}

function only(feed: ParsedFeed, guid: string): Entry {
  const entry = feed.entries.find((e) => e.guid === guid);
  assert.ok(entry, `no entry ${guid}`);
  return entry;
}

void describe('ninjs 1.x', async () => {
  const feed = await parseFixture('ninjs-1.json');
  const entry = only(feed, 'urn:example:harbourwire:2024:seoul-budget');

  void test('is recognised by its content and read as one entry', () => {
    assert.equal(feed.format, 'ninjs');
    assert.equal(feed.entries.length, 1);
  });

  void test('headline, description, body, dates and language', () => {
    assert.equal(entry.title, "Assembly passes next year's budget after all-night session");
    assert.equal(entry.summary, 'Lawmakers approved the budget 180 to 95.');
    assert.match(entry.contentHtml ?? '', /<p>SEOUL, Nov 27 \(Harbour Wire\) - Lawmakers approved/);
    assert.equal(entry.published, '2024-11-27T05:05:00.000Z');
    assert.equal(entry.updated, '2024-11-27T06:20:00.000Z');
    assert.equal(entry.language, 'en');
    assert.equal(entry.url, null, 'a ninjs uri names the item; it is not taken for a web page');
  });

  void test('the wire’s own dateline (located), byline and subjects; authors from people marked as such', () => {
    assert.equal(entry.dateline, 'SEOUL');
    assert.equal(entry.byline, 'By Min-ji Arlen, Harbour Wire');
    assert.deepEqual(entry.authors, ['Min-ji Arlen']);
    assert.deepEqual(entry.subjects, ['medtop:20000763 elections', 'medtop:11000000 politics', 'Asia']);
    assert.deepEqual(entry.categories, ['elections', 'politics', 'Asia']);
  });

  void test('the place named like `located` gives the point, not the first place', () => {
    assert.deepEqual(entry.geo, { lat: 37.5665, lon: 126.978 });
  });

  void test('the picture association becomes the lead figure, in a web-sized rendition, with caption and credit', () => {
    assert.ok(
      entry.contentHtml?.startsWith(
        '<figure><img src="https://media.harbourwire.example/seoul/preview.jpg" alt="">' +
          '<figcaption>Lawmakers leave the chamber at dawn. <small>Ola Brenn / Harbour Wire</small></figcaption></figure>',
      ),
    );
  });
});

void describe('ninjs 2.0 in an API wrapper', async () => {
  const feed = await parseFixture('ninjs-2.json');

  void test('text items become entries; a picture item is skipped with a warning', () => {
    assert.equal(feed.format, 'ninjs');
    assert.equal(feed.title, 'Harbour Wire: Asia');
    assert.deepEqual(feed.entries.map((e) => e.guid), ['urn:example:harbourwire:2024:typhoon', 'harbourwire-2024-0007']);
    assert.ok(feed.warnings.some((w) => w.includes('item 2: a ninjs picture item is not an article')));
  });

  void test('headlines by role, descriptions, the HTML body over the plain one, by, located, subjects', () => {
    const entry = only(feed, 'urn:example:harbourwire:2024:typhoon');
    assert.equal(entry.title, 'Typhoon Kestrel nears the coast; ferries halted');
    assert.equal(entry.summary, 'Ferries stay in port until Friday.');
    assert.match(entry.contentHtml ?? '', /<p>Ferries stayed in port &amp; schools closed\.<\/p>/);
    assert.equal(entry.byline, 'Tomas Ildor');
    assert.equal(entry.dateline, 'Port Ellery');
    assert.deepEqual(entry.subjects, ['medtop:17000000 weather']);
    assert.deepEqual(entry.geo, { lat: 23.25, lon: 120.5 }, 'GeoJSON is longitude first');
    assert.equal(entry.url, 'https://harbourwire.example/asia/typhoon-kestrel?utm_source=ninjs');
    assert.match(entry.contentHtml ?? '', /^<figure><img src="https:\/\/media\.harbourwire\.example\/typhoon\/pic\.jpg" alt=""><figcaption>Boats tied up/);
  });

  void test('guid wins over uri; a plain body is escaped into paragraphs; one version time is the publication time', () => {
    const entry = only(feed, 'harbourwire-2024-0007');
    assert.equal(entry.contentHtml, "<p>Prices held at last week's level.</p>");
    assert.equal(entry.published, '2024-11-28T01:30:00.000Z');
    assert.equal(entry.updated, null);
  });

  void test('a JSON Feed is still a JSON Feed', async () => {
    assert.equal((await parseFixture('jsonfeed.json')).format, 'jsonfeed');
  });
});

void describe('ninjs 2.x bylines', async () => {
  const feed = await parseFixture('ninjs-bylines.json');

  void test('the credits of bylines reach the entry, and its article names the people without "By"', () => {
    const one = only(feed, 'urn:example:lotuswire:2026:monsoon');
    assert.equal(one.byline, 'By Kavya Rao', "the wire's line as it gave it");
    assert.deepEqual(one.authors, ['Kavya Rao']);
    const two = only(feed, 'urn:example:lotuswire:2026:ferries');
    assert.equal(two.byline, 'By Kavya Rao; by Ola Brenn');
    assert.deepEqual(two.authors, ['Kavya Rao', 'Ola Brenn']);
    const options = { language: null, siteName: null };
    assert.equal(articleFromEntry(one, options).byline, 'Kavya Rao');
    assert.equal(articleFromEntry(two, options).byline, 'Kavya Rao and Ola Brenn');
  });
});

void describe('NewsML-G2 newsMessage', async () => {
  const feed = await parseFixture('newsml-message.xml');
  const entry = only(feed, 'urn:newsml:harbourwire.example:20241127:hw-0451');

  void test('text items of the itemSet become entries; the picture item is skipped', () => {
    assert.equal(feed.format, 'newsml-g2');
    assert.equal(feed.entries.length, 2);
    assert.ok(feed.warnings.some((w) => w.includes('a NewsML-G2 picture item is not an article')));
  });

  void test('contentMeta: headline with entities decoded, summary by role, language tag, dates', () => {
    assert.equal(entry.title, 'Assembly passes budget & tax bill after all-night session');
    assert.equal(entry.summary, 'Lawmakers approved the budget 180 to 95.');
    assert.equal(entry.language, 'en-GB');
    assert.equal(entry.published, '2024-11-27T05:05:00.000Z');
    assert.equal(entry.updated, '2024-11-27T05:40:00.000Z');
    assert.equal(entry.url, 'https://harbourwire.example/world/seoul-budget');
  });

  void test('dateline, by, creators, subjects with names, located coordinates', () => {
    assert.equal(entry.dateline, 'SEOUL, Nov 27');
    assert.equal(entry.byline, 'By Min-ji Arlen and Ola Brenn');
    assert.deepEqual(entry.authors, ['Min-ji Arlen', 'Ola Brenn']);
    assert.deepEqual(entry.subjects, ['medtop:20000763 elections', 'medtop:11000000 politics', 'geo:1835841']);
    assert.deepEqual(entry.categories, ['elections', 'politics']);
    assert.deepEqual(entry.geo, { lat: 37.5665, lon: 126.978 });
  });

  void test('the XHTML body of inlineXML, without its head; CDATA escaped, references kept', () => {
    const html = entry.contentHtml ?? '';
    assert.ok(!html.includes('<title>'), 'the XHTML head is not body text');
    assert.match(html, /^<p>SEOUL, Nov 27 \(Harbour Wire\) - Lawmakers approved the spending plan &#8212; the largest yet\.<\/p>/);
    assert.match(html, /<b>180<\/b> to 95 &lt;after&gt; midnight\./);
    assert.match(html, /<a href="\/world\/korea">More from Korea<\/a>/);
  });

  void test('inlineData plain text becomes paragraphs; located stands in for a missing dateline; xml:lang for a missing language', () => {
    const hindi = only(feed, 'urn:newsml:harbourwire.example:20241127:hw-0452');
    assert.equal(hindi.contentHtml, '<p>सियोल: संसद ने बजट पारित किया।</p>\n<p>मतदान 180 के मुकाबले 95 से हुआ।</p>');
    assert.equal(hindi.dateline, 'सियोल');
    assert.equal(hindi.language, 'hi');
    assert.equal(hindi.published, '2024-11-27T01:30:00.000Z');
  });
});

void describe('NewsML-G2 bare newsItem', () => {
  void test('prefixed elements, contentCreated, and a NITF body inside inlineXML', async () => {
    const feed = await parseFixture('newsml-item.xml');
    const entry = only(feed, 'tag:fernwire.example,2024:fw-88');
    assert.equal(entry.title, 'Glacier museum opens its ice cave');
    assert.equal(entry.language, 'de-CH');
    assert.equal(entry.published, '2024-11-28T08:30:00.000Z');
    assert.equal(entry.updated, '2024-11-28T10:00:00.000Z');
    assert.match(entry.contentHtml ?? '', /<p>The cave is 40 metres long\.<\/p>\s*<h2>Opening hours<\/h2>\s*<p>Daily from ten\.<\/p>/);
  });
});

void describe('NITF 3.x', async () => {
  const feed = await parseFixture('nitf-story.xml');
  const entry = only(feed, 'nw-2024-11-28-0012');

  void test('one document, one entry: doc-id, hl1, date.issue in ISO basic format, pubdata link', () => {
    assert.equal(feed.format, 'nitf');
    assert.equal(feed.entries.length, 1);
    assert.equal(entry.title, 'Harbour crane & gantry collapse at Port Averly');
    assert.equal(entry.published, '2024-11-28T11:15:00.000Z');
    assert.equal(entry.url, 'https://northwire.example/business/crane-collapse');
    assert.equal(entry.language, 'en-US');
    assert.equal(entry.summary, '<p>A gantry crane fell onto an empty berth.</p>');
  });

  void test('byline line and its persons, dateline with location and story.date', () => {
    assert.equal(entry.byline, 'By Cora Nyland and Idris Vane, Northwire');
    assert.deepEqual(entry.authors, ['Cora Nyland', 'Idris Vane']);
    assert.equal(entry.dateline, 'PORT AVERLY, Nov. 28');
  });

  void test('section and subject names are categories; refnums and classifiers are subjects', () => {
    assert.deepEqual(entry.categories, ['Business', 'Unrest, conflicts and war', 'Economy, business and finance', 'Shipping']);
    assert.deepEqual(entry.subjects, ['16000000 Unrest, conflicts and war', '04000000 Economy, business and finance', 'genre:current']);
  });

  void test('body.content in HTML terms: media as a figure resolved against the document, bq as blockquote', () => {
    const html = entry.contentHtml ?? '';
    assert.match(
      html,
      /<figure><img src="https:\/\/wire\.example\/photos\/crane\.jpg" alt="The fallen crane"><figcaption>The crane lies across berth 4\. <small>Idris Vane \/ Northwire<\/small><\/figcaption><\/figure>/,
    );
    assert.match(html, /<blockquote><p>"We heard it from the town," a dock worker said\.<\/p><\/blockquote>/);
    assert.match(html, /&#8212; A gantry crane collapsed onto an empty berth early on Thursday, <span>Cora Nyland<\/span> reported\./);
    assert.ok(!html.includes('<media') && !html.includes('<person'));
  });
});

void describe('wire format detection and errors', () => {
  void test('a configured format must match the content', async () => {
    assert.throws(
      () => parseFeed(Buffer.from('<nitf><head/></nitf>'), { sourceId: 's', url: 'https://x.example/n', format: 'newsml-g2' }),
      { message: 'ingest: https://x.example/n is NITF, but the source is configured as NewsML-G2' },
    );
    const feed = parseFeed(await fixture('ninjs-1.json'), { sourceId: 's', url: 'https://x.example/n', format: 'ninjs' });
    assert.equal(feed.entries.length, 1);
  });

  void test('malformed wire XML says where', () => {
    const error = (() => {
      try {
        parseFeed('<newsItem guid="g"><contentMeta><headline>x</contentMeta></newsItem>', { sourceId: 's', url: 'https://x.example/n' });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    assert.ok(error instanceof FeedError);
    assert.match(error.message, /^ingest: https:\/\/x\.example\/n is not a valid feed: malformed XML \(.+ at line 1\)$/);
  });

  void test('a newsMessage without items is an error, not an empty feed', () => {
    assert.throws(() => parseFeed('<newsMessage><header/></newsMessage>', { sourceId: 's', url: 'https://x.example/n' }), /has no <itemSet> with a <newsItem>/);
  });
});
