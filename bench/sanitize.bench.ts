/**
 * How long wiredesk's htmlToBlocks takes to make untrusted feed HTML safe to
 * show, next to sanitize-html doing the same job with the same allowlist, in
 * one run on one machine. Run with `npm run bench:sanitize`.
 *
 * The two do not produce the same thing: wiredesk returns block data (text,
 * inline marks, checked absolute URLs) that the site renders as escaped text;
 * sanitize-html returns an HTML string that is safe to insert. What is
 * compared is the work each needs per document, not identical output.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import sanitizeHtml from 'sanitize-html';
import { htmlToBlocks } from '../src/extract/html/html-sanitizer.ts';
import { DROPPED_ELEMENTS } from '../src/extract/html/html-tags.ts';
import { loadFeedBodies, loadReadabilityPages, loadXssVectors, READABILITY_PAGES, type BenchDocument, type InputSet } from './sanitize-inputs.ts';

/** Untimed rounds first (as long as timed ones), so that both sanitisers run optimised code when the clock starts. */
const WARMUP_ROUNDS = 5;
/** Timed rounds per input set and sanitiser; odd, so the median is one measured round. */
const TIMED_ROUNDS = 15;
/**
 * A round repeats passes over its set until it lasts about this long: one
 * pass over the XSS vectors takes well under a millisecond, too short to
 * time on its own without the timer's and the scheduler's noise showing.
 */
const MIN_ROUND_MS = 50;

interface Sanitiser {
  name: string;
  /** Sanitises one document; returns a size of the output, so the work cannot be optimised away. */
  run(doc: BenchDocument): number;
}

/**
 * The peer's allowlist, as close to wiredesk's as its options allow: the same
 * elements keep their meaning, links keep http/https/mailto hrefs, images
 * keep http/https srcs and their alt text, and the elements wiredesk drops
 * with their content (scripts, styles, embeds, forms, media, page furniture)
 * go with their content here too. Everything else goes, its text kept.
 */
const PEER_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption',
    'img', 'a', 'em', 'i', 'strong', 'b', 'code', 'sub', 'sup', 'br',
  ],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  disallowedTagsMode: 'discard',
  nonTextTags: [...DROPPED_ELEMENTS],
};

const SANITISERS: readonly Sanitiser[] = [
  { name: 'wiredesk', run: (doc) => htmlToBlocks(doc.html, { baseUrl: doc.baseUrl }).length },
  { name: 'sanitize-html', run: (doc) => sanitizeHtml(doc.html, PEER_OPTIONS).length },
];

interface SetResult {
  set: InputSet;
  /** Median milliseconds for one pass over the whole set, by sanitiser name. */
  medianMs: Map<string, number>;
}

function pass(sanitiser: Sanitiser, documents: readonly BenchDocument[]): number {
  let size = 0;
  for (const doc of documents) size += sanitiser.run(doc);
  return size;
}

/** Milliseconds per pass, timing `passes` passes in a row. */
function timePasses(sanitiser: Sanitiser, set: InputSet, passes: number): number {
  let size = 0;
  const start = performance.now();
  for (let i = 0; i < passes; i++) size += pass(sanitiser, set.documents);
  const elapsed = performance.now() - start;
  if (size === 0) throw new Error(`bench: ${sanitiser.name} produced nothing for ${set.name}`);
  return elapsed / passes;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Warms every sanitiser up on the set, in rounds as long as the timed ones,
 * and returns how many passes make a round of MIN_ROUND_MS for each once warm.
 */
function warmUp(set: InputSet): Map<string, number> {
  const passes = new Map<string, number>();
  for (const sanitiser of SANITISERS) {
    let passMs = timePasses(sanitiser, set, 1);
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      passMs = timePasses(sanitiser, set, passesPerRound(passMs));
    }
    passes.set(sanitiser.name, passesPerRound(passMs));
  }
  return passes;
}

function passesPerRound(passMs: number): number {
  return Math.max(1, Math.ceil(MIN_ROUND_MS / Math.max(passMs, 0.001)));
}

function measure(set: InputSet): SetResult {
  console.log(`${set.name}: ${set.documents.length} documents, ${kib(set.bytes)} KiB; warming up`);
  const passes = warmUp(set);
  const samples = new Map<string, number[]>(SANITISERS.map((s) => [s.name, []]));
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    // Alternate who goes first, so neither always runs right after the other's garbage.
    const order = round % 2 === 0 ? SANITISERS : [...SANITISERS].reverse();
    for (const sanitiser of order) {
      samples.get(sanitiser.name)!.push(timePasses(sanitiser, set, passes.get(sanitiser.name)!));
    }
  }
  const medianMs = new Map([...samples].map(([name, values]) => [name, median(values)]));
  const summary = SANITISERS.map((s) => `${s.name} ${medianMs.get(s.name)!.toFixed(2)} ms ${range(samples.get(s.name)!)}`);
  console.log(`${set.name}: ${summary.join(', ')} per pass (median of ${TIMED_ROUNDS} rounds, fastest–slowest)`);
  return { set, medianMs };
}

/** The fastest and slowest round, to show how noisy the machine was. */
function range(values: readonly number[]): string {
  return `(${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function mibPerSecond(bytes: number, ms: number): string {
  return (bytes / (1024 * 1024) / (ms / 1000)).toFixed(1);
}

function printTable(results: readonly SetResult[]): void {
  const [ours, peer] = SANITISERS.map((s) => s.name) as [string, string];
  const header = ['input set', 'docs', 'KiB', `${ours} ms`, `${peer} ms`, 'ratio', `${ours} MiB/s`, `${peer} MiB/s`];
  const rows = results.map(({ set, medianMs }) => {
    const oursMs = medianMs.get(ours)!;
    const peerMs = medianMs.get(peer)!;
    return [
      set.name,
      String(set.documents.length),
      kib(set.bytes),
      oursMs.toFixed(2),
      peerMs.toFixed(2),
      `${(peerMs / oursMs).toFixed(2)}x`,
      mibPerSecond(set.bytes, oursMs),
      mibPerSecond(set.bytes, peerMs),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

function printEnvironment(): void {
  const peerVersion = (createRequire(import.meta.url)('sanitize-html/package.json') as { version: string }).version;
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores)`);
  console.log(`peer: sanitize-html ${peerVersion}, same allowlist as wiredesk's blocks`);
  console.log(`${WARMUP_ROUNDS} warm-up rounds, then median of ${TIMED_ROUNDS} timed rounds of at least ${MIN_ROUND_MS} ms each`);
  console.log('note: wiredesk returns block data, sanitize-html an HTML string; the time compared is the work');
  console.log('      each needs to make feed HTML safe to show, not the same output.\n');
}

async function main(): Promise<void> {
  printEnvironment();
  const sets: InputSet[] = [await loadFeedBodies(), loadXssVectors()];
  const pages = await loadReadabilityPages();
  if (pages) sets.push(pages);
  else console.log(`note: ${READABILITY_PAGES} is absent; skipping the real-page set\n`);

  const results = sets.map(measure);
  console.log('\nratio = sanitize-html time / wiredesk time (above 1: wiredesk is faster); ms are per pass over the set\n');
  printTable(results);
}

await main();
