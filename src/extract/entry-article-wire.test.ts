import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromEntry } from './entry-article.ts';
import type { Entry } from '../ingest/entry.ts';
import { feedEntry } from '../store/test-records.ts';

/** A wire story, fictional, as a NewsML-G2 or NITF reader gives it. */
function wireEntry(fields: Partial<Entry>): Entry {
  return feedEntry('harbour-wire', 'urn:example:hw-1', {
    url: null,
    title: 'Assembly passes the budget',
    summary: null,
    contentHtml: '<p>SEOUL, Nov 27 (Harbour Wire) - Lawmakers approved the spending plan.</p><p>The vote was 180 to 95.</p>',
    published: '2024-11-27T05:05:00.000Z',
    authors: [],
    categories: [],
    raw: '{}',
    ...fields,
  });
}

const options = { language: 'en', siteName: null };

test('the wire’s own dateline is the article’s, and the dateline the text repeats is taken off', () => {
  const article = articleFromEntry(wireEntry({ dateline: 'Seoul, Nov 27' }), options);
  assert.equal(article.dateline, 'Seoul');
  assert.equal(article.text, 'Lawmakers approved the spending plan.\n\nThe vote was 180 to 95.');
});

test('a wire dateline is used when the text has none', () => {
  const article = articleFromEntry(wireEntry({ dateline: 'PORT AVERLY, Nov. 28', contentHtml: '<p>A crane fell.</p>' }), options);
  assert.equal(article.dateline, 'PORT AVERLY');
  assert.equal(article.text, 'A crane fell.');
});

test('a wire dateline is normalised text: controls dropped, NFC, one space', () => {
  const article = articleFromEntry(wireEntry({ dateline: 'Port\u0000\u001b  Ave\u0301ly, Nov. 28' }), options);
  assert.equal(article.dateline, 'Port Avély');
});

test('without a wire dateline the text’s is found as before', () => {
  assert.equal(articleFromEntry(wireEntry({}), options).dateline, 'SEOUL');
});

test('the wire byline stands in when there are no authors; authors still win', () => {
  assert.equal(articleFromEntry(wireEntry({ byline: 'By Min-ji Arlen' }), options).byline, 'Min-ji Arlen');
  assert.equal(articleFromEntry(wireEntry({ byline: 'By Desk', authors: ['Ola Brenn'] }), options).byline, 'Ola Brenn');
  assert.equal(articleFromEntry(wireEntry({}), options).byline, null);
});
