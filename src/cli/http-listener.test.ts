import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { listen } from './http-listener.ts';

test('close() refuses new connections but answers the request in flight; what outlasts the grace period is cut', async () => {
  let arrived!: () => void;
  const inFlight = new Promise<void>((resolve) => (arrived = resolve));
  let stuckArrived!: () => void;
  const stuckInFlight = new Promise<void>((resolve) => (stuckArrived = resolve));
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const app = new Hono();
  app.get('/slow', async (c) => {
    arrived();
    await answered;
    return c.text('finished');
  });
  app.get('/never', async (c) => {
    stuckArrived();
    await new Promise(() => {});
    return c.text('unreachable');
  });

  const listener = await listen(app, 0, '127.0.0.1');
  const slow = fetch(new URL('/slow', listener.url));
  await inFlight;
  const closed = listener.close();
  await assert.rejects(fetch(new URL('/slow', listener.url)), 'no new connection');
  answer();
  const response = await slow;
  assert.equal(response.status, 200);
  assert.equal(await response.text(), 'finished');
  await closed;

  const stuck = await listen(app, 0, '127.0.0.1');
  const never = fetch(new URL('/never', stuck.url));
  await stuckInFlight;
  const started = Date.now();
  await stuck.close(200);
  assert.ok(Date.now() - started < 5_000, 'closed at the grace period');
  await assert.rejects(never, 'the stuck request is cut');
});
