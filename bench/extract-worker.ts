/**
 * One extractor measured alone in its own process, so that its peak memory is
 * its own: `node --import tsx bench/extract-worker.ts <extractor> <every>`.
 * Reads the sampled pages, loads the extractor, warms it up, runs timed
 * passes, prints progress to stderr and one JSON line (WorkerResult) to stdout.
 */
import { performance } from 'node:perf_hooks';
import { loadSuite, SUITE_NAMES, suiteAvailable, type EvalPage } from '../eval/extract/suites.ts';

const EXTRACTOR_NAMES = ['wiredesk', 'readability-jsdom', 'readability-linkedom'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

/** Pages run once, untimed, before the clock starts, so the timed pages run optimised code. */
const WARMUP_PAGES = 10;
/**
 * Timed passes over the sample repeat until they add up to this long: one pass
 * of a fast extractor is too short to time against the noise of a shared
 * machine. A slow one does a single pass.
 */
const MIN_TIMED_SECONDS = 5;
/** A progress line about this often. */
const PROGRESS_SECONDS = 5;

export interface WorkerResult {
  extractor: ExtractorName;
  pages: number;
  /** UTF-8 bytes of HTML over all timed pages. */
  bytes: number;
  wallSeconds: number;
  /** User + system CPU time of the process during the timed passes (GC threads included). */
  cpuSeconds: number;
  /** Pages on which the extractor found no article or threw. */
  failures: number;
  /** RSS after the pages were read, before the extractor was loaded. */
  baselineRss: number;
  /** RSS once the extractor and its data (wiredesk: the language database) are loaded. */
  loadedRss: number;
  /** The process's peak RSS as the kernel reports it (getrusage maxrss). */
  peakRss: number;
}

type Run = (page: EvalPage) => number;

/**
 * Loads only the named extractor's modules, so the process holds no other
 * extractor's code. Each run returns the length of the text found (0 for
 * none), so the work cannot be skipped.
 */
async function loadRun(name: ExtractorName): Promise<Run> {
  if (name === 'readability-jsdom') {
    const { readabilityOnJsdom } = await import('../eval/extract/readability-jsdom.ts');
    return (page) => readabilityOnJsdom(page.html, page.url)?.textContent?.length ?? 0;
  }
  if (name === 'readability-linkedom') {
    const { readabilityOnLinkedom } = await import('../eval/extract/readability-linkedom.ts');
    return (page) => readabilityOnLinkedom(page.html)?.textContent?.length ?? 0;
  }
  const { loadWiredesk } = await import('../eval/extract/wiredesk-extractor.ts');
  const wiredesk = await loadWiredesk();
  if (typeof wiredesk === 'string') throw new Error(`bench: ${wiredesk}`);
  return (page) => wiredesk.run(page.html, page.url).text.length;
}

async function samplePages(every: number): Promise<EvalPage[]> {
  const pages: EvalPage[] = [];
  for (const suite of SUITE_NAMES) {
    if (suiteAvailable(suite)) pages.push(...(await loadSuite(suite, { every, truth: false })));
  }
  return pages;
}

/** Collects garbage first when the process runs with --expose-gc, so RSS readings hold live data only. */
function collectGarbage(): void {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function timedPasses(name: ExtractorName, run: Run, pages: readonly EvalPage[]): Omit<WorkerResult, 'baselineRss' | 'loadedRss' | 'peakRss'> {
  let done = 0;
  let failures = 0;
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let nextReport = start + PROGRESS_SECONDS * 1000;
  do {
    for (const page of pages) {
      if (run(page) === 0) failures++;
      bytes += Buffer.byteLength(page.html, 'utf8');
      done++;
      if (performance.now() >= nextReport) {
        process.stderr.write(`  ${name}: ${done} pages in ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
        nextReport += PROGRESS_SECONDS * 1000;
      }
    }
  } while (performance.now() - start < MIN_TIMED_SECONDS * 1000);
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { extractor: name, pages: done, bytes, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, failures };
}

async function main(): Promise<void> {
  const [name, everyArg] = process.argv.slice(2);
  if (!(EXTRACTOR_NAMES as readonly string[]).includes(name ?? '')) throw new Error(`bench: unknown extractor "${name}"`);
  const extractor = name as ExtractorName;
  const pages = await samplePages(Number(everyArg ?? '1'));
  if (pages.length === 0) throw new Error('bench: no pages to run');
  collectGarbage();
  const baselineRss = process.memoryUsage.rss();
  const run = await loadRun(extractor);
  collectGarbage();
  const loadedRss = process.memoryUsage.rss();
  for (const page of pages.slice(0, WARMUP_PAGES)) run(page);
  const result = timedPasses(extractor, run, pages);
  // maxRSS is in kibibytes.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ ...result, baselineRss, loadedRss, peakRss } satisfies WorkerResult)}\n`);
}

await main();
