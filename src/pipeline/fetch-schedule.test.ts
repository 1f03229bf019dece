import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { feedRefresh, syndicationMinutes } from '../ingest/feed-refresh.ts';
import {
  httpFreshMinutes,
  MAX_BACKOFF_MS,
  nextFetchAfterFailure,
  nextFetchAfterSuccess,
  NO_SIGNALS,
  pollingIntervalMinutes,
  publishingIntervalMinutes,
} from './fetch-schedule.ts';

const NOW = new Date('2026-11-28T00:00:00Z');
const BOUNDS = { defaultMinutes: 15, minMinutes: 5, maxMinutes: 360 };

function minutesUntil(iso: string): number {
  return (Date.parse(iso) - NOW.getTime()) / 60_000;
}

void describe('backoff after failures', () => {
  void test('doubles from the interval, capped at a day; without jitter exactly', () => {
    const after = (failures: number) => minutesUntil(nextFetchAfterFailure(NOW, 15, failures, () => 0));
    assert.deepEqual([1, 2, 3, 4].map(after), [15, 30, 60, 120]);
    assert.equal(after(40), MAX_BACKOFF_MS / 60_000, 'still retried once a day, never dropped');
    assert.equal(after(10_000), MAX_BACKOFF_MS / 60_000);
  });

  void test('jitter shortens a wait by up to a fifth, never past the cap, and each wait still grows', () => {
    const longest = (failures: number) => minutesUntil(nextFetchAfterFailure(NOW, 15, failures, () => 0));
    const shortest = (failures: number) => minutesUntil(nextFetchAfterFailure(NOW, 15, failures, () => 0.999_999));
    assert.ok(Math.abs(shortest(1) - 12) < 0.01, `shortest first wait ${shortest(1)} min`);
    for (let failures = 1; failures < 7; failures++) {
      assert.ok(shortest(failures + 1) > longest(failures), `wait ${failures + 1} may not be shorter than wait ${failures}`);
    }
    assert.ok(longest(40) <= MAX_BACKOFF_MS / 60_000);
    const spread = new Set([0.1, 0.5, 0.9].map((r) => nextFetchAfterFailure(NOW, 15, 3, () => r)));
    assert.equal(spread.size, 3, 'sources failing together come back at different times');
  });
});

void describe('adaptive polling', () => {
  void test('without signals, the configured interval', () => {
    assert.equal(nextFetchAfterSuccess(NOW, NO_SIGNALS, BOUNDS), '2026-11-28T00:15:00.000Z');
  });

  void test('a source that publishes every 40 minutes is fetched every 40; one every 2, at the lower bound', () => {
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, publishingMinutes: 40 }, BOUNDS), 40);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, publishingMinutes: 2 }, BOUNDS), 5);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, publishingMinutes: 3 * 24 * 60 }, BOUNDS), 360, 'nor less often than the upper bound');
  });

  void test('the publishing rate wins over the declared one; ttl and max-age are floors', () => {
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, declaredUpdateMinutes: 60 }, BOUNDS), 60);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, declaredUpdateMinutes: 60, publishingMinutes: 20 }, BOUNDS), 20);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, publishingMinutes: 20, ttlMinutes: 90 }, BOUNDS), 90);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, publishingMinutes: 20, httpFreshMinutes: 30 }, BOUNDS), 30);
    assert.equal(pollingIntervalMinutes({ ...NO_SIGNALS, ttlMinutes: 7 * 24 * 60 }, BOUNDS), 360, 'the upper bound has the last word');
  });

  void test('the publishing interval is the median gap between distinct publication times', () => {
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
    assert.equal(publishingIntervalMinutes([at(0), at(30), at(60), at(90), at(300)]), 30, 'one long silence does not skew it');
    assert.equal(publishingIntervalMinutes([at(90), at(0), at(60), at(30)]), 30, 'order does not matter');
    assert.equal(publishingIntervalMinutes([at(0), at(0), at(0), at(10), at(10), at(30), at(50)]), 20, 'a batch stamped alike is one publication');
    assert.equal(publishingIntervalMinutes([at(0), at(10), at(20)]), null, 'two gaps are too few to judge');
    assert.equal(publishingIntervalMinutes(['not a date', at(0)]), null);
  });

  void test('HTTP freshness: max-age, else Expires against Date; nothing for no-store', () => {
    assert.equal(httpFreshMinutes({ 'cache-control': 'public, max-age=1800' }, NOW), 30);
    assert.equal(httpFreshMinutes({ 'cache-control': 'max-age=600, no-cache' }, NOW), null);
    assert.equal(
      httpFreshMinutes({ expires: 'Sat, 28 Nov 2026 01:00:00 GMT', date: 'Sat, 28 Nov 2026 00:20:00 GMT' }, NOW),
      40,
      'Expires is read against the server\'s own clock',
    );
    assert.equal(httpFreshMinutes({ expires: 'Sat, 28 Nov 2026 00:45:00 GMT' }, NOW), 45);
    assert.equal(httpFreshMinutes({ expires: 'Sat, 28 Nov 2026 00:45:00 GMT', 'cache-control': 'no-store' }, NOW), null);
    assert.equal(httpFreshMinutes({}, NOW), null);
  });

  void test('the feed\'s own pace: ttl and the syndication module', () => {
    assert.deepEqual(feedRefresh({ ttl: 45 }), { ttlMinutes: 45, updateMinutes: null });
    assert.deepEqual(feedRefresh({ sy: { updatePeriod: 'hourly', updateFrequency: 4 } }), { ttlMinutes: null, updateMinutes: 15 });
    assert.equal(feedRefresh({}), null);
    assert.equal(syndicationMinutes('daily', null), 1440);
    assert.equal(syndicationMinutes(null, 2), 720, 'the period defaults to daily');
    assert.equal(syndicationMinutes('fortnightly', 1), null);
    assert.equal(syndicationMinutes('hourly', 0), null);
  });
});
