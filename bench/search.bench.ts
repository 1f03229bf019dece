/**
 * `npm run bench:search [-- --size 100000] [--rounds 3] [--pg postgres://…]`
 *
 * Quality and speed of the site's search (src/store/search-*.ts):
 *
 * 1. Quality: P@5 and MRR (first relevant result within the top 10) of the
 *    labelled queries of the demo corpus and of a 5,000-article generated
 *    corpus (bench/search-corpus.ts), for four designs, each a step on the last:
 *    - `naive`: FTS5 with its default unicode61 tokenizer over the raw text,
 *      each typed word quoted (what a first implementation does; the peer);
 *    - `tokens`: FTS5 with Devanagari marks as token characters, and porter;
 *    - `folded`: that, over text and queries folded (src/text/search-fold.ts);
 *    - `wiredesk`: the store's search: folded, plus romanised queries matched
 *      through roman keys (on SQLite, and on PostgreSQL when given).
 * 2. Speed: p50 and p95 of one search as the site runs it (the index's
 *    catch-up check included) over `--size` generated articles, each query of
 *    the generated set asked `--rounds` times; the medians of the rounds'
 *    figures. The naive peer answers the same queries over the same articles,
 *    and the ratio is printed.
 *
 * PostgreSQL is used when --pg or WIREDESK_TEST_DATABASE_URL names a server;
 * the bench works in a schema of its own and drops it at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { bulkInsertArticles, dropPostgresSchema } from '../src/store/bench-support.ts';
import { openStore } from '../src/store/open-store.ts';
import { openSearchPeer, type SearchPeer } from '../src/store/search-peer.ts';
import { FTS5_TOKENIZER, fts5Query } from '../src/store/search-sqlite.ts';
import type { Store } from '../src/store/store.ts';
import { foldForSearch, searchTokens } from '../src/text/search-fold.ts';
import { parseSearchQuery } from '../src/text/search-query.ts';
import { demoCorpus, generatedCorpus, type Corpus, type CorpusArticle, type LabelledQuery } from './search-corpus.ts';

/** Articles of the generated corpus the quality figures are measured on. */
const QUALITY_SIZE = 5_000;
/** Results read per query: MRR counts a first relevant result down to here. */
const RESULTS = 10;
/** Results the site asks for per page (10 shown, one more to know about a next page). */
const PAGE_LIMIT = 11;
const NOW = '2026-12-06T00:00:00.000Z';

interface Options {
  size: number;
  rounds: number;
  pgUrl: string | null;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : argv[at + 1];
  };
  const whole = (flag: string, fallback: number) => {
    const text = value(flag);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench:search: ${flag} takes a positive whole number, not "${text}"`);
    return n;
  };
  return { size: whole('--size', 100_000), rounds: whole('--rounds', 3), pgUrl: value('--pg') ?? process.env['WIREDESK_TEST_DATABASE_URL'] ?? null };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---- the systems ----

type Ranker = (query: LabelledQuery, limit: number) => Promise<string[]>;

interface PeerDesign {
  name: string;
  tokenizer: string;
  prepareText: (text: string) => string;
  match: (q: string) => string;
}

const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;

const PEER_DESIGNS: PeerDesign[] = [
  { name: 'naive', tokenizer: 'unicode61', prepareText: (t) => t, match: (q) => q.split(/\s+/).filter(Boolean).map(quoted).join(' AND ') },
  { name: 'tokens', tokenizer: FTS5_TOKENIZER, prepareText: (t) => t.normalize('NFC'), match: (q) => searchTokens(q.normalize('NFC').toLowerCase()).map(quoted).join(' AND ') },
  { name: 'folded', tokenizer: FTS5_TOKENIZER, prepareText: foldForSearch, match: (q) => fts5Query(parseSearchQuery(q, { romanised: false }).terms) },
];

/** One peer index per language, as the site searches one edition at a time. */
function peerRanker(design: PeerDesign, articles: readonly CorpusArticle[]): { rank: Ranker; close: () => void } {
  const peers = new Map<string, SearchPeer>();
  const keys: string[] = [];
  for (const lang of ['hi', 'en']) {
    const peer = openSearchPeer(design.tokenizer);
    const documents = [];
    for (const article of articles) {
      if (article.lang !== lang) continue;
      keys.push(article.key);
      documents.push({ id: keys.length - 1, headline: design.prepareText(article.headline), body: design.prepareText(article.text) });
    }
    peer.add(documents);
    peers.set(lang, peer);
  }
  return {
    rank: (query, limit) => {
      const match = design.match(query.q);
      return Promise.resolve(match ? peers.get(query.lang)!.search(match, limit).map((id) => keys[id]!) : []);
    },
    close: () => {
      for (const peer of peers.values()) peer.close();
    },
  };
}

interface StoreHandle {
  store: Store;
  close: () => Promise<void>;
}

async function openBenchStore(engine: 'sqlite' | 'postgres', pgUrl: string | null): Promise<{ store: Store; close: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'wiredesk-bench-search-'));
    const store = await openStore({ dataDir, databaseUrl: null });
    return { store, close: async () => { await store.close(); await rm(dataDir, { recursive: true, force: true }); } };
  }
  const pgSchema = `wd_bench_search_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ dataDir: '/nonexistent', databaseUrl: pgUrl, pgSchema });
  return {
    store,
    close: async () => {
      await store.close();
      await dropPostgresSchema(pgUrl!, pgSchema);
    },
  };
}

/** A store holding the corpus, indexed; progress on stderr. */
async function loadStore(engine: 'sqlite' | 'postgres', pgUrl: string | null, corpus: Corpus): Promise<StoreHandle & { insertSeconds: number; indexSeconds: number }> {
  const { store, close } = await openBenchStore(engine, pgUrl);
  for (const lang of ['hi', 'en']) {
    await store.upsertSource(
      { id: `bench-${lang}`, name: `Bench ${lang}`, url: `https://bench-${lang}.example/feed.xml`, format: 'auto', section: 'world', language: lang, mode: 'republish', fullText: 'feed', licence: null, notice: null },
      'config',
      NOW,
    );
  }
  const started = performance.now();
  const step = Math.max(1_000, Math.ceil(corpus.articles.length / 10));
  for (let i = 0; i < corpus.articles.length; i += step) {
    const batch = corpus.articles.slice(i, i + step);
    for (const lang of ['hi', 'en'] as const) {
      const rows = batch.filter((a) => a.lang === lang).map((a) => ({ guid: a.key, headline: a.headline, lang, text: a.text, section: 'world', slug: a.key.replace(/[^a-z0-9-]/g, '-'), published: a.published }));
      await bulkInsertArticles(store, `bench-${lang}`, rows, NOW);
    }
    log(`  ${engine} ${corpus.name}: stored ${Math.min(i + step, corpus.articles.length)} of ${corpus.articles.length} articles`);
  }
  const inserted = performance.now();
  let lastShown = 0;
  await store.refreshSearchIndex(({ indexed, remaining }) => {
    if (indexed - lastShown >= step || remaining === 0) {
      lastShown = indexed;
      log(`  ${engine} ${corpus.name}: indexed ${indexed} articles, ${remaining} to go`);
    }
  });
  const indexed = performance.now();
  return { store, close, insertSeconds: (inserted - started) / 1_000, indexSeconds: (indexed - inserted) / 1_000 };
}

function storeRanker(handle: StoreHandle, corpus: Corpus): Ranker {
  const bySlug = new Map(corpus.articles.map((a) => [a.key.replace(/[^a-z0-9-]/g, '-'), a.key]));
  return async (query, limit) => {
    const hits = await handle.store.searchArticles({ terms: parseSearchQuery(query.q).terms, lang: query.lang, translationsInto: query.lang, visibleAt: NOW, limit });
    return hits.map((hit) => bySlug.get(hit.slug) ?? `?${hit.slug}`);
  };
}

// ---- quality ----

interface Scores {
  p5: number;
  mrr: number;
  n: number;
}

async function score(rank: Ranker, queries: readonly LabelledQuery[]): Promise<Map<string, Scores>> {
  const groups = new Map<string, { p5: number; rr: number; n: number }>();
  const addTo = (group: string, p5: number, rr: number) => {
    const g = groups.get(group) ?? { p5: 0, rr: 0, n: 0 };
    g.p5 += p5;
    g.rr += rr;
    g.n += 1;
    groups.set(group, g);
  };
  for (const query of queries) {
    const ranked = await rank(query, RESULTS);
    const p5 = ranked.slice(0, 5).filter((key) => query.relevant.has(key)).length / 5;
    const first = ranked.findIndex((key) => query.relevant.has(key));
    const rr = first < 0 ? 0 : 1 / (first + 1);
    addTo(query.kind, p5, rr);
    if (query.lang === 'hi') addTo('hindi (all)', p5, rr);
    addTo('all', p5, rr);
  }
  return new Map([...groups].map(([group, g]) => [group, { p5: g.p5 / g.n, mrr: g.rr / g.n, n: g.n }]));
}

const GROUPS = ['devanagari', 'variant', 'romanised', 'hindi (all)', 'english', 'all'];

function printQuality(corpus: Corpus, results: Map<string, Map<string, Scores>>): void {
  const systems = [...results.keys()];
  console.log(`\nQuality on ${corpus.name} (${corpus.articles.length} articles, ${corpus.queries.length} queries): P@5 / MRR@10`);
  console.log(`${'queries'.padEnd(16)}${'n'.padStart(4)}  ${systems.map((s) => s.padStart(19)).join('')}`);
  for (const group of GROUPS) {
    const n = results.get(systems[0]!)!.get(group)?.n ?? 0;
    if (n === 0) continue;
    const cells = systems.map((s) => {
      const g = results.get(s)!.get(group)!;
      return `${g.p5.toFixed(3)} / ${g.mrr.toFixed(3)}`.padStart(19);
    });
    console.log(`${group.padEnd(16)}${String(n).padStart(4)}  ${cells.join('')}`);
  }
  const hindi = (s: string) => results.get(s)!.get('hindi (all)')!.mrr;
  const best = systems.find((s) => s.startsWith('wiredesk'))!;
  console.log(`MRR on the Hindi queries: ${best} ${hindi(best).toFixed(3)} vs naive ${hindi('naive').toFixed(3)} (+${(hindi(best) - hindi('naive')).toFixed(3)}), vs tokens ${hindi('tokens').toFixed(3)} (+${(hindi(best) - hindi('tokens')).toFixed(3)}), vs folded ${hindi('folded').toFixed(3)} (+${(hindi(best) - hindi('folded')).toFixed(3)})`);
}

async function quality(corpus: Corpus, engines: ('sqlite' | 'postgres')[], pgUrl: string | null): Promise<void> {
  const results = new Map<string, Map<string, Scores>>();
  for (const design of PEER_DESIGNS) {
    const peer = peerRanker(design, corpus.articles);
    results.set(design.name, await score(peer.rank, corpus.queries));
    peer.close();
  }
  for (const engine of engines) {
    const handle = await loadStore(engine, pgUrl, corpus);
    results.set(`wiredesk-${engine}`, await score(storeRanker(handle, corpus), corpus.queries));
    await handle.close();
  }
  printQuality(corpus, results);
}

// ---- speed ----

interface Latency {
  p50: number;
  p95: number;
  /** Processor time of this process per search: the whole cost on SQLite, the client's share on PostgreSQL. */
  cpuP50: number;
  cpuP95: number;
}

async function latency(rank: Ranker, queries: readonly LabelledQuery[], rounds: number): Promise<Latency> {
  const p50s: number[] = [];
  const p95s: number[] = [];
  const cpuP50s: number[] = [];
  const cpuP95s: number[] = [];
  for (const q of queries) await rank(q, PAGE_LIMIT); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await rank(query, PAGE_LIMIT);
      const used = process.cpuUsage(cpuStarted);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1_000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    p50s.push(percentile(times, 0.5));
    p95s.push(percentile(times, 0.95));
    cpuP50s.push(percentile(cpu, 0.5));
    cpuP95s.push(percentile(cpu, 0.95));
  }
  return { p50: median(p50s), p95: median(p95s), cpuP50: median(cpuP50s), cpuP95: median(cpuP95s) };
}

function latencyCells(name: string, l: Latency): string {
  return `${name.padEnd(18)}${[l.p50, l.p95, l.cpuP50, l.cpuP95].map((v) => v.toFixed(2).padStart(9)).join('')}`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function speed(opts: Options, engines: ('sqlite' | 'postgres')[]): Promise<void> {
  log(`generating ${opts.size} articles…`);
  const corpus = generatedCorpus(opts.size);
  const rows: string[] = [];
  const naive = peerRanker(PEER_DESIGNS[0]!, corpus.articles);
  const peer = await latency(naive.rank, corpus.queries, opts.rounds);
  naive.close();
  for (const engine of engines) {
    const handle = await loadStore(engine, opts.pgUrl, corpus);
    const measured = await latency(storeRanker(handle, corpus), corpus.queries, opts.rounds);
    rows.push(
      `${latencyCells(`wiredesk-${engine}`, measured)}${(measured.p95 / peer.p95).toFixed(2).padStart(11)}` +
        `${handle.insertSeconds.toFixed(1).padStart(11)}${handle.indexSeconds.toFixed(1).padStart(11)}`,
    );
    await handle.close();
  }
  console.log(`\nLatency of one search over ${opts.size} articles (${corpus.queries.length} queries × ${opts.rounds} rounds, medians of the rounds), ms`);
  console.log(`${'system'.padEnd(18)}${['p50', 'p95', 'cpu p50', 'cpu p95'].map((h) => h.padStart(9)).join('')}${'p95/naive'.padStart(11)}${'insert s'.padStart(11)}${'index s'.padStart(11)}`);
  console.log(`${latencyCells('naive (peer)', peer)}${'1.00'.padStart(11)}`);
  for (const row of rows) console.log(row);
  console.log('Goal: p95 < 50 ms. The naive peer is an in-memory FTS5 table without the visibility joins or the catch-up check.');
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const engines: ('sqlite' | 'postgres')[] = opts.pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!opts.pgUrl) log('PostgreSQL: not measured (give --pg postgres://… or WIREDESK_TEST_DATABASE_URL)');
  console.log(`bench:search ${new Date().toISOString()} node ${process.version}, engines: ${engines.join(', ')}`);
  await quality(await demoCorpus(), engines, opts.pgUrl);
  await quality(generatedCorpus(QUALITY_SIZE), engines, opts.pgUrl);
  await speed(opts, engines);
}

await main();
