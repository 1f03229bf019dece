/**
 * Entries per second of wiredesk's format layer (`parseFeed` on the feed's
 * bytes, decoding included) next to rss-parser and @rowanmanning/feed-parser
 * on the same feeds, in one process, taking turns. Every parser's entries are
 * counted against the items each feed holds before anything is timed: a
 * parser that fails a feed, or reads fewer items than it has, is reported by
 * feed name, and its entries/s counts only what it actually read.
 */
import { parseFeed as rowanmanningParse } from '@rowanmanning/feed-parser';
import { performance } from 'node:perf_hooks';
import RssParser from 'rss-parser';
import { parseFeed } from '../src/ingest/feed-parser.ts';
import type { CorpusFeed, CorpusFormat } from './feed-corpus.ts';

/** Untimed rounds first, so every parser runs optimised code when the clock starts. */
const WARMUP_ROUNDS = 2;
/** Timed rounds per set and parser; odd, so the median is one measured round. */
const TIMED_ROUNDS = 9;
/**
 * A round repeats passes over its set until it takes this much CPU time, so
 * the small demo set is not lost in timer noise. CPU time rather than wall
 * time: on a shared, loaded machine a pass waits for a core most of its wall
 * time, and rounds sized by it held a handful of passes, too few for the
 * warm-up rounds to leave any parser's code optimised.
 */
const MIN_ROUND_MS = 200;

export interface FeedParserUnderTest {
  name: string;
  formats: ReadonlySet<CorpusFormat>;
  /** Parses one feed from its bytes and returns the number of entries read. */
  parse(feed: CorpusFeed): Promise<number>;
}

const XML_FORMATS: ReadonlySet<CorpusFormat> = new Set(['rss', 'atom']);
const rssParser = new RssParser();

export const PARSERS: readonly FeedParserUnderTest[] = [
  {
    name: 'wiredesk',
    formats: new Set(['rss', 'atom', 'jsonfeed']),
    parse: (feed) =>
      Promise.resolve(parseFeed(feed.body, { sourceId: 'bench', url: `http://bench.example/${feed.name}`, contentType: feed.contentType }).entries.length),
  },
  {
    // The peers take text: decoding the bytes as UTF-8 is timed as part of their work.
    name: 'rss-parser',
    formats: XML_FORMATS,
    parse: async (feed) => (await rssParser.parseString(feed.body.toString('utf8'))).items.length,
  },
  {
    // Its fields are getters read on demand; toJSON() reads them all, as wiredesk's entries do.
    name: '@rowanmanning/feed-parser',
    formats: XML_FORMATS,
    parse: (feed) => Promise.resolve(rowanmanningParse(feed.body.toString('utf8')).toJSON().items.length),
  },
];

export interface InputSet {
  name: string;
  feeds: readonly CorpusFeed[];
}

export interface ParserResult {
  parser: string;
  /** Entries read in one pass over the set. */
  entries: number;
  /** Items the set holds, for the parser to read. */
  expected: number;
  /** `feed: reason` for each feed the parser failed or read short. */
  failures: string[];
  /** Median wall time of a pass over the set, and its fastest and slowest round. */
  medianMs: number;
  fastestMs: number;
  slowestMs: number;
  /** Median CPU time of a pass over the set. */
  medianCpuMs: number;
}

export interface SetResult {
  set: InputSet;
  bytes: number;
  results: ParserResult[];
}

/** One untimed pass that counts what the parser reads of each feed. */
async function check(parser: FeedParserUnderTest, feeds: readonly CorpusFeed[]): Promise<{ entries: number; failures: string[] }> {
  let entries = 0;
  const failures: string[] = [];
  for (const feed of feeds) {
    try {
      const read = await parser.parse(feed);
      entries += read;
      if (read !== feed.items) failures.push(`${feed.name}: read ${read} of ${feed.items} items`);
    } catch (error) {
      failures.push(`${feed.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { entries, failures };
}

/** Feeds the parser failed on are still tried in timed passes: the time spent failing is part of its cost. */
async function pass(parser: FeedParserUnderTest, feeds: readonly CorpusFeed[]): Promise<void> {
  for (const feed of feeds) {
    try {
      await parser.parse(feed);
    } catch {
      // Reported by check().
    }
  }
}

interface Timing {
  wallMs: number;
  /** The process's user + system CPU time: steadier than wall time when other work shares the cores. */
  cpuMs: number;
}

/** Milliseconds per pass, `passes` passes in a row. */
async function timePasses(parser: FeedParserUnderTest, feeds: readonly CorpusFeed[], passes: number): Promise<Timing> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < passes; i++) await pass(parser, feeds);
  const wallMs = (performance.now() - start) / passes;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 / passes };
}

function passesPerRound(passMs: number): number {
  return Math.max(1, Math.ceil(MIN_ROUND_MS / Math.max(passMs, 0.01)));
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

export async function measureSet(set: InputSet, parsers: readonly FeedParserUnderTest[]): Promise<SetResult> {
  const bytes = set.feeds.reduce((sum, feed) => sum + feed.body.length, 0);
  const expected = set.feeds.reduce((sum, feed) => sum + feed.items, 0);
  console.log(`${set.name}: ${set.feeds.length} feeds, ${expected} items, ${(bytes / 1024 / 1024).toFixed(1)} MiB; checking and warming up`);
  const checks = new Map<string, { entries: number; failures: string[] }>();
  const passes = new Map<string, number>();
  for (const parser of parsers) {
    checks.set(parser.name, await check(parser, set.feeds));
    let passMs = (await timePasses(parser, set.feeds, 1)).cpuMs;
    for (let round = 0; round < WARMUP_ROUNDS; round++) passMs = (await timePasses(parser, set.feeds, passesPerRound(passMs))).cpuMs;
    passes.set(parser.name, passesPerRound(passMs));
  }
  const samples = new Map<string, Timing[]>(parsers.map((p) => [p.name, []]));
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    // Turns, so that no parser always runs right after another's garbage.
    const order = [...parsers.slice(round % parsers.length), ...parsers.slice(0, round % parsers.length)];
    for (const parser of order) samples.get(parser.name)!.push(await timePasses(parser, set.feeds, passes.get(parser.name)!));
  }
  const results = parsers.map((parser) => {
    const walls = samples.get(parser.name)!.map((t) => t.wallMs);
    const cpus = samples.get(parser.name)!.map((t) => t.cpuMs);
    const { entries, failures } = checks.get(parser.name)!;
    return {
      parser: parser.name,
      entries,
      expected,
      failures,
      medianMs: median(walls),
      fastestMs: Math.min(...walls),
      slowestMs: Math.max(...walls),
      medianCpuMs: median(cpus),
    };
  });
  for (const r of results) {
    const times = `median ${r.medianMs.toFixed(1)} ms a pass, ${r.fastestMs.toFixed(1)}–${r.slowestMs.toFixed(1)}; CPU ${r.medianCpuMs.toFixed(1)} ms`;
    console.log(`  ${r.parser}: ${entriesPerSecond(r).toFixed(0)} entries/s (${times}), ${r.entries}/${r.expected} entries`);
  }
  return { set, bytes, results };
}

/** By the median wall time of a pass, or by its median CPU time. */
export function entriesPerSecond(result: ParserResult, clock: 'wall' | 'cpu' = 'wall'): number {
  return result.entries / ((clock === 'wall' ? result.medianMs : result.medianCpuMs) / 1000);
}

/** Parsers that read the formats of every feed in the set. */
export function parsersFor(feeds: readonly CorpusFeed[]): FeedParserUnderTest[] {
  return PARSERS.filter((parser) => feeds.every((feed) => parser.formats.has(feed.format)));
}
