/**
 * How close wiredesk's public pages come to a static file server, in one run:
 * `wiredesk serve --no-ingest` as a whole process, over a data directory the
 * demo's own ingest filled (`wiredesk demo --once`), with the render cache as
 * configured; and nginx serving the same pages saved to disk, loaded in turn
 * by autocannon with 50 connections on loopback. `--demo` measures
 * `wiredesk demo` instead, whose ingest passes share the site's event loop. Prints req/s, p50 and p99 for each, and the ratio.
 * A third server, Node's bare http module sending the same bytes and headers
 * from memory (serve-bare-node.ts), shows what part of the gap is Node's.
 * `npm run bench:serve [-- --rounds 5 --duration 5]`.
 *
 * Fairness: each server gets one process (nginx one worker, no master;
 * wiredesk and the bare Node server one Node process each), none compresses (autocannon sends no
 * Accept-Encoding), both keep connections alive without limit, and the load
 * generator runs in this process on the same two cores as both servers.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveFixtureUrls } from '../src/cli/demo-fixture-server.ts';
import { articleLinks, ROOT, runCli, servingUrl, type CliProcess } from '../test/e2e/cli-process.ts';
import { cpuMs, NGINX, nginxInstalled, startBareNode, startNginx, type NginxServer, type SavedPage } from './serve-nginx.ts';

/** The brief's load: 50 connections at once. */
const CONNECTIONS = 50;
const DEFAULT_ROUNDS = 5;
const DEFAULT_DURATION_S = 5;
/** Before the timed rounds, so neither server is measured cold (the first render, JIT, page cache of the files). */
const WARM_UP_S = 2;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SERVERS = ['wiredesk', 'nginx', 'bare node'] as const;
type Server = (typeof SERVERS)[number];

interface Run {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** The server process's CPU time per request answered, in µs: steadier than req/s on a shared machine. */
  cpuUs: number;
}

function readOptions(): { rounds: number; duration: number; demo: boolean } {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, duration: { type: 'string' }, demo: { type: 'boolean' } } });
  const count = (value: string | undefined, fallback: number, name: string): number => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`bench:serve: --${name} takes a whole number of 1 or more, not "${value}"\nusage: npm run bench:serve -- [--rounds N] [--duration S] [--demo]`);
      process.exit(2);
    }
    return n;
  };
  return { rounds: count(values.rounds, DEFAULT_ROUNDS, 'rounds'), duration: count(values.duration, DEFAULT_DURATION_S, 'duration'), demo: values.demo ?? false };
}

/**
 * The demo's ingest into `dir/data`, then `serve --no-ingest` on it with the
 * demo's configuration (its fixture sites named, not fetched; no engine).
 */
async function startServe(dir: string): Promise<CliProcess> {
  const dataDir = path.join(dir, 'data');
  const ingest = runCli(['demo', '--once', '--no-engines', '--data-dir', dataDir]);
  if ((await ingest.exit) !== 0) throw new Error(`bench:serve: the demo's ingest failed:\n${ingest.err()}`);
  const demoConfig = await readFile(path.join(ROOT, 'fixtures', 'demo', 'wiredesk.yaml'), 'utf8');
  const configFile = path.join(dir, 'wiredesk.yaml');
  await writeFile(configFile, resolveFixtureUrls(demoConfig).replaceAll('{{apertium}}', 'http://127.0.0.1:9'));
  return runCli(['--config', configFile, 'serve', '--no-ingest', '--port', '0'], { env: { WIREDESK_DATA_DIR: dataDir } });
}

async function load(url: string, pid: number, duration: number): Promise<Run> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  const cpuUs = ((cpuMs(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.timeouts + result.non2xx, cpuUs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The pages measured, as wiredesk sends them: home, the first article it links, the main RSS feed. */
async function savePages(base: string): Promise<SavedPage[]> {
  const home = await fetch(base);
  const html = await home.text();
  const article = articleLinks(html)[0];
  if (!article) throw new Error('bench:serve: the demo\'s home page links no article');
  const pages: SavedPage[] = [];
  for (const pagePath of ['/', article, '/rss.xml']) {
    // As autocannon asks: no coding (fetch would ask for br and decode it, keeping the br headers).
    const response = await fetch(new URL(pagePath, base), { redirect: 'manual', headers: { 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`bench:serve: ${pagePath} answered ${response.status}`);
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => {
      if (!['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers.push([name, value]);
    });
    pages.push({ path: pagePath, body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'text/html', headers });
  }
  return pages;
}

async function sameBytes(pages: readonly SavedPage[], nginxUrl: string): Promise<void> {
  for (const page of pages) {
    const body = Buffer.from(await (await fetch(nginxUrl + page.path, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    if (!body.equals(page.body)) throw new Error(`bench:serve: nginx does not send the saved bytes of ${page.path}`);
  }
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { rounds, duration, demo: asDemo } = readOptions();
  if (!nginxInstalled()) {
    console.error(`bench:serve: ${NGINX} is missing (apt-get install nginx-light): nothing to compare with`);
    process.exit(2);
  }
  const version = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`autocannon ${version}: ${CONNECTIONS} connections, ${rounds} rounds of ${duration} s per server and page, taking turns; medians\n`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wiredesk-bench-serve-'));
  let wiredesk: CliProcess | undefined;
  let nginx: NginxServer | undefined;
  let bare: NginxServer | undefined;
  try {
    if (asDemo) {
      console.log('starting `wiredesk demo --no-engines` (ingests the bundled sites first, then serves and ingests every minute)…');
      wiredesk = runCli(['demo', '--port', '0', '--data-dir', path.join(dir, 'data'), '--no-engines']);
    } else {
      console.log('`wiredesk demo --once --no-engines` into a fresh data directory, then `wiredesk serve --no-ingest` on it…');
      wiredesk = await startServe(dir);
    }
    const base = (await servingUrl(wiredesk)).replace(/\/$/, '');
    const pages = await savePages(base);
    nginx = await startNginx(dir, pages);
    await sameBytes(pages, nginx.url);
    bare = await startBareNode(dir, pages);
    await sameBytes(pages, bare.url);
    console.log(`wiredesk at ${base}, nginx (${NGINX}) at ${nginx.url}, bare Node http at ${bare.url}`);
    console.log(`pages: ${pages.map((p) => `${p.path} (${(p.body.length / 1024).toFixed(1)} KiB)`).join(', ')}\n`);

    const servers: Record<Server, string> = { wiredesk: base, nginx: nginx.url, 'bare node': bare.url };
    const pids: Record<Server, number> = { wiredesk: wiredesk.child.pid!, nginx: nginx.pid, 'bare node': bare.pid };
    const rows: string[][] = [];
    for (const page of pages) {
      const runs: Record<Server, Run[]> = { wiredesk: [], nginx: [], 'bare node': [] };
      for (const name of SERVERS) await load(servers[name] + page.path, pids[name], WARM_UP_S);
      for (let round = 0; round < rounds; round += 1) {
        // Each server goes first, second and third in turn.
        const order = SERVERS.map((_, i) => SERVERS[(i + round) % SERVERS.length]!);
        for (const name of order) {
          const run = await load(servers[name] + page.path, pids[name], duration);
          runs[name].push(run);
          console.log(
            `  ${page.path} round ${round + 1}/${rounds} ${name}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.cpuUs.toFixed(0)} µs CPU/req${run.failed ? `, ${run.failed} failed` : ''}`,
          );
        }
      }
      const m = (name: Server, key: keyof Run) => median(runs[name].map((r) => r[key]));
      const percent = (peer: Server) => `${((100 * m('wiredesk', 'rps')) / m(peer, 'rps')).toFixed(0)} %`;
      rows.push([
        page.path,
        m('wiredesk', 'rps').toFixed(0),
        `${m('wiredesk', 'p50')} / ${m('wiredesk', 'p99')}`,
        m('nginx', 'rps').toFixed(0),
        `${m('nginx', 'p50')} / ${m('nginx', 'p99')}`,
        percent('nginx'),
        m('bare node', 'rps').toFixed(0),
        percent('bare node'),
        `${m('wiredesk', 'cpuUs').toFixed(0)} / ${m('nginx', 'cpuUs').toFixed(0)} / ${m('bare node', 'cpuUs').toFixed(0)}`,
        String(SERVERS.reduce((n, name) => n + runs[name].reduce((k, r) => k + r.failed, 0), 0)),
      ]);
    }
    console.log(`\nmedians of ${rounds} rounds; latency in ms; ratio = wiredesk req/s ÷ the peer's req/s`);
    console.log(`load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('CPU µs/req: the serving process\'s user + system time per request answered (wiredesk / nginx / bare node)');
    console.log(table(['page', 'wiredesk req/s', 'p50 / p99', 'nginx req/s', 'p50 / p99', '÷ nginx', 'bare node req/s', '÷ bare node', 'CPU µs/req', 'failed'], rows));
  } finally {
    await bare?.stop();
    await nginx?.stop();
    await wiredesk?.interrupt();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
