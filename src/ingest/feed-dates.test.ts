import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFeedDate } from './feed-dates.ts';
import { NOT_DATES, ZONED_DATES } from '../text/testdata/zoned-dates.ts';

void describe('parseFeedDate', () => {
  const cases: Array<[string, string | null]> = [
    ['Tue, 05 Mar 2024 09:30:00 +0530', '2024-03-05T04:00:00.000Z'],
    ['Tue, 05 Mar 2024 09:30:00 GMT', '2024-03-05T09:30:00.000Z'],
    ['Wed, 06 Mar 2024 18:05:00 IST', '2024-03-06T12:35:00.000Z'],
    ['Mon, 04 Mar 2024 07:15:00 EDT', '2024-03-04T11:15:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 CEST', '2024-03-05T08:00:00.000Z'],
    ['Tue, 5 Mar 2024 10:00:00 GMT+0530', '2024-03-05T04:30:00.000Z'],
    ['Tue, 05 Mar 2024 10:00:00 +05:30 (IST)', '2024-03-05T04:30:00.000Z'],
    ['4 Mar 24 21:00 -0800', '2024-03-05T05:00:00.000Z'],
    ['Sunday, 03-March-1996 10:00:00 UT', '1996-03-03T10:00:00.000Z'],
    ['05 Mar 99 10:00 Z', '1999-03-05T10:00:00.000Z'],
    ['2024-03-06T08:00:00+01:00', '2024-03-06T07:00:00.000Z'],
    ['2024-03-06T08:00:00.25Z', '2024-03-06T08:00:00.250Z'],
    ['2024-03-06 08:00:00 +0530', '2024-03-06T02:30:00.000Z'],
    ['2024-03-06', '2024-03-06T00:00:00.000Z'],
    ['20241127T053000+0900', '2024-11-26T20:30:00.000Z'],
    ['20241127T0530Z', '2024-11-27T05:30:00.000Z'],
    ['20241127', '2024-11-27T00:00:00.000Z'],
    ['Wed, 27 Nov 2024 11:00:00 EST', '2024-11-27T16:00:00.000Z'],
    ['March 6, 2024 10:00 GMT', '2024-03-06T10:00:00.000Z'],
    ['  Tue, 05 Mar 2024 09:30:00 GMT\n', '2024-03-05T09:30:00.000Z'],
  ];
  for (const [input, expected] of cases) {
    void test(`${JSON.stringify(input)} → ${expected}`, () => {
      assert.equal(parseFeedDate(input), expected);
    });
  }

  void test('a date without a zone is read as UTC, whatever the machine zone', () => {
    assert.equal(parseFeedDate('Tue, 05 Mar 2024 12:30:00'), '2024-03-05T12:30:00.000Z');
    assert.equal(parseFeedDate('2024-03-05T12:30:00'), '2024-03-05T12:30:00.000Z');
  });

  void test('text that is not a date, or an impossible date, gives null', () => {
    for (const input of ['', 'next Thursday, probably', 'Tue, 32 Mar 2024 10:00:00 GMT', '2024-02-30', '2024-03-05T25:00:00Z', 'Tue, 05 Mar 2024 10:00:00 XYZ', 'March 6, 2024']) {
      assert.equal(parseFeedDate(input), null, input);
    }
  });

  void test('reads the dates pages also print as the same instants as parsePageDate does, MET and MEST included', () => {
    for (const { text, instant } of ZONED_DATES) assert.equal(parseFeedDate(text), instant, text);
    for (const text of NOT_DATES) assert.equal(parseFeedDate(text), null, text);
  });
});
