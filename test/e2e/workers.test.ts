/**
 * The pipeline on pg-boss workers, as an operator runs it on PostgreSQL:
 * three `wiredesk worker` processes and a `serve --no-ingest` share one
 * database. 100 loopback feeds on 5 hosts (a port each: politeness is per host
 * and port) are fetched, one worker is killed with SIGKILL mid-run and started
 * again; every item is stored once, every entry gets its article, no host ever
 * sees two requests at once, and the site answers throughout. Then: a job that
 * keeps failing ends in the dead-letter queue, `jobs list --failed` shows it,
 * `jobs retry` sends it again; and SIGTERM lets a job in flight finish.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { freshPostgresDesk } from '../../src/store/test-databases.ts';
import { missing } from '../missing-tool.ts';
import { runCli, servingUrl, waitFor, type CliProcess } from './cli-process.ts';
import { bulletinFeed } from './loopback-feeds.ts';

const postgresUrl = process.env['WIREDESK_TEST_DATABASE_URL'];
const skip = postgresUrl ? false : missing('postgresql', 'set WIREDESK_TEST_DATABASE_URL=postgres://… to run the worker tests');

const HOSTS = 5;
const FEEDS_PER_HOST = 20;
const ITEMS = 2;
/** Each answer takes this long, so that two requests to one host at once would overlap and be seen. */
const ANSWER_MS = 40;

/** One loopback "host" (a port) that serves routes and records how many requests it had in flight at most. */
interface RecordingHost {
  base: string;
  maxInFlight(): number;
  requests(): number;
  close(): Promise<void>;
}

async function recordingHost(route: (url: string) => { status: number; type: string; body: string; gate?: Promise<void> }): Promise<RecordingHost> {
  let inFlight = 0;
  let max = 0;
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    inFlight++;
    max = Math.max(max, inFlight);
    const answer = route(req.url ?? '/');
    res.on('close', () => inFlight--);
    void Promise.all([answer.gate, new Promise((r) => setTimeout(r, ANSWER_MS))]).then(() => {
      if (!res.destroyed) res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxInFlight: () => max,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const NOT_FOUND = { status: 404, type: 'text/plain', body: 'not found' };

async function writeDesk(dir: string, jobsSchema: string, sources: string[], extra = ''): Promise<void> {
  await writeFile(
    path.join(dir, 'wiredesk.yaml'),
    `site: { name: Worker Desk, baseUrl: "http://desk.example/" }
editions: [{ lang: en, path: / }]
sections: [{ id: world, title: World }]
dataDir: ./data
fetch: { allow: [127.0.0.1], timeoutMs: 3000, perHost: { concurrency: 1, delayMs: 20 } }
jobs: { schema: ${jobsSchema}, expireSeconds: 6, maintenanceSeconds: 1, retryDelaySeconds: 1, retryLimit: 1, stopDeadlineSeconds: 20 }
sources:
${sources.join('\n')}
${extra}`,
  );
}

function until(check: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  return (async () => {
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
}

async function stopAll(processes: CliProcess[]): Promise<(number | null)[]> {
  for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  return Promise.all(processes.map((p) => p.exit));
}

describe('pg-boss workers on PostgreSQL', { skip }, () => {
  let dir: string;
  let desk: Awaited<ReturnType<typeof freshPostgresDesk>>;
  let env: NodeJS.ProcessEnv;
  let store: Store;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-workers-'));
    desk = await freshPostgresDesk(postgresUrl!);
    env = { DATABASE_URL: desk.databaseUrl, WIREDESK_DATA_DIR: '', WIREDESK_FETCH_ALLOW: '' };
    store = await openStore({ dataDir: '/nonexistent', databaseUrl: desk.databaseUrl });
  });

  after(async () => {
    await store?.close();
    await desk?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  test('three workers and a serving desk, one worker killed mid-run: every item once, every article built, no host asked twice at once', { timeout: 120_000 }, async () => {
    const hosts = await Promise.all(
      Array.from({ length: HOSTS }, (_, h) =>
        recordingHost((url) => {
          const feed = bulletinFeed(`h${h}-feed-${/feed-(\d+)/.exec(url)?.[1] ?? 'x'}`, ITEMS);
          return url === feed.path ? { status: 200, type: feed.contentType, body: feed.body.toString() } : NOT_FOUND;
        }),
      ),
    );
    const sources = hosts.flatMap((host, h) =>
      Array.from({ length: FEEDS_PER_HOST }, (_, f) => `  - { id: h${h}-feed-${f}, name: "h${h} feed ${f}", url: "${host.base}/h${h}-feed-${f}.rss", section: world, language: en, fullText: feed }`),
    );
    await writeDesk(dir, desk.jobsSchema, sources);
    const started = Date.now();
    const server = runCli(['serve', '--no-ingest', '--port', '0'], { cwd: dir, env });
    const workers: CliProcess[] = [];
    const failures: string[] = [];
    let polling = true;
    try {
      // All four start together, as a deployment's units do.
      for (let i = 0; i < 3; i++) workers.push(runCli(['worker', '--concurrency', '2'], { cwd: dir, env }));
      const url = await servingUrl(server);
      // The home page, every 100 ms while the workers run.
      const poller = (async () => {
        let answered = 0;
        while (polling) {
          const response = await fetch(url).catch((error: unknown) => ({ status: String(error) }));
          if (response.status !== 200) failures.push(String(response.status));
          else answered++;
          await new Promise((r) => setTimeout(r, 100));
        }
        return answered;
      })();

      // Mid-run: some entries stored, many not yet. Then kill -9 a worker and start another in its place.
      await until(async () => (await store.counts()).entries >= 20, 'the first entries', 60_000);
      const victim = workers[0]!;
      victim.child.kill('SIGKILL');
      assert.equal(await victim.exit, null, 'the victim was killed by the signal');
      const entriesAtKill = (await store.counts()).entries;
      assert.ok(entriesAtKill < HOSTS * FEEDS_PER_HOST * ITEMS, `the kill came mid-run (${entriesAtKill} entries stored)`);
      workers[0] = runCli(['worker', '--concurrency', '2'], { cwd: dir, env });

      const expected = HOSTS * FEEDS_PER_HOST * ITEMS;
      await until(async () => {
        const counts = await store.counts();
        if (process.env['TRACE']) console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.entries} entries, ${counts.articles} articles`);
        return counts.entries >= expected && counts.articles >= expected;
      }, `${expected} entries and articles`, 60_000).catch(async (error: unknown) => {
        const counts = await store.counts();
        throw new Error(`${String(error)} (${counts.entries} entries, ${counts.articles} articles)\n${workers.map((w) => w.err().slice(-2000)).join('\n')}`);
      });
      polling = false;
      const answered = await poller;
      assert.deepEqual(failures, [], 'the home page answered every time');
      assert.ok(answered > 10, `the home page was asked throughout (${answered} answers)`);
      // The serving process reports the queue: its depth in /readyz, jobs by state in /metrics (from loopback).
      const ready = (await (await fetch(new URL('/readyz', url))).json()) as { status: string; queue?: { depth: number } };
      assert.equal(ready.status, 'ready');
      assert.equal(typeof ready.queue?.depth, 'number');
      const metrics = await (await fetch(new URL('/metrics', url))).text();
      assert.match(metrics, /wiredesk_jobs\{queue="fetch-source",state="completed"\} \d+/);
      console.log(`# workers: ${expected} entries and articles in ${((Date.now() - started) / 1000).toFixed(1)} s, kill at ${entriesAtKill} entries, ${answered} home page answers`);
    } finally {
      polling = false;
      const codes = await stopAll([...workers, server]);
      for (const host of hosts) await host.close();
      assert.deepEqual(codes.slice(1), codes.slice(1).map(() => 0), `every process still running stopped with 0:\n${workers.map((w) => w.err()).join('\n')}`);
    }

    const entries = await store.listEntries({ limit: 10_000 });
    const keys = entries.map((e) => `${e.sourceId} ${e.guid}`);
    assert.equal(new Set(keys).size, keys.length, 'no (source, guid) stored twice');
    assert.equal(keys.length, HOSTS * FEEDS_PER_HOST * ITEMS, 'every item stored');
    assert.equal((await store.counts()).articles, keys.length, 'one article per entry');
    // Ids are numbered by the database; a conflicting insert may use one up, so look a little past the count.
    const articles = (await Promise.all(Array.from({ length: 2 * keys.length }, (_, i) => store.getArticle(i + 1)))).filter((a) => a !== null);
    assert.equal(articles.length, keys.length);
    assert.equal(new Set(articles.map((a) => a.entryId)).size, keys.length, 'one article per entry');
    assert.ok(articles.every((a) => a.createdAt === a.updatedAt), 'no article was built a second time');
    for (const [h, host] of hosts.entries()) assert.equal(host.maxInFlight(), 1, `host ${h} never saw two requests at once`);
    const failed = runCli(['jobs', 'list', '--failed', '--format', 'jsonl'], { cwd: dir, env });
    assert.equal(await failed.exit, 0, failed.err());
    assert.equal(failed.out().trim(), '', 'no job ended in the dead-letter queue');
  });

  test('a job that keeps failing ends in the dead-letter queue; jobs list --failed shows it and jobs retry sends it again', { timeout: 90_000 }, async () => {
    let pageWorks = false;
    const host = await recordingHost((url) => {
      if (url === '/desk-page.rss') {
        const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>p</title><link>http://x.example/</link><item><guid>page-1</guid><title>The harbour board approves a second dry dock</title><link>URL/story-1</link><description>Short.</description></item></channel></rss>`;
        return { status: 200, type: 'application/rss+xml', body: feed.replace('URL', host.base) };
      }
      if (url === '/story-1') {
        return pageWorks
          ? { status: 200, type: 'text/html', body: `<!doctype html><html lang="en"><head><title>Dock</title></head><body><main><article><h1>The harbour board approves a second dry dock</h1><p>The harbour board approved a second dry dock on Friday after two years of hearings and a long public inquiry.</p><p>Work is to begin in March, and the first ship is expected in the autumn of next year.</p></article></main></body></html>` }
          : { status: 500, type: 'text/plain', body: 'the page server is down' };
      }
      return NOT_FOUND;
    });
    const dlqDir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-dlq-'));
    const dlqDesk = await freshPostgresDesk(postgresUrl!);
    const dlqEnv = { ...env, DATABASE_URL: dlqDesk.databaseUrl };
    const dlqStore = await openStore({ dataDir: '/nonexistent', databaseUrl: dlqDesk.databaseUrl });
    await writeDesk(dlqDir, dlqDesk.jobsSchema, [`  - { id: desk-page, name: "Page desk", url: "${host.base}/desk-page.rss", section: world, language: en, fullText: page }`]);
    const worker = runCli(['worker'], { cwd: dlqDir, env: dlqEnv });
    try {
      const list = async () => {
        const run = runCli(['jobs', 'list', '--failed', '--format', 'jsonl'], { cwd: dlqDir, env: dlqEnv });
        assert.equal(await run.exit, 0, run.err());
        return run.out().trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; queue: string; error: string; payload: unknown });
      };
      let failed: Awaited<ReturnType<typeof list>> = [];
      await until(async () => (failed = await list()).length > 0, 'a dead letter', 30_000).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${worker.err()}`);
      });
      assert.equal(failed.length, 1);
      assert.equal(failed[0]!.queue, 'fetch-page');
      assert.match(failed[0]!.error, /500/);
      assert.equal((await dlqStore.counts()).articles, 0, 'no article while the page fails');

      const counts = runCli(['jobs', 'list', '--format', 'jsonl'], { cwd: dlqDir, env: dlqEnv });
      assert.equal(await counts.exit, 0, counts.err());
      assert.match(counts.out(), /\{"queue":"dead-letter","state":"created","count":1\}/);
      const table = runCli(['jobs', 'list', '--failed'], { cwd: dlqDir, env: dlqEnv });
      assert.equal(await table.exit, 0);
      assert.match(table.out(), /fetch-page/);

      pageWorks = true;
      const retry = runCli(['jobs', 'retry', failed[0]!.id], { cwd: dlqDir, env: dlqEnv });
      assert.equal(await retry.exit, 0, retry.err());
      assert.match(retry.out(), /1 failed job sent back/);
      await until(async () => (await dlqStore.counts()).articles === 1, 'the retried article', 30_000);
      assert.deepEqual(await list(), [], 'the dead-letter queue is empty again');
      const [summary] = await dlqStore.latestArticles({ limit: 1 });
      const article = await dlqStore.getArticle(summary!.id);
      assert.match(article!.text, /long public inquiry/, 'the article holds the page text');
    } finally {
      worker.child.kill('SIGTERM');
      assert.equal(await worker.exit, 0, worker.err());
      await host.close();
      await dlqStore.close();
      await dlqDesk.drop();
      await rm(dlqDir, { recursive: true, force: true });
    }
  });

  test('SIGTERM while a job runs: the worker takes no new job, finishes the one in flight, and exits 0', { timeout: 60_000 }, async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const feed = bulletinFeed('held', 2);
    const host = await recordingHost((url) => {
      if (url !== feed.path) return NOT_FOUND;
      asked();
      return { status: 200, type: feed.contentType, body: feed.body.toString(), gate };
    });
    const termDir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-sigterm-'));
    const termDesk = await freshPostgresDesk(postgresUrl!);
    const termEnv = { ...env, DATABASE_URL: termDesk.databaseUrl };
    const termStore = await openStore({ dataDir: '/nonexistent', databaseUrl: termDesk.databaseUrl });
    try {
      await writeDesk(termDir, termDesk.jobsSchema, [`  - { id: held, name: "Held", url: "${host.base}${feed.path}", section: world, language: en, fullText: feed }`]);
      const worker = runCli(['worker'], { cwd: termDir, env: termEnv });
      await requested;
      worker.child.kill('SIGTERM');
      await waitFor(/worker stopping/, worker.err, worker.exit, 10_000);
      // The fetch is still held by the server: the worker must wait for it, not drop it.
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(worker.child.exitCode, null, 'the worker waits for its job in flight');
      release();
      assert.equal(await worker.exit, 0, worker.err());
      const entries = await termStore.listEntries({ limit: 10 });
      assert.equal(entries.length, 2, 'the job in flight stored its entries before the worker left');
    } finally {
      release();
      await host.close();
      await termStore.close();
      await termDesk.drop();
      await rm(termDir, { recursive: true, force: true });
    }
  });
});
