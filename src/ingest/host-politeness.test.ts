import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HostPoliteness } from './host-politeness.ts';
import { FetchError } from './http-fetch.ts';
import { MAX_RETRY_AFTER_MS, retryAfterUntil } from './retry-after.ts';
import { settle, VirtualClock } from './testdata/virtual-clock.ts';

const A = 'https://wire.example/world.rss';
const A2 = 'https://wire.example/story/1';
const B = 'https://ledger.example/feed.json';

/** A task that records when it started and finishes when the test says so. */
function controlledTask(clock: VirtualClock, starts: number[]) {
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      starts.push(clock.now());
      await done;
    },
    finish: () => finish(),
  };
}

/** A task that does `effect` the moment it starts and is done at once. */
function instantTask(effect: () => unknown): () => Promise<void> {
  return () => {
    effect();
    return Promise.resolve();
  };
}

function statusError(url: string, status: number, retryAfter: string | null): FetchError {
  return new FetchError(`ingest: ${url} answered ${status}`, { url, kind: 'status', status, retryAfter });
}

void describe('HostPoliteness', () => {
  void test('requests to one host start at least delayMs apart; another host does not wait', async () => {
    const clock = new VirtualClock();
    const t0 = clock.now();
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 1_000 }, clock);
    const startsA: number[] = [];
    const startsB: number[] = [];
    const runs = [
      polite.run(A, instantTask(() => startsA.push(clock.now()))),
      polite.run(A2, instantTask(() => startsA.push(clock.now()))),
      polite.run(A, instantTask(() => startsA.push(clock.now()))),
      polite.run(B, instantTask(() => startsB.push(clock.now()))),
    ];
    await settle();
    assert.deepEqual(startsB, [t0], 'the other host starts at once');
    assert.deepEqual(startsA, [t0]);
    await clock.advance(999);
    assert.equal(startsA.length, 1, 'not before the delay is over');
    await clock.advance(1);
    await clock.advance(1_000);
    await Promise.all(runs);
    assert.deepEqual(startsA, [t0, t0 + 1_000, t0 + 2_000]);
  });

  void test('at most `concurrency` requests to one host are in flight', async () => {
    const clock = new VirtualClock();
    const polite = new HostPoliteness({ concurrency: 2, delayMs: 0 }, clock);
    const starts: number[] = [];
    const tasks = Array.from({ length: 5 }, () => controlledTask(clock, starts));
    const runs = tasks.map((t) => polite.run(A, t.task));
    await settle();
    assert.equal(starts.length, 2);
    tasks[0]!.finish();
    await settle();
    assert.equal(starts.length, 3, 'a finished request frees its slot for the next');
    for (const t of tasks) t.finish();
    await Promise.all(runs);
    assert.equal(starts.length, 5);
  });

  void test('a failing task frees its slot and its error reaches the caller', async () => {
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 0 }, new VirtualClock());
    await assert.rejects(polite.run(A, () => Promise.reject(new Error('reset'))), /reset/);
    assert.equal(await polite.run(A, () => Promise.resolve('next')), 'next');
  });

  void test('Retry-After on a 429 holds that host only, until the time it names', async () => {
    const clock = new VirtualClock();
    const t0 = clock.now();
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 0 }, clock);
    await assert.rejects(polite.run(A, () => Promise.reject(statusError(A, 429, '120'))), { kind: 'status' });
    assert.equal(polite.heldUntil(A2), t0 + 120_000);

    let called = false;
    const held = await polite.run(A2, instantTask(() => (called = true))).catch((error: unknown) => error);
    assert.ok(held instanceof FetchError);
    assert.equal(held.kind, 'held');
    assert.equal(called, false, 'a held host is not asked at all');
    assert.equal(
      held.message,
      'ingest: wire.example asked wiredesk to wait until 2026-11-28T12:02:00.000Z (Retry-After); https://wire.example/story/1 was not requested',
    );
    assert.equal(retryAfterUntil(held.retryAfter ?? '', t0), t0 + 120_000, 'the error says when to come back');

    assert.equal(await polite.run(B, () => Promise.resolve('ledger')), 'ledger', 'an unrelated host is not held');
    await clock.advance(120_000);
    assert.equal(polite.heldUntil(A), null);
    assert.equal(await polite.run(A, () => Promise.resolve('back')), 'back');
  });

  void test('a request queued behind the one that got the 429 is refused without being made', async () => {
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 0 }, new VirtualClock());
    let failFirst: () => void = () => {};
    const first = polite.run(A, () => new Promise((_, reject) => (failFirst = () => reject(statusError(A, 429, '60')))));
    let secondRan = false;
    const second = polite.run(A2, instantTask(() => (secondRan = true)));
    await settle();
    failFirst();
    await assert.rejects(first, { kind: 'status', status: 429 });
    await assert.rejects(second, { kind: 'held', retryAfter: '60' });
    assert.equal(secondRan, false);
  });

  void test('a 503 with an HTTP-date holds the host; a 500 with Retry-After, or a 429 without, does not', async () => {
    const clock = new VirtualClock();
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 0 }, clock);
    const inFiveMinutes = new Date(clock.now() + 300_000).toUTCString();
    await assert.rejects(polite.run(A, () => Promise.reject(statusError(A, 503, inFiveMinutes))));
    assert.equal(polite.heldUntil(A), clock.now() + 300_000);
    await assert.rejects(polite.run(B, () => Promise.reject(statusError(B, 500, '600'))));
    await assert.rejects(polite.run(B, () => Promise.reject(statusError(B, 429, null))));
    assert.equal(polite.heldUntil(B), null);
  });

  void test('URLs that are not http(s) run without limits', async () => {
    const polite = new HostPoliteness({ concurrency: 1, delayMs: 60_000 }, new VirtualClock());
    assert.equal(await polite.run('feeds/local.xml', () => Promise.resolve(1)), 1);
    assert.equal(await polite.run('file:///srv/feeds/local.xml', () => Promise.resolve(2)), 2);
  });
});

void describe('retryAfterUntil', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');

  void test('reads seconds and the three HTTP-date forms', () => {
    assert.equal(retryAfterUntil('120', now), now + 120_000);
    assert.equal(retryAfterUntil(' 0030 ', now), now + 30_000);
    const at = Date.parse('2026-11-28T12:10:00Z');
    assert.equal(retryAfterUntil('Sat, 28 Nov 2026 12:10:00 GMT', now), at);
    assert.equal(retryAfterUntil('Saturday, 28-Nov-26 12:10:00 GMT', now), at);
    assert.equal(retryAfterUntil('Sat Nov 28 12:10:00 2026', now), at);
  });

  void test('ignores what it cannot read and times already past; caps far times at a day', () => {
    assert.equal(retryAfterUntil('soon', now), null);
    assert.equal(retryAfterUntil('-5', now), null);
    assert.equal(retryAfterUntil('0', now), null);
    assert.equal(retryAfterUntil('Sat, 28 Nov 2026 11:00:00 GMT', now), null);
    assert.equal(retryAfterUntil('31536000', now), now + MAX_RETRY_AFTER_MS);
  });
});
