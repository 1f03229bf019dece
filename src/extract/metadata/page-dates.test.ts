import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, parsePageDate } from './page-dates.ts';
import { NOT_DATES, ZONED_DATES } from '../../text/testdata/zoned-dates.ts';

test('ISO dates keep the page offset; a missing zone is read as UTC', () => {
  assert.equal(parsePageDate('2026-11-29T10:30:00+05:30'), '2026-11-29T10:30:00+05:30');
  assert.equal(parsePageDate('2026-11-29 10:30:00 +0530'), '2026-11-29T10:30:00+05:30');
  assert.equal(parsePageDate('2026-11-29T10:30:00.123Z'), '2026-11-29T10:30:00Z');
  assert.equal(parsePageDate('2026-11-29'), '2026-11-29T00:00:00Z');
});

test('dates in words, English and Hindi, with zone names', () => {
  assert.equal(parsePageDate('Updated: 29 November 2026, 10:30 PM IST'), '2026-11-29T22:30:00+05:30');
  assert.equal(parsePageDate('Nov. 29, 2026 9:05 a.m. EST'), '2026-11-29T09:05:00-05:00');
  assert.equal(parsePageDate('29 नवंबर 2026, 10:30 AM IST'), '2026-11-29T10:30:00+05:30');
  assert.equal(parsePageDate('Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)'), '2024-12-07T01:36:42Z');
  assert.equal(parsePageDate('Tue, 02 Jan 2024 12:04:05 +0530'), '2024-01-02T12:04:05+05:30');
  assert.equal(parsePageDate('Posted 3 March 2026 12:30 at the harbour'), '2026-03-03T12:30:00Z');
});

test('a date in a URL path is the weakest evidence but evidence', () => {
  assert.equal(dateFromUrl('https://news.example/2026/11/29/flood-warning/'), '2026-11-29T00:00:00Z');
  assert.equal(dateFromUrl('https://blog.example/articles/2025-12-15+Rust+backend'), '2025-12-15T00:00:00Z');
  assert.equal(dateFromUrl('https://news.example/world/flood-warning-4471'), null);
  assert.equal(dateFromUrl(null), null);
});

test('placeholders, far-future years, impossible fields and ambiguous orders are rejected', () => {
  for (const text of ['0000-00-00', '1970-01-01T00:00:00Z', '9999-12-31', '2026-02-30', '2026-11-29T25:00', '03/04/2026', 'yesterday', '']) {
    assert.equal(parsePageDate(text), null, text);
  }
});

test('reads the dates feeds also carry as the same instants as parseFeedDate does, MET and MEST included', () => {
  for (const { text, instant } of ZONED_DATES) {
    const date = parsePageDate(text);
    assert.ok(date, text);
    assert.equal(new Date(date).toISOString(), instant, text);
  }
  for (const text of NOT_DATES) assert.equal(parsePageDate(text), null, text);
});

test('the page keeps its own offset, from a zone name as from a number', () => {
  assert.equal(parsePageDate('Tue, 05 Mar 2024 10:00:00 MET'), '2024-03-05T10:00:00+01:00');
  assert.equal(parsePageDate('15 June 2024, 10:00 MEST'), '2024-06-15T10:00:00+02:00');
});

test('in running text a zone name counts only in capitals: "met" is a word', () => {
  assert.equal(parsePageDate('5 March 2024 10:00 met the minister'), '2024-03-05T10:00:00Z');
});
