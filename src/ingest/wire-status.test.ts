import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Entry } from './entry.ts';
import { parseFeed } from './feed-parser.ts';
import { wireStatusWord } from './wire-status.ts';

function parse(text: string): { entries: Entry[]; warnings: string[] } {
  return parseFeed(Buffer.from(text), { sourceId: 'wire', url: 'https://wire.example/feed' });
}

function ninjs(fields: Record<string, unknown>): string {
  return JSON.stringify({ uri: 'urn:example:wire:1', type: 'text', headline: 'Bridge opens', body_text: 'The bridge opened.', ...fields });
}

function newsml(itemMeta: string): string {
  return `<?xml version="1.0"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:wire:2" version="2">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-05-01T08:00:00Z</versionCreated>${itemMeta}</itemMeta>
  <contentMeta><headline>Bridge opens</headline></contentMeta>
  <contentSet><inlineData>The bridge opened.</inlineData></contentSet>
</newsItem>`;
}

function nitf(docdataAttributes: string, docdata = ''): string {
  return `<?xml version="1.0"?>
<nitf><head><docdata ${docdataAttributes}><doc-id id-string="nitf-3"/><date.issue norm="20260501T080000Z"/>${docdata}</docdata></head>
<body><body.head><hedline><hl1>Bridge opens</hl1></hedline></body.head><body.content><p>The bridge opened.</p></body.content></body></nitf>`;
}

function wireFields(text: string): Pick<Entry, 'pubStatus' | 'embargoed'> {
  const [entry] = parse(text).entries;
  assert.ok(entry);
  return { pubStatus: entry.pubStatus, embargoed: entry.embargoed };
}

const none = { pubStatus: undefined, embargoed: undefined };

void describe('what a wire says about showing an item', () => {
  test('ninjs pubstatus and embargoed', () => {
    assert.deepEqual(wireFields(ninjs({ pubstatus: 'usable' })), none);
    assert.deepEqual(wireFields(ninjs({ pubstatus: 'canceled' })), { pubStatus: 'canceled', embargoed: undefined });
    assert.deepEqual(wireFields(ninjs({ pubstatus: 'withheld' })), { pubStatus: 'withheld', embargoed: undefined });
    assert.deepEqual(wireFields(ninjs({ embargoed: '2026-05-01T12:00:00+05:30' })), { pubStatus: undefined, embargoed: '2026-05-01T06:30:00.000Z' });
    assert.deepEqual(wireFields(ninjs({ embargoed: '' })), { pubStatus: 'withheld', embargoed: undefined }, 'embargoed with no time: held');
  });

  test('NewsML-G2 pubStatus (stat: qcodes) and embargoed', () => {
    assert.deepEqual(wireFields(newsml('<pubStatus qcode="stat:usable"/>')), none);
    assert.deepEqual(wireFields(newsml('<pubStatus qcode="stat:canceled"/>')).pubStatus, 'canceled');
    assert.deepEqual(wireFields(newsml('<pubStatus qcode="stat:withheld"/>')).pubStatus, 'withheld');
    assert.deepEqual(wireFields(newsml('<embargoed>2026-05-02T00:00:00Z</embargoed>')), { pubStatus: undefined, embargoed: '2026-05-02T00:00:00.000Z' });
    assert.deepEqual(wireFields(newsml('<embargoed/>')).pubStatus, 'withheld');
  });

  test('NITF docdata management-status, and date.release as the embargo', () => {
    assert.deepEqual(wireFields(nitf('management-status="usable"')), none);
    assert.deepEqual(wireFields(nitf('management-status="canceled"')).pubStatus, 'canceled');
    assert.deepEqual(wireFields(nitf('management-status="withheld"')).pubStatus, 'withheld');
    assert.deepEqual(wireFields(nitf('management-status="embargoed"', '<date.release norm="20260502T060000+0530"/>')), {
      pubStatus: undefined,
      embargoed: '2026-05-02T00:30:00.000Z',
    });
    assert.deepEqual(wireFields(nitf('management-status="embargoed"')).pubStatus, 'withheld', 'embargoed without a release time: held');
  });

  test('an embargo that is not a date holds the item, and says so', () => {
    const { entries, warnings } = parse(ninjs({ embargoed: 'next Tuesday' }));
    assert.equal(entries[0]?.pubStatus, 'withheld');
    assert.match(warnings.join('\n'), /embargo time "next Tuesday" is not a date/);
  });

  test('feeds have no such fields, and their content hash is what it always was', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>a</guid><title>Bridge</title><description>Text.</description></item></channel></rss>';
    const [entry] = parse(rss).entries;
    assert.ok(entry);
    assert.deepEqual({ pubStatus: entry.pubStatus, embargoed: entry.embargoed }, none);
    assert.ok(!('pubStatus' in entry) && !('embargoed' in entry));
  });

  test('status words as the formats spell them', () => {
    assert.equal(wireStatusWord('stat:canceled'), 'canceled');
    assert.equal(wireStatusWord('http://cv.iptc.org/newscodes/pubstatusg2/withheld'), 'withheld');
    assert.equal(wireStatusWord('Cancelled'), 'canceled');
    assert.equal(wireStatusWord('stat:draft'), null);
    assert.equal(wireStatusWord(null), null);
  });
});
