/**
 * `npm run bench:workers`: the pipeline's throughput on PostgreSQL with 1, 2
 * and 3 `wiredesk worker` processes, against the named peer of the same run,
 * one `wiredesk ingest --all` process on the same feeds. Every run gets a
 * database of its own (made with psql, dropped afterwards), loopback feeds on
 * several hosts (127.0.0.1, 127.0.0.2, …) and, when it is installed, Apertium
 * APY for the translations. Prints, per worker count: feeds fetched per
 * minute, articles built per second, translations per second per pair, the
 * ratio of each to the peer, and which resource fills first (the workers'
 * processors, PostgreSQL, per-host politeness, the engine), read from /proc
 * and pg_stat_activity while the run goes on.
 *
 * `npm run bench:workers -- --database-url postgres://postgres@127.0.0.1:5432/postgres [--workers 1,2,3]
 *   [--rounds 1] [--feeds 60] [--hosts 30] [--items 40] [--translated-feeds 8] [--delay-ms 1000]
 *   [--concurrency 2] [--timeout 150]` (WIREDESK_BENCH_DATABASE_URL or WIREDESK_TEST_DATABASE_URL work too).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { apyInstalled, startApy, type ApyServer } from '../src/translate/engines/apy-process.ts';
import { serveFeedHosts, SENTENCES_PER_ITEM, type FeedHosts, type FeedPlan } from './workers-feeds.ts';
import { CORES, cpuSeconds, CpuMeter, machineTicks, PostgresWatch, processTree, type BackendStates, type Progress } from './workers-probes.ts';
import { verdict, type Fills } from './workers-verdict.ts';
import { ownPostgresDatabase } from './postgres-database.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'wiredesk.js');
const POLL_MS = 250;

interface Options extends FeedPlan {
  databaseUrl: string;
  workers: number[];
  rounds: number;
  delayMs: number;
  concurrency: number;
  timeoutS: number;
}

/** One run: the peer (`workers: null`) or `workers` worker processes. */
export interface RunResult {
  label: string;
  workers: number | null;
  /** From the first process's start to the last translation (or article, without APY). */
  toDoneS: number;
  feedsPerMinute: number;
  articlesPerSecond: number;
  /** Finished translations per second per target language, while the writer was translating (idle gaps left out). */
  translationsPerSecond: Record<string, number>;
  fills: Fills;
  backends: BackendStates;
  /** Most feed requests one host had at once (1 when politeness held). */
  maxInFlight: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      workers: { type: 'string' },
      rounds: { type: 'string' },
      feeds: { type: 'string' },
      hosts: { type: 'string' },
      items: { type: 'string' },
      'translated-feeds': { type: 'string' },
      'delay-ms': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  const count = (name: keyof typeof values, fallback: number, min = 1): number => {
    const value = values[name];
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < min) usage(`--${name} takes a whole number of ${min} or more, not "${value}"`);
    return n;
  };
  const databaseUrl = values['database-url'] ?? process.env['WIREDESK_BENCH_DATABASE_URL'] ?? process.env['WIREDESK_TEST_DATABASE_URL'];
  if (!databaseUrl) usage('workers need PostgreSQL: give --database-url postgres://… (or WIREDESK_BENCH_DATABASE_URL)');
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) usage(`--database-url takes a postgres:// URL, not "${databaseUrl}"`);
  const workers = (values.workers ?? '1,2,3').split(',').map(Number);
  if (workers.some((n) => !Number.isInteger(n) || n < 1 || n > 16)) usage(`--workers takes worker counts from 1 to 16 (1,2,3), not "${values.workers}"`);
  const options: Options = {
    databaseUrl,
    workers,
    rounds: count('rounds', 1),
    feeds: count('feeds', 60),
    hosts: count('hosts', 30),
    items: count('items', 40),
    translatedFeeds: count('translated-feeds', 8, 0),
    delayMs: count('delay-ms', 1000, 0),
    concurrency: count('concurrency', 2),
    timeoutS: count('timeout', 150),
  };
  if (options.hosts > 250) usage('--hosts: at most 250 (127.0.0.1 to 127.0.0.250)');
  if (options.translatedFeeds > options.feeds) usage('--translated-feeds cannot exceed --feeds');
  return options;
}

function usage(problem: string): never {
  console.error(
    `bench:workers: ${problem}\nusage: npm run bench:workers -- --database-url postgres://… [--workers 1,2,3] [--rounds N] [--feeds N] [--hosts N] [--items N] [--translated-feeds N] [--delay-ms MS] [--concurrency N] [--timeout S]`,
  );
  process.exit(2);
}

function say(line: string): void {
  console.log(`workers: ${line}`);
}

function deskYaml(hosts: FeedHosts, options: Options, apy: ApyServer | null): string {
  const sources = hosts.feeds.map((feed) => {
    const translate = apy && feed.translate.length ? `, translate: [${feed.translate.join(', ')}]` : '';
    return `  - { id: ${feed.id}, name: "${feed.id}", url: "${feed.url}", section: world, language: ${feed.language}, fullText: feed${translate} }`;
  });
  const translation = apy
    ? `translation:
  engines: [{ id: apertium, kind: apertium, url: "${apy.url}", timeoutMs: 60000 }]
  pairs: [{ from: ur, to: hi, engine: apertium }, { from: en, to: es, engine: apertium }]
`
    : '';
  return `site: { name: Bench Desk, baseUrl: "http://desk.example/" }
editions: [{ lang: en, path: / }, { lang: es, path: /es/ }, { lang: hi, path: /hi/ }]
sections: [{ id: world, title: World }]
dataDir: ./data
fetch: { allow: [127.0.0.0/8], perHost: { concurrency: 1, delayMs: ${options.delayMs} } }
${translation}sources:
${sources.join('\n')}
`;
}

interface Child {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function wiredesk(args: string[], cwd: string, databaseUrl: string): Child {
  const env = { ...process.env, DATABASE_URL: databaseUrl, WIREDESK_DATA_DIR: '', WIREDESK_FETCH_ALLOW: '', LOG_FORMAT: 'json', NO_COLOR: '1' };
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

interface Expected {
  entries: number;
  translations: Record<string, number>;
}

function expectedWork(hosts: FeedHosts, options: Options, apy: ApyServer | null): Expected {
  const translations: Record<string, number> = {};
  if (apy) for (const feed of hosts.feeds) for (const lang of feed.translate) translations[lang] = (translations[lang] ?? 0) + options.items;
  return { entries: options.feeds * options.items, translations };
}

function isDone(progress: Progress, expected: Expected): boolean {
  if (progress.entries < expected.entries || progress.articles < expected.entries) return false;
  return Object.entries(expected.translations).every(([lang, n]) => (progress.translations[lang]?.count ?? 0) >= n);
}

async function oneRun(workers: number | null, options: Options, hosts: FeedHosts, apy: ApyServer | null): Promise<RunResult> {
  const label = workers === null ? 'ingest --all' : `${workers} worker${workers > 1 ? 's' : ''}`;
  const database = ownPostgresDatabase(options.databaseUrl, 'wiredesk_bench_workers');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-bench-workers-'));
  const children: Child[] = [];
  let watch: PostgresWatch | null = null;
  try {
    await writeFile(path.join(dir, 'wiredesk.yaml'), deskYaml(hosts, options, apy));
    const expected = expectedWork(hosts, options, apy);
    hosts.reset();
    watch = await PostgresWatch.open(database.url);
    const started = Date.now();
    if (workers === null) children.push(wiredesk(['ingest', '--all'], dir, database.url));
    else for (let i = 0; i < workers; i++) children.push(wiredesk(['worker', '--concurrency', String(options.concurrency)], dir, database.url));

    // Everything is measured from the first feed request on: the processes' start (loading the
    // language database, migrating) is not the pipeline's throughput.
    let active: { at: number; machine: ReturnType<typeof machineTicks>; workerCpu: number[] } | null = null;
    const apyCpu = new CpuMeter();
    const apyPids = apy ? processTree(apy.pid) : [];
    let progress: Progress = { entries: 0, articles: 0, firstArticleMs: null, lastArticleMs: null, translations: {} };
    let workerCpuAtEnd: number[] = [];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      // A process that has exited keeps its last reading (the peer ends by itself).
      const cpuNow = children.map((c, i) => cpuSeconds(c.child.pid!) ?? workerCpuAtEnd[i] ?? NaN);
      if (active === null && hosts.window() !== null) active = { at: Date.now(), machine: machineTicks(), workerCpu: cpuNow };
      if (active !== null) {
        workerCpuAtEnd = cpuNow;
        apyCpu.sample(apyPids);
        await watch.sample();
      }
      try {
        progress = await watch.progress();
      } catch {
        // The tables are not there until the first process has migrated the database.
      }
      if (active !== null && isDone(progress, expected)) break;
      const ended = children.find((c) => c.child.exitCode !== null || c.child.signalCode !== null);
      if (ended && (workers !== null || ended.child.exitCode !== 0)) throw new Error(`bench: ${label}: a process exited (${ended.child.exitCode ?? ended.child.signalCode}) before the work was done:\n${ended.output()}`);
      if (ended && workers === null) throw new Error(`bench: ingest --all exited 0 with ${progress.entries} entries, ${progress.articles} articles; expected ${JSON.stringify(expected)}:\n${ended.output()}`);
      if (Date.now() - started > options.timeoutS * 1000) {
        throw new Error(`bench: ${label}: not done within ${options.timeoutS} s (${progress.entries} entries, ${progress.articles} articles, translations ${JSON.stringify(progress.translations)}; expected ${JSON.stringify(expected)}):\n${children.map((c) => c.output().slice(-2000)).join('\n')}`);
      }
    }
    const done = Date.now();
    const machineEnd = machineTicks();
    if (workers === null && (await children[0]!.exit) !== 0) throw new Error(`bench: ingest --all failed:\n${children[0]!.output()}`);

    const window = hosts.window()!;
    const activeS = (done - active.at) / 1000;
    const workerSeconds = workerCpuAtEnd.reduce((sum, cpu, i) => sum + cpu - active.workerCpu[i]!, 0);
    const machineBusy = (machineEnd.busy - active.machine.busy) / Math.max(1, machineEnd.total - active.machine.total);
    // The time the translation writer spent translating, idle gaps left out (workers-probes.ts, busyRate).
    const translationS = Object.values(progress.translations).reduce((sum, p) => sum + (Number.isFinite(p.busyRate) ? p.count / p.busyRate : 0), 0);
    const fetchS = Math.max(0.001, (window.last - window.first) / 1000);
    const perHost = hosts.requestsPerHost();
    const politenessFloorS = (Math.max(...perHost) - 1) * (options.delayMs / 1000);
    const fills: Fills = {
      processes: workers ?? 1,
      workerCores: workerSeconds / activeS,
      postgresCores: watch.backendCpu.seconds() / activeS,
      engineCores: translationS > 0 ? apyCpu.seconds() / translationS : null,
      machineShare: machineBusy,
      politenessShare: politenessFloorS / fetchS,
      backends: watch.states,
    };
    return {
      label,
      workers,
      toDoneS: (done - started) / 1000,
      feedsPerMinute: options.feeds / (fetchS / 60),
      articlesPerSecond: expected.entries / Math.max(0.001, ((progress.lastArticleMs ?? done) - window.first) / 1000),
      translationsPerSecond: Object.fromEntries(Object.entries(progress.translations).map(([lang, p]) => [lang, p.busyRate])),
      fills,
      backends: watch.states,
      maxInFlight: hosts.maxInFlight(),
    };
  } finally {
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGTERM');
    await Promise.all(children.map((c) => c.exit));
    await watch?.close();
    database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each figure over the rounds of one configuration. */
function medianRun(runs: RunResult[]): RunResult {
  const m = (pick: (r: RunResult) => number | null) => median(runs.map((r) => pick(r) ?? NaN));
  const langs = [...new Set(runs.flatMap((r) => Object.keys(r.translationsPerSecond)))];
  const engine = m((r) => r.fills.engineCores);
  return {
    ...runs[0]!,
    toDoneS: m((r) => r.toDoneS),
    feedsPerMinute: m((r) => r.feedsPerMinute),
    articlesPerSecond: m((r) => r.articlesPerSecond),
    translationsPerSecond: Object.fromEntries(langs.map((lang) => [lang, m((r) => r.translationsPerSecond[lang] ?? NaN)])),
    fills: {
      ...runs[0]!.fills,
      workerCores: m((r) => r.fills.workerCores),
      postgresCores: m((r) => r.fills.postgresCores),
      engineCores: Number.isFinite(engine) ? engine : null,
      machineShare: m((r) => r.fills.machineShare),
      politenessShare: m((r) => r.fills.politenessShare),
    },
    maxInFlight: Math.max(...runs.map((r) => r.maxInFlight)),
  };
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a');

function report(results: RunResult[], options: Options, langs: string[]): void {
  const peer = results.find((r) => r.workers === null)!;
  const pairName = (lang: string) => (lang === 'hi' ? 'ur→hi' : lang === 'es' ? 'en→es' : `→${lang}`);
  const head = ['', 'to done', 'feeds/min', 'articles/s', ...langs.map((l) => `${pairName(l)} /s`), 'proc cores', 'pg cores', 'APY cores', 'machine', 'politeness'];
  const rows = results.map((r) => [
    r.label,
    `${fixed(r.toDoneS)} s`,
    fixed(r.feedsPerMinute, 0),
    fixed(r.articlesPerSecond),
    ...langs.map((l) => fixed(r.translationsPerSecond[l] ?? NaN, 2)),
    fixed(r.fills.workerCores, 2),
    fixed(r.fills.postgresCores, 2),
    r.fills.engineCores === null ? 'n/a' : fixed(r.fills.engineCores, 2),
    `${fixed(100 * r.fills.machineShare, 0)} %`,
    `${fixed(100 * r.fills.politenessShare, 0)} %`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const of = options.rounds > 1 ? ` (medians of ${options.rounds} rounds)` : '';
  console.log(`\n${options.feeds} feeds × ${options.items} items on ${options.hosts} hosts (${options.delayMs} ms apart per host), ${options.translatedFeeds} feeds translated (${SENTENCES_PER_ITEM + 1} segments an article: the headline and ${SENTENCES_PER_ITEM} sentences), workers at --concurrency ${options.concurrency}${of}`);
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(`\nratio to the peer (ingest --all, one process):`);
  for (const r of results.filter((x) => x !== peer)) {
    const tr = langs.map((l) => `${pairName(l)} ${ratio(r.translationsPerSecond[l] ?? NaN, peer.translationsPerSecond[l] ?? NaN)}`).join(', ');
    console.log(`  ${r.label.padEnd(10)} feeds/min ${ratio(r.feedsPerMinute, peer.feedsPerMinute)}, articles/s ${ratio(r.articlesPerSecond, peer.articlesPerSecond)}${tr ? `, ${tr}` : ''}, time to done ${ratio(peer.toDoneS, r.toDoneS)} as fast`);
  }
  console.log(`\nper worker (for sizing): ${results.filter((r) => r.workers !== null).map((r) => `${r.label}: ${fixed(r.feedsPerMinute / r.workers!, 0)} feeds/min and ${fixed(r.articlesPerSecond / r.workers!)} articles/s each`).join('; ')}`);
  console.log('\nwhat fills first:');
  for (const r of results) console.log(`  ${r.label.padEnd(12)} ${verdict(r.fills, CORES)}`);
  const overlap = Math.max(...results.map((r) => r.maxInFlight));
  console.log(`\npoliteness check: at most ${overlap} request${overlap === 1 ? '' : 's'} in flight at once to any host${overlap > 1 ? ' (MORE THAN ONE: fetch.perHost.concurrency was not kept)' : ''}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  say(`${CORES} cores, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}; a shared machine moves these figures`);
  const apy = apyInstalled() ? await startApy() : null;
  if (!apy) say('Apertium APY is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin): no translations measured');
  const hosts = await serveFeedHosts(options);
  try {
    if (apy) {
      // APY loads a pair's pipeline on its first request: warm both before anything is timed.
      for (const pair of ['eng|spa', 'urd|hin']) await fetch(`${apy.url}/translate?langpair=${encodeURIComponent(pair)}&q=warm`).then((r) => r.text());
    }
    const configs: (number | null)[] = [null, ...options.workers];
    const byConfig = new Map<number | null, RunResult[]>(configs.map((c) => [c, []]));
    for (let round = 1; round <= options.rounds; round++) {
      // Each round starts one further along, so no configuration always runs first.
      const order = configs.map((_, i) => configs[(i + round - 1) % configs.length]!);
      for (const workers of order) {
        const result = await oneRun(workers, options, hosts, apy);
        byConfig.get(workers)!.push(result);
        say(`round ${round}: ${result.label}: done in ${fixed(result.toDoneS)} s, ${fixed(result.articlesPerSecond)} articles/s, ${fixed(result.feedsPerMinute, 0)} feeds/min`);
      }
    }
    const langs = apy ? Object.keys(expectedWork(hosts, options, apy).translations).sort() : [];
    report(configs.map((c) => medianRun(byConfig.get(c)!)), options, langs);
    say(`load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  } finally {
    await hosts.close();
    await apy?.stop();
  }
}

await main();
