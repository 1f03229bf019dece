/**
 * Page latency while `serve` ingests: the home page and an article, loaded at
 * a steady rate for `--duration` seconds, first with no ingest running (the
 * floor, the named peer of this run) and then while serve's own pipeline
 * thread takes in one loopback feed of 10,000 items. Both with real
 * processes (`wiredesk serve` from bin/, as users run it), on SQLite and, when
 * a PostgreSQL URL is given, on PostgreSQL. Prints p50/p99/max per phase and
 * the ratio of each to the floor; the goal is p99 under 50 ms and no request
 * over 250 ms.
 *
 * `npm run bench:serve-under-ingest [-- --duration 30 --runs 3 --rate 20 --items 10000 --database-url postgres://…]`
 * (WIREDESK_BENCH_DATABASE_URL works too). On PostgreSQL each run creates a
 * database of its own with psql and drops it afterwards. `--bin` measures
 * another checkout's bin/wiredesk.js (an older commit, to compare).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
// The bench counts rows of a database a running pass writes to: read-only, without the
// migrations and write lock openStore would take (the pass may hold that lock for seconds).
// eslint-disable-next-line no-restricted-imports -- a raw read-only driver connection, see above.
import Database from 'better-sqlite3';
import { articleLinks } from '../test/e2e/cli-process.ts';
import { bulletinFeed, loopbackDeskYaml, serveFeeds, type LoopbackFeeds } from '../test/e2e/loopback-feeds.ts';
import { ownPostgresDatabase } from './postgres-database.ts';

const OWN_BIN = path.resolve(import.meta.dirname, '..', 'bin', 'wiredesk.js');
/** Articles on the desk before anything is measured: a home page with a full list, and an article to ask for. */
const SEED_ITEMS = 30;
/**
 * Requests per second: a small site's readers, and a load the floor keeps up
 * with on this 2-core machine, so the figures show waiting on the pipeline,
 * not a queue of requests the server could never answer.
 */
const DEFAULT_RATE = 20;
/** Readers' connections; the rate, not their number, sets the load. */
const CONNECTIONS = 4;
/** Load before each measured window, not counted: connections open, code warm. */
const WARM_UP_S = 3;
/** The goal of issue 14. */
const GOAL_P99_MS = 50;
const GOAL_MAX_MS = 250;
/** deploy/systemd/wiredesk-worker@.service's Nice=. */
const WORKER_NICE = 10;

interface Options {
  duration: number;
  runs: number;
  rate: number;
  items: number;
  databaseUrl: string | null;
  /** The wiredesk to measure: this checkout's, or another's (`--bin`, e.g. a copy of an older commit) to compare. */
  bin: string;
}

interface Latency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

interface RunResult {
  floor: Latency;
  ingest: Latency;
  /** Entries and articles the pass had stored when the window closed. */
  stored: { entries: number; articles: number };
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      runs: { type: 'string' },
      rate: { type: 'string' },
      items: { type: 'string' },
      'database-url': { type: 'string' },
      bin: { type: 'string' },
    },
  });
  const count = (value: string | undefined, fallback: number, name: string): number => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) usage(`--${name} takes a whole number of 1 or more, not "${value}"`);
    return n;
  };
  const databaseUrl = values['database-url'] ?? process.env['WIREDESK_BENCH_DATABASE_URL'] ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) usage(`--database-url takes a postgres:// URL, not "${databaseUrl}"`);
  return {
    duration: count(values.duration, 30, 'duration'),
    runs: count(values.runs, 1, 'runs'),
    rate: count(values.rate, DEFAULT_RATE, 'rate'),
    items: count(values.items, 10_000, 'items'),
    databaseUrl,
    bin: path.resolve(values.bin ?? OWN_BIN),
  };
}

function usage(problem: string): never {
  console.error(`bench:serve-under-ingest: ${problem}\nusage: npm run bench:serve-under-ingest -- [--duration S] [--runs N] [--rate R] [--items N] [--database-url postgres://…] [--bin path/to/bin/wiredesk.js]`);
  process.exit(2);
}

function say(line: string): void {
  console.log(`serve-under-ingest: ${line}`);
}

/** A `wiredesk` process in the desk's directory, its standard error kept for when it fails. */
function wiredesk(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env, LOG_FORMAT: 'json' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // The access log says a line per request; only the end is kept.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms: number, output: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`bench: ${what} did not happen within ${ms / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServe(bin: string, dir: string, env: NodeJS.ProcessEnv, ingest: boolean) {
  const serve = wiredesk(bin, ['serve', '--port', '0', ...(ingest ? [] : ['--no-ingest'])], dir, env);
  const url = await until('serve listening', () => /serving .* at (http:\/\/\S+)/.exec(serve.output())?.[1], 60_000, serve.output);
  return { ...serve, url };
}

async function stop(serve: { child: ChildProcess; exit: Promise<number | null> }, signal: NodeJS.Signals): Promise<void> {
  serve.child.kill(signal);
  await serve.exit;
}

async function load(url: string, paths: string[], seconds: number, rate: number): Promise<Latency> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    overallRate: rate,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
  });
  return {
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

function storedCounts(dir: string, database: { url: string } | null): { entries: number; articles: number } {
  const query = 'select (select count(*) from entries) as entries, (select count(*) from articles) as articles';
  if (database) {
    const result = spawnSync('psql', [database.url, '-At', '-F', ' ', '-c', query], { encoding: 'utf8' });
    const [entries = NaN, articles = NaN] = result.stdout.trim().split(' ').map(Number);
    return { entries, articles };
  }
  const db = new Database(path.join(dir, 'data', 'wiredesk.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).get() as { entries: number; articles: number };
  } finally {
    db.close();
  }
}

async function oneRun(engine: 'sqlite' | 'postgres', options: Options, feeds: LoopbackFeeds): Promise<RunResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-serve-bench-'));
  const database = engine === 'postgres' && options.databaseUrl ? ownPostgresDatabase(options.databaseUrl, 'wiredesk_bench') : null;
  const env: NodeJS.ProcessEnv = database ? { DATABASE_URL: database.url } : {};
  try {
    await writeFile(path.join(dir, 'wiredesk.yaml'), loopbackDeskYaml('Bench Desk', { seed: feeds.urls[0]! }));
    const seed = wiredesk(options.bin, ['ingest', '--all'], dir, env);
    if ((await seed.exit) !== 0) throw new Error(`bench: seeding the desk failed:\n${seed.output()}`);

    const quiet = await startServe(options.bin, dir, env, false);
    let paths: string[];
    let floor: Latency;
    try {
      const article = articleLinks(await (await fetch(quiet.url)).text())[0];
      if (!article) throw new Error('bench: the home page links to no article');
      paths = ['/', article];
      await load(quiet.url, paths, WARM_UP_S, options.rate);
      floor = await load(quiet.url, paths, options.duration, options.rate);
    } finally {
      await stop(quiet, 'SIGTERM');
    }

    // The big feed joins the desk; serve's first tick finds it due.
    await writeFile(path.join(dir, 'wiredesk.yaml'), loopbackDeskYaml('Bench Desk', { seed: feeds.urls[0]!, wire: feeds.urls[1]! }));
    const servedBefore = feeds.served();
    const busy = await startServe(options.bin, dir, env, true);
    // On PostgreSQL serve only schedules the pipeline; a `wiredesk worker` beside it runs it, as deployed:
    // at the lower CPU priority its systemd unit gives it (Nice=10), so that on a machine both share, pages come first.
    const worker = database ? wiredesk(options.bin, ['worker'], dir, env) : null;
    if (worker?.child.pid !== undefined) os.setPriority(worker.child.pid, WORKER_NICE);
    try {
      await until('serve fetching the big feed', () => (feeds.served() > servedBefore ? true : undefined), 120_000, busy.output);
      await load(busy.url, paths, WARM_UP_S, options.rate);
      const ingest = await load(busy.url, paths, options.duration, options.rate);
      const counts = storedCounts(dir, database);
      return { floor, ingest, stored: { entries: counts.entries - SEED_ITEMS, articles: counts.articles - SEED_ITEMS } };
    } finally {
      // The pass would go on building articles for a minute more; this desk is thrown away.
      await stop(busy, 'SIGKILL');
      if (worker) await stop(worker, 'SIGKILL');
    }
  } finally {
    database?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function describe(label: string, l: Latency): string {
  return `${label.padEnd(22)} ${String(l.requests).padStart(6)} req  p50 ${ms(l.p50).padStart(9)}  p99 ${ms(l.p99).padStart(9)}  max ${ms(l.max).padStart(9)}  failed ${l.failed}`;
}

function report(engine: string, results: RunResult[], options: Options): void {
  const pick = (phase: 'floor' | 'ingest', key: keyof Latency) => median(results.map((r) => r[phase][key]));
  const floor: Latency = { requests: pick('floor', 'requests'), p50: pick('floor', 'p50'), p99: pick('floor', 'p99'), max: pick('floor', 'max'), failed: pick('floor', 'failed') };
  const ingest: Latency = { requests: pick('ingest', 'requests'), p50: pick('ingest', 'p50'), p99: pick('ingest', 'p99'), max: pick('ingest', 'max'), failed: pick('ingest', 'failed') };
  const of = results.length > 1 ? ` (medians of ${results.length} runs)` : '';
  console.log(`\n${engine}${of}: home page and an article at ${options.rate} requests/s for ${options.duration} s`);
  console.log(describe('floor (no ingest)', floor));
  console.log(describe('during the ingest', ingest));
  console.log(`${'ratio to the floor'.padEnd(22)} ${''.padStart(10)}  p50 ${ratio(ingest.p50, floor.p50).padStart(9)}  p99 ${ratio(ingest.p99, floor.p99).padStart(9)}  max ${ratio(ingest.max, floor.max).padStart(9)}`);
  const stored = results.map((r) => `${r.stored.entries} entries, ${r.stored.articles} articles`).join('; ');
  console.log(`stored by the pass when the window closed: ${stored} (of ${options.items})`);
  const p99ok = ingest.p99 < GOAL_P99_MS;
  const maxOk = results.every((r) => r.ingest.max <= GOAL_MAX_MS);
  console.log(`goal during the ingest: p99 < ${GOAL_P99_MS} ms ${p99ok ? 'met' : 'NOT met'}; no request over ${GOAL_MAX_MS} ms ${maxOk ? 'met' : 'NOT met'} (every run)`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const engines: ('sqlite' | 'postgres')[] = options.databaseUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!options.databaseUrl) say('no PostgreSQL URL (--database-url or WIREDESK_BENCH_DATABASE_URL): SQLite only');
  if (options.bin !== OWN_BIN) say(`measuring ${options.bin}`);
  say(`${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}; a shared machine moves these figures`);
  const feeds = await serveFeeds([bulletinFeed('seed', SEED_ITEMS), bulletinFeed('wire', options.items)]);
  try {
    for (const engine of engines) {
      const results: RunResult[] = [];
      for (let run = 1; run <= options.runs; run++) {
        say(`${engine}: run ${run} of ${options.runs}: seeding, ${options.duration} s without ingest, ${options.duration} s during it`);
        results.push(await oneRun(engine, options, feeds));
        const last = results.at(-1)!;
        say(`${engine}: run ${run}: floor p99 ${ms(last.floor.p99)}, during the ingest p99 ${ms(last.ingest.p99)}, max ${ms(last.ingest.max)}`);
      }
      report(engine, results, options);
    }
  } finally {
    await feeds.close();
  }
}

await main();
