import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { instantOf, isRealDate, MONTH_NAMES, parseIsoDate, zoneOffset, type DateFields } from './dates.ts';

void describe('zoneOffset', () => {
  void test('names, in any case, including the older MET and MEST', () => {
    assert.equal(zoneOffset('MET'), 60);
    assert.equal(zoneOffset('MEST'), 120);
    assert.equal(zoneOffset('cest'), 120);
    assert.equal(zoneOffset('IST'), 330);
    assert.equal(zoneOffset('NPT'), 345);
    assert.equal(zoneOffset('EDT'), -240);
    assert.equal(zoneOffset('Z'), 0);
  });

  void test('numeric offsets with or without a colon, minutes or a GMT/UTC prefix', () => {
    assert.equal(zoneOffset('+05:30'), 330);
    assert.equal(zoneOffset('+0530'), 330);
    assert.equal(zoneOffset('+05'), 300);
    assert.equal(zoneOffset('-5:00'), -300);
    assert.equal(zoneOffset('GMT+0530'), 330);
    assert.equal(zoneOffset('UTC-5'), -300);
  });

  void test('unknown names and offsets past 14 hours are not zones', () => {
    for (const zone of ['XYZ', 'MESZ', '+15:00', '-1400x', '', '05:30']) assert.equal(zoneOffset(zone), null, zone);
    assert.equal(zoneOffset('+14:00'), 840);
  });
});

void describe('parseIsoDate', () => {
  void test('reads the fields, the fraction to the millisecond and the offset', () => {
    assert.deepEqual(parseIsoDate('2026-11-29T10:30:05.1239+05:30'), {
      year: 2026, month: 10, day: 29, hour: 10, minute: 30, second: 5, millisecond: 123, offset: 330,
    });
  });

  void test('a missing time is midnight and a missing zone is UTC', () => {
    assert.deepEqual(parseIsoDate('2026/3/6'), {
      year: 2026, month: 2, day: 6, hour: 0, minute: 0, second: 0, millisecond: 0, offset: 0,
    });
  });

  void test('anything but a leading date with an optional time and offset is not ISO-like', () => {
    for (const text of ['29 Nov 2026', '2026-11-29 10:30 IST', '2026-11-29T10:30:00+15:00', '03/04/2026']) {
      assert.equal(parseIsoDate(text), null, text);
    }
  });
});

void describe('isRealDate and instantOf', () => {
  const fields = (patch: Partial<DateFields>): DateFields => ({
    year: 2024, month: 1, day: 29, hour: 12, minute: 0, second: 0, millisecond: 0, offset: 0, ...patch,
  });

  void test('rejects fields Date.UTC would roll over, accepts a leap day and a leap second', () => {
    assert.equal(isRealDate(fields({})), true);
    assert.equal(isRealDate(fields({ second: 60 })), true);
    assert.equal(isRealDate(fields({ day: 30 })), false);
    assert.equal(isRealDate(fields({ year: 2023 })), false);
    assert.equal(isRealDate(fields({ hour: 24 })), false);
    assert.equal(isRealDate(fields({ minute: 60 })), false);
    assert.equal(isRealDate(fields({ year: 24 })), false);
  });

  void test('the instant takes the offset off', () => {
    assert.equal(new Date(instantOf(fields({ offset: 330, millisecond: 250 }))).toISOString(), '2024-02-29T06:30:00.250Z');
  });
});

void test('month names in English and Hindi, abbreviated or not', () => {
  assert.equal(MONTH_NAMES.get('sept'), 8);
  assert.equal(MONTH_NAMES.get('mar'), 2);
  assert.equal(MONTH_NAMES.get('नवम्बर'), 10);
  assert.equal(MONTH_NAMES.get('नवंबर'), 10);
});
