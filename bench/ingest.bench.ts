/**
 * How fast wiredesk takes feeds in, in one run:
 * 1. parse throughput (entries/s) of its format layer next to rss-parser and
 *    @rowanmanning/feed-parser on the same feeds, as ratios;
 * 2. wall time and peak memory of a real `wiredesk ingest --all` of many feeds
 *    served on loopback into SQLite.
 * `npm run bench:ingest [-- --feeds 200 --items 50 --only parse|ingest]`.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_ITEM_RANGE, generateCorpus, loadDemoFeeds, type CorpusFeed, type CorpusFormat } from './feed-corpus.ts';
import { runIngest, type IngestRunResult } from './ingest-run.ts';
import { entriesPerSecond, measureSet, parsersFor, PARSERS, type InputSet, type SetResult } from './parse-throughput.ts';

/** Same seed, same corpus, on every run and machine. */
const SEED = 20_261_129;
/** Generated feeds per format for the parse comparison: about 2 MiB each, a pass of well under a second per parser. */
const PARSE_FEEDS_PER_FORMAT = 12;
/** The ingest of the brief: 200 feeds of 50 items, 10,000 entries. */
const DEFAULT_FEEDS = 200;
const DEFAULT_ITEMS = 50;
const MIB = 1024 * 1024;

interface Options {
  feeds: number;
  items: number;
  only: 'parse' | 'ingest' | null;
}

function readOptions(): Options {
  const { values } = parseArgs({ options: { feeds: { type: 'string' }, items: { type: 'string' }, only: { type: 'string' } } });
  const count = (value: string | undefined, fallback: number, name: string): number => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) usage(`--${name} takes a whole number of 1 or more, not "${value}"`);
    return n;
  };
  if (values.only !== undefined && values.only !== 'parse' && values.only !== 'ingest') usage(`--only takes parse or ingest, not "${values.only}"`);
  return { feeds: count(values.feeds, DEFAULT_FEEDS, 'feeds'), items: count(values.items, DEFAULT_ITEMS, 'items'), only: (values.only as Options['only']) ?? null };
}

function usage(problem: string): never {
  console.error(`bench:ingest: ${problem}\nusage: npm run bench:ingest -- [--feeds N] [--items M] [--only parse|ingest]`);
  process.exit(2);
}

function versionOf(name: string): string {
  return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function generated(format: CorpusFormat): CorpusFeed[] {
  return generateCorpus({ seed: SEED, feeds: PARSE_FEEDS_PER_FORMAT, formats: [format], ...DEFAULT_ITEM_RANGE });
}

async function parseComparison(): Promise<void> {
  console.log(`parse throughput; peers: rss-parser ${versionOf('rss-parser')}, @rowanmanning/feed-parser ${versionOf('@rowanmanning/feed-parser')}`);
  console.log('JSON Feed is read by wiredesk only: neither peer reads it.\n');
  const sets: InputSet[] = [
    { name: 'generated RSS 2.0', feeds: generated('rss') },
    { name: 'generated Atom', feeds: generated('atom') },
    { name: 'demo rss.xml/atom.xml', feeds: await loadDemoFeeds() },
    { name: 'generated JSON Feed', feeds: generated('jsonfeed') },
  ];
  const results: SetResult[] = [];
  for (const set of sets) results.push(await measureSet(set, parsersFor(set.feeds)));

  const peers = PARSERS.slice(1).map((p) => p.name);
  const rows = results.map(({ set, bytes, results: byParser }) => {
    const ours = byParser.find((r) => r.parser === 'wiredesk')!;
    const rate = (name: string): string => {
      const peer = byParser.find((r) => r.parser === name);
      return peer ? entriesPerSecond(peer).toFixed(0) : '—';
    };
    const ratio = (name: string): string => {
      const peer = byParser.find((r) => r.parser === name);
      if (!peer) return '—';
      const by = (clock: 'wall' | 'cpu'): string => (entriesPerSecond(ours, clock) / entriesPerSecond(peer, clock)).toFixed(2);
      return `${by('wall')}x / ${by('cpu')}x`;
    };
    return [set.name, String(ours.expected), (bytes / MIB).toFixed(1), entriesPerSecond(ours).toFixed(0), ...peers.map(rate), ...peers.map(ratio)];
  });
  console.log('\nentries/s by the median round\'s wall time; ratio = wiredesk entries/s ÷ the peer\'s, by wall / by CPU time');
  console.log('(above 1: wiredesk is faster)\n');
  console.log(table(['input set', 'items', 'MiB', 'wiredesk', ...peers, ...peers.map((p) => `÷ ${p} (wall / CPU)`)], rows));
  const failures = results.flatMap(({ set, results: byParser }) => byParser.flatMap((r) => r.failures.map((f) => `${r.parser} on ${set.name}: ${f}`)));
  console.log(failures.length === 0 ? '\nevery parser read every item of every feed it was given' : `\nitems not read:\n  ${failures.join('\n  ')}`);
}

async function ingestRun(options: Options): Promise<void> {
  const feeds = generateCorpus({ seed: SEED, feeds: options.feeds, formats: ['rss', 'atom', 'jsonfeed'], minItems: options.items, maxItems: options.items });
  const bytes = feeds.reduce((sum, feed) => sum + feed.body.length, 0);
  console.log(`\ningest: ${feeds.length} feeds × ${options.items} items (RSS, Atom, JSON Feed in turn; ${(bytes / MIB).toFixed(0)} MiB), each feed on its own loopback port`);
  console.log('`wiredesk ingest --all` in its own process, WIREDESK_FETCH_ALLOW=127.0.0.1, a fresh SQLite file, fetch.perHost at its defaults');
  const result: IngestRunResult = await runIngest(feeds);
  const seconds = result.wallMs / 1000;
  const stored = result.entriesStoredMs === null ? 'not seen by a progress read' : `${(result.entriesStoredMs / 1000).toFixed(0)} s (to the nearest progress read)`;
  console.log(`\n${result.summary.split('\n').map((line) => `  ${line}`).join('\n')}`);
  console.log(table(['figure', 'value'], [
    ['feeds / entries', `${result.feeds} / ${result.entries}`],
    ['wall time, spawn to exit', `${seconds.toFixed(1)} s`],
    ['entries stored after', stored],
    ['entries/s (stored and built)', (result.entries / seconds).toFixed(0)],
    ...(result.cpuMs === null ? [] : [
      ['CPU time (user + system)', `${(result.cpuMs / 1000).toFixed(1)} s`],
      ['entries/s by CPU time', (result.entries / (result.cpuMs / 1000)).toFixed(0)],
    ]),
    [`peak RSS (${result.peakSource})`, `${(result.peakRssKiB / 1024).toFixed(0)} MiB`],
  ]));
}

async function main(): Promise<void> {
  const options = readOptions();
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores)\n`);
  if (options.only !== 'ingest') await parseComparison();
  if (options.only !== 'parse') await ingestRun(options);
}

await main();
