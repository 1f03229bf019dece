/**
 * The pass lease on SQLite and PostgreSQL: one holder at a time, the running
 * pass named to whoever asks, a crashed holder's lease taken over (at once on
 * the same machine, after expiry elsewhere), and a holder that lost its lease
 * told so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Config } from '../config/schema.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import type { Store } from '../store/store.ts';
import { LEASE_RENEW_MS, PASS_LEASE_MS, PassRunningError, takePassLock, tryPassLock, type LockIdentity } from './pass-lock.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';

const T0 = new Date('2026-12-06T21:40:00.000Z');
const LIVE = new Set([100, 200, 300]);
const on = (host: string, pid: number): LockIdentity => ({ host, pid, alive: (p) => LIVE.has(p) });

function contextAt(store: Store, clock: { now: Date }): PipelineContext {
  return { config: {} as Config, store, now: () => clock.now, log: silentLogger };
}

for (const dialect of testDialects) {
  void describe(`the pass lease on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('one holder at a time; the next is told who runs and since when, and gets it once released', async () => {
      const store = await database().open();
      const clock = { now: T0 };
      const ctx = contextAt(store, clock);
      const first = await tryPassLock(ctx, on('desk-a', 100));
      assert.ok('release' in first);
      assert.deepEqual(await tryPassLock(ctx, on('desk-b', 200)), { pid: 100, host: 'desk-a', since: T0.toISOString() });
      await assert.rejects(takePassLock(ctx, { identity: on('desk-a', 300) }), (error: unknown) => {
        assert.ok(error instanceof PassRunningError);
        assert.equal(error.message, `ingest: a pass is already running on this desk (pid 100 on desk-a, since ${T0.toISOString()}); try again when it ends, or use --wait`);
        return true;
      });
      await first.release();
      const second = await tryPassLock(ctx, on('desk-b', 200));
      assert.ok('release' in second, 'free once released');
      await second.release();
    });

    void it('a holder that died: on its own machine its lease is taken at once, from elsewhere once it expires', async () => {
      const store = await database().open();
      const clock = { now: T0 };
      const ctx = contextAt(store, clock);
      // pid 999 is not running on desk-a: a process killed with SIGKILL mid-pass.
      assert.ok('release' in (await tryPassLock(ctx, on('desk-a', 999))));
      assert.ok(!('release' in (await tryPassLock(ctx, on('desk-b', 200)))), 'another machine cannot tell it died: it waits for the expiry');
      const taken = await tryPassLock(ctx, on('desk-a', 100));
      assert.ok('release' in taken, 'the same machine sees the pid is gone');
      await taken.release();

      assert.ok('release' in (await tryPassLock(ctx, on('desk-c', 300))));
      clock.now = new Date(T0.getTime() + PASS_LEASE_MS - 1);
      assert.ok(!('release' in (await tryPassLock(ctx, on('desk-b', 200)))), 'still within its lifetime');
      clock.now = new Date(T0.getTime() + PASS_LEASE_MS);
      const afterExpiry = await tryPassLock(ctx, on('desk-b', 200));
      assert.ok('release' in afterExpiry, 'expired');
      await afterExpiry.release();
    });

    void it('a holder whose lease was taken over learns it at its next renewal', async (t) => {
      t.mock.timers.enable({ apis: ['setInterval'] });
      const store = await database().open();
      const clock = { now: T0 };
      const ctx = contextAt(store, clock);
      const stale = await tryPassLock(ctx, on('desk-a', 100));
      assert.ok('release' in stale);
      clock.now = new Date(T0.getTime() + PASS_LEASE_MS + 1);
      const thief = await tryPassLock(ctx, on('desk-b', 200));
      assert.ok('release' in thief);
      assert.equal(stale.lost.aborted, false);
      t.mock.timers.tick(LEASE_RENEW_MS);
      // The renewal is a database round trip (real time; only setInterval is mocked).
      for (let i = 0; i < 200 && !stale.lost.aborted; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(stale.lost.aborted, true);
      await stale.release();
      assert.deepEqual(await tryPassLock(ctx, on('desk-c', 300)), { pid: 200, host: 'desk-b', since: clock.now.toISOString() }, 'releasing a lost lease leaves the new holder\'s');
      await thief.release();
    });
  });
}
