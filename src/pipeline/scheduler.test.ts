import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { openStore } from '../store/open-store.ts';
import type { PassSummary } from './ingest-pass.ts';
import { tryPassLock, type PassHolder } from './pass-lock.ts';
import { silentLogger } from './pipeline-context.ts';
import { startScheduler } from './scheduler.ts';
import { syncConfigSources } from './sync-sources.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>https://local.example/</link>
<item><title>Ward committee approves new footpaths</title><link>https://local.example/footpaths</link>
<description>&lt;p&gt;The ward committee approved footpaths on four streets on Monday evening.&lt;/p&gt;</description></item>
</channel></rss>`;

/** A desk in `dir` with one source, a local RSS file, and its SQLite store. */
async function localDesk(dir: string) {
  await writeFile(path.join(dir, 'local.rss'), FEED);
  const config = parseConfig(
    `
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: city, title: City }]
sources: [{ id: local, name: Local, url: local.rss, section: city }]
`,
    { file: path.join(dir, 'wiredesk.yaml'), env: {} },
  );
  return { config, store: await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null }) };
}

test('the scheduler runs a pass at once, only for due sources, and stop() waits for it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-scheduler-'));
  const { config, store } = await localDesk(dir);
  try {
    const ctx = { config, store, now: () => new Date(), log: silentLogger };
    await syncConfigSources(ctx);
    const passes: PassSummary[] = [];
    let firstPass: () => void = () => {};
    const ran = new Promise<void>((resolve) => (firstPass = resolve));
    const scheduler = startScheduler(ctx, {
      tickMs: 20,
      onPass: (summary) => {
        passes.push(summary);
        firstPass();
      },
    });
    await ran;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await scheduler.stop();
    const count = passes.length;
    await new Promise((resolve) => setTimeout(resolve, 60));

    assert.equal(passes[0]?.sources, 1, 'the first pass fetches the due source');
    assert.equal(passes[0]?.articles.built, 1);
    assert.ok(passes.slice(1).every((p) => p.sources === 0), 'later ticks find nothing due for 15 minutes');
    assert.equal(passes.length, count, 'no pass after stop()');
    assert.equal((await store.counts()).articles, 1);
  } finally {
    await store.close();
  }
});

test('stop() during a pass: the sources it started are stored and built, the rest stay due for the next pass', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-scheduler-stop-'));
  const ids = Array.from({ length: 8 }, (_, i) => `local-${i}`);
  for (const id of ids) await writeFile(path.join(dir, `${id}.rss`), FEED.replaceAll('footpaths', `footpaths-${id}`));
  const config = parseConfig(
    `
site: { name: Test, baseUrl: "http://localhost" }
editions: [{ lang: en, path: / }]
sections: [{ id: city, title: City }]
sources: [${ids.map((id) => `{ id: ${id}, name: ${id}, url: ${id}.rss, section: city }`).join(', ')}]
`,
    { file: path.join(dir, 'wiredesk.yaml'), env: {} },
  );
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    const ctx = { config, store, now: () => new Date(), log: silentLogger };
    await syncConfigSources(ctx);
    let stopped: Promise<void> | undefined;
    const passes: PassSummary[] = [];
    const scheduler = startScheduler(ctx, {
      tickMs: 60_000,
      // The stop signal arrives as the first source is done, while others are in flight.
      onSourceDone: () => {
        stopped ??= scheduler.stop();
      },
      onPass: (summary) => passes.push(summary),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (!stopped) await new Promise((resolve) => setTimeout(resolve, 10));
    await stopped;

    const fetched = (passes[0]?.fetched ?? 0) + (passes[0]?.failed.length ?? 0);
    assert.ok(fetched >= 1 && fetched < ids.length, `stopped part-way: ${fetched} of ${ids.length} fetched`);
    const sources = await store.listSources();
    const attempted = sources.filter((s) => s.nextFetchAt !== null);
    assert.equal(attempted.length, fetched, 'the sources not started are still due');
    assert.deepEqual(await store.counts(), { sources: ids.length, entries: fetched, articles: fetched }, 'what was fetched is stored and built');
  } finally {
    await store.close();
  }
});

test('a tick that finds another process\'s pass running leaves the sources to it, and the next tick after it ends runs', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-scheduler-busy-'));
  const { config, store } = await localDesk(dir);
  try {
    const ctx = { config, store, now: () => new Date(), log: silentLogger };
    await syncConfigSources(ctx);
    // Another process, alive, on another machine: an `ingest` in the middle of its pass.
    const other = await tryPassLock(ctx, { pid: 4242, host: 'elsewhere', alive: () => true });
    assert.ok('release' in other);
    const busy: PassHolder[] = [];
    const passes: PassSummary[] = [];
    const scheduler = startScheduler(ctx, { tickMs: 20, onBusy: (holder) => busy.push(holder), onPass: (summary) => passes.push(summary) });
    while (busy.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(passes.length, 0, 'no pass while the other runs');
    assert.deepEqual({ pid: busy[0]?.pid, host: busy[0]?.host }, { pid: 4242, host: 'elsewhere' });
    assert.equal((await store.counts()).entries, 0);
    await other.release();
    while (passes.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await scheduler.stop();
    assert.equal(passes[0]?.articles.built, 1, 'the first tick after it ended ran the pass');
  } finally {
    await store.close();
  }
});
