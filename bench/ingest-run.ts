/**
 * A real `wiredesk ingest --all` process, timed from spawn to exit, against
 * feeds served on loopback, into a fresh SQLite file: wall time, entries per
 * second and the process's peak resident memory. Progress comes from the
 * child's own lines and from the database, read on a read-only connection.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// The bench reads the SQLite file of the `wiredesk` child it times, read-only and while the child
// writes. openStore would create and migrate the file itself, racing the run it measures.
// eslint-disable-next-line no-restricted-imports -- a raw read-only driver connection, see above.
import Database from 'better-sqlite3';
import { serveFeeds } from '../test/e2e/loopback-feeds.ts';
import type { CorpusFeed } from './feed-corpus.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'wiredesk.js');
/** GNU time reports the peak RSS of the process it runs, measured by the kernel at exit. */
const GNU_TIME = '/usr/bin/time';
const MAX_RSS = /Maximum resident set size \(kbytes\): (\d+)/;
const USER_TIME = /User time \(seconds\): ([\d.]+)/;
const SYSTEM_TIME = /System time \(seconds\): ([\d.]+)/;
/** Between progress lines: often enough to follow, rare enough not to load the machine. */
const PROGRESS_MS = 5_000;
/** Between reads of VmHWM when GNU time is absent; growth in the last interval before exit is missed. */
const HWM_POLL_MS = 100;

export interface IngestRunResult {
  feeds: number;
  entries: number;
  articles: number;
  wallMs: number;
  /** When every entry was stored, before the articles were built; null if no progress read saw it. */
  entriesStoredMs: number | null;
  /** User and system CPU time of the process (GNU time only): steadier than wall time on a shared machine. */
  cpuMs: number | null;
  peakRssKiB: number;
  /** `GNU time` or `VmHWM polled`. */
  peakSource: string;
  summary: string;
}

function configYaml(feeds: readonly CorpusFeed[], urls: readonly string[]): string {
  const sources = feeds.map((feed, i) => `  - { id: ${feed.name}, name: "${feed.name}", url: "${urls[i]}", section: world }`).join('\n');
  // fetch.perHost is left at its defaults (one request at a time, 1 s apart): each feed is its own host:port.
  return `site: { name: Bench Desk, baseUrl: "http://desk.example/" }
editions: [{ lang: hi, path: / }, { lang: en, path: /en/ }]
sections: [{ id: world, title: World }]
dataDir: ./data
sources:
${sources}
`;
}

function storedCounts(databaseFile: string): { entries: number; articles: number } | null {
  if (!existsSync(databaseFile)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const count = (table: string): number => (db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { entries: count('entries'), articles: count('articles') };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function vmHwmKiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function runIngest(feeds: readonly CorpusFeed[]): Promise<IngestRunResult> {
  const expected = feeds.reduce((sum, feed) => sum + feed.items, 0);
  const server = await serveFeeds(feeds.map((feed) => ({ path: `/${feed.name}`, body: feed.body, contentType: feed.contentType })));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-bench-ingest-'));
  try {
    await writeFile(path.join(dir, 'wiredesk.yaml'), configYaml(feeds, server.urls));
    const result = await timeChild(dir, path.join(dir, 'data', 'wiredesk.sqlite'), expected);
    if (server.served() < feeds.length) throw new Error(`bench: only ${server.served()} of ${feeds.length} feeds were fetched`);
    return { feeds: feeds.length, ...result };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function timeChild(dir: string, databaseFile: string, expected: number): Promise<Omit<IngestRunResult, 'feeds'>> {
  const useTime = existsSync(GNU_TIME);
  const args = ['ingest', '--all'];
  // Loopback is refused by the fetcher unless allowed; the bench allows it explicitly, and only it.
  const env = { ...process.env, WIREDESK_FETCH_ALLOW: '127.0.0.1', WIREDESK_DATA_DIR: '', DATABASE_URL: '' };
  const start = performance.now();
  const child = useTime
    ? spawn(GNU_TIME, ['-v', process.execPath, BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let fetched = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    fetched = /ingest \[(\d+\/\d+)\][^\n]*\n?$/.exec(stderr.slice(-300))?.[1] ?? fetched;
  });
  let polledPeak = 0;
  let entriesStoredMs: number | null = null;
  const hwm = useTime ? null : setInterval(() => (polledPeak = Math.max(polledPeak, vmHwmKiB(child.pid!) ?? 0)), HWM_POLL_MS);
  const progress = setInterval(() => {
    const counts = storedCounts(databaseFile);
    const seconds = ((performance.now() - start) / 1000).toFixed(0);
    if (counts && counts.entries >= expected && entriesStoredMs === null) entriesStoredMs = performance.now() - start;
    console.log(`  ${seconds} s: feeds fetched ${fetched || '0'}, ${counts?.entries ?? 0} entries and ${counts?.articles ?? 0} articles stored`);
  }, PROGRESS_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  const wallMs = performance.now() - start;
  clearInterval(progress);
  if (hwm) clearInterval(hwm);
  if (code !== 0) throw new Error(`bench: wiredesk ingest exited with code ${code}:\n${stderr.slice(-2000)}`);

  const summary = stdout.trim();
  const entries = Number(/entries: (\d+) new/.exec(summary)?.[1] ?? NaN);
  const articles = Number(/articles: (\d+) built/.exec(summary)?.[1] ?? NaN);
  if (entries !== expected || articles !== expected || !/ 0 failed\)/.test(summary)) {
    throw new Error(`bench: expected ${expected} new entries and articles, no failed source; the run said:\n${summary}`);
  }
  const peakRssKiB = useTime ? Number(MAX_RSS.exec(stderr)?.[1] ?? NaN) : polledPeak;
  const cpuMs = useTime ? (Number(USER_TIME.exec(stderr)?.[1] ?? NaN) + Number(SYSTEM_TIME.exec(stderr)?.[1] ?? NaN)) * 1000 : null;
  return { entries, articles, wallMs, entriesStoredMs, cpuMs, peakRssKiB, peakSource: useTime ? 'GNU time' : 'VmHWM polled', summary };
}
