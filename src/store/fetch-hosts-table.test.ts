/**
 * Per-host politeness in the database, as workers on several machines share
 * it: slots up to the host's concurrency and no more, starts spaced by the
 * delay, a lapsed lease (its worker died) freed by itself, a slot given back
 * only by its holder, and Retry-After holds that only ever lengthen.
 * PostgreSQL only: SQLite desks keep this in memory.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { missing } from '../../test/missing-tool.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';

const postgres = testDialects.find((d) => d.name === 'postgres');
const HOST = 'wire.example:8443';

describe('fetch hosts on postgres', { skip: postgres ? false : missing('postgresql', 'set WIREDESK_TEST_DATABASE_URL to run') }, () => {
  const database = useFreshDatabase(postgres!);
  const turn = (holder: string, nowMs: number, concurrency = 2) => ({ host: HOST, concurrency, delayMs: 1_000, holder, nowMs, leaseMs: 10_000 });

  test('takers at once get the free slots, spaced by the delay, and the next one is told the host is busy', async () => {
    const store = await database().open();
    const turns = await Promise.all(['a', 'b', 'c'].map((holder) => store.takeHostTurn(turn(holder, 5_000))));
    const granted = turns.filter((t) => t.kind === 'granted');
    assert.equal(granted.length, 2);
    assert.deepEqual(granted.map((t) => t.slot).sort(), [0, 1]);
    assert.deepEqual(granted.map((t) => t.startAtMs).sort(), [5_000, 6_000]);
    assert.deepEqual(turns.filter((t) => t.kind === 'busy').length, 1);
  });

  test("a slot is given back by its holder only, and a lapsed lease frees itself", async () => {
    const store = await database().open();
    const first = await store.takeHostTurn(turn('a', 0, 1));
    assert.equal(first.kind, 'granted');
    assert.equal((await store.takeHostTurn(turn('b', 2_000, 1))).kind, 'busy');
    await store.releaseHostTurn(HOST, 0, 'someone-else');
    assert.equal((await store.takeHostTurn(turn('b', 2_000, 1))).kind, 'busy');
    // The holder died: after its lease, the slot is free again.
    assert.equal((await store.takeHostTurn(turn('b', 10_001, 1))).kind, 'granted');
    await store.releaseHostTurn(HOST, 0, 'b');
    assert.equal((await store.takeHostTurn(turn('c', 10_002, 1))).kind, 'granted');
  });

  test('a Retry-After hold refuses turns until its time, and a shorter hold never shortens it', async () => {
    const store = await database().open();
    await store.holdHost(HOST, 60_000);
    await store.holdHost(HOST, 30_000);
    assert.deepEqual(await store.takeHostTurn(turn('a', 40_000)), { kind: 'held', untilMs: 60_000 });
    assert.equal((await store.takeHostTurn(turn('a', 60_001))).kind, 'granted');
  });
});
