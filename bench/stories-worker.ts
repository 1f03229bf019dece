/**
 * One size of the stories benchmark, in its own process so that its peak
 * memory is its own: clusters the first N articles of the synthetic stream
 * and prints one JSON line with times, memory and clustering quality
 * against the stream's true events.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_OPTIONS, StoryClusterer } from '../src/stories/story-clusterer.ts';
import { withHeapGrowthLimited } from '../src/util/heap-growth.ts';
import { ARTICLES_PER_HOUR, syntheticArticle } from './stories-corpus.ts';

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error(`stories-worker: size "${process.argv[2]}" is not a positive integer`);

/** Per-article times are also taken over the last tenth (whole batches), once caches and window are warm. */
const TAIL_SHARE = 0.1;

const clusterer = new StoryClusterer();
const storyNumbers = new Map<string, number>();
const storyOf = new Int32Array(size);
const eventOf = new Int32Array(size);
let duplicates = 0;
let merges = 0;
const tailStart = Math.floor((size * (1 - TAIL_SHARE)) / 1_000) * 1_000;

/**
 * Articles in a full window (28,800 with the default 72 hours). Peak RSS
 * is also taken apart before and after the window first fills: up to then
 * memory grows with the window, as it should; after, it should not. The
 * kernel's high-water mark is reset at that point (Linux: writing 5 to
 * /proc/self/clear_refs), so the second figure is the peak over the rest
 * of the run alone; the whole run's peak is the larger of the two.
 */
const WINDOW_ARTICLES = DEFAULT_OPTIONS.windowHours * ARTICLES_PER_HOUR;
const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;
let peakToWindowFullMb = Number.NaN;
let steadyMeasured = false;
function windowFilled(): void {
  peakToWindowFullMb = maxRssMb();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    steadyMeasured = true;
  } catch {
    // Not Linux, or not allowed: the steady-state peak stays unknown.
  }
}
/** The high-water mark since it was reset, in MB. */
function peakSinceResetMb(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return line ? Number(line[1]) / 1024 : Number.NaN;
}
/**
 * Articles are generated in batches outside the timed part, so the figures
 * are the clusterer's alone; a batch is small enough not to weigh on memory.
 */
const BATCH = 1_000;
const PROGRESS_EVERY = 100_000;
let cpuMicros = 0;
let wallMs = 0;
let tailCpuMicros = 0;
let tailWallMs = 0;
// Under the heap-growth factor the pipeline and `stories cluster` set while they cluster, so the figures are what a desk sees.
await withHeapGrowthLimited(() => {
  for (let start = 0; start < size; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - start) }, (_, k) => syntheticArticle(start + k));
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    const results = batch.map((article) => clusterer.add(article));
    const cpu = process.cpuUsage(cpuBefore);
    const wall = performance.now() - wallBefore;
    cpuMicros += cpu.user + cpu.system;
    wallMs += wall;
    if (start >= tailStart) {
      tailCpuMicros += cpu.user + cpu.system;
      tailWallMs += wall;
    }
    results.forEach((result, k) => {
      const i = start + k;
      let number = storyNumbers.get(result.storyId);
      if (number === undefined) storyNumbers.set(result.storyId, (number = storyNumbers.size));
      storyOf[i] = number;
      eventOf[i] = batch[k]!.event;
      if (result.nearDuplicateOf) duplicates++;
      merges += result.merges.length;
    });
    if (Number.isNaN(peakToWindowFullMb) && start + batch.length >= WINDOW_ARTICLES) windowFilled();
    const done = start + batch.length;
    // A line on stderr every 100,000 articles, so that a long run cut short still tells how far it got and what it held.
    if (done % PROGRESS_EVERY === 0 && done < size) {
      const rss = steadyMeasured ? `${peakSinceResetMb().toFixed(0)} MB since the window filled (${peakToWindowFullMb.toFixed(0)} MB before)` : `${maxRssMb().toFixed(0)} MB`;
      process.stderr.write(`${done} articles: ${(cpuMicros / done).toFixed(0)} µs CPU per article so far, peak RSS ${rss}\n`);
    }
  }
});
const tailCount = size - tailStart;

// Pairwise precision and recall against the true events, from the contingency counts.
const resolved = [...storyNumbers.keys()].map((id) => clusterer.resolve(id));
const pairs = (counts: Map<string | number, number>): number => [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
const byStory = new Map<string | number, number>();
const byEvent = new Map<string | number, number>();
const both = new Map<string | number, number>();
for (let i = 0; i < size; i++) {
  const story = resolved[storyOf[i]!]!;
  byStory.set(story, (byStory.get(story) ?? 0) + 1);
  byEvent.set(eventOf[i]!, (byEvent.get(eventOf[i]!) ?? 0) + 1);
  const cell = `${story}\u0000${eventOf[i]}`;
  both.set(cell, (both.get(cell) ?? 0) + 1);
}
const agreeing = pairs(both);

// What the clusterer holds: the heap after a full collection (the bench runs this worker with --expose-gc).
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const liveHeapMb = collect ? process.memoryUsage().heapUsed / 1024 / 1024 : Number.NaN;

process.stdout.write(
  `${JSON.stringify({
    size,
    wallUsPerArticle: (wallMs * 1000) / size,
    cpuUsPerArticle: cpuMicros / size,
    tailWallUsPerArticle: (tailWallMs * 1000) / tailCount,
    tailCpuUsPerArticle: tailCpuMicros / tailCount,
    peakRssMb: Number.isNaN(peakToWindowFullMb) ? maxRssMb() : Math.max(peakToWindowFullMb, steadyMeasured ? peakSinceResetMb() : maxRssMb()),
    peakRssToWindowFullMb: peakToWindowFullMb,
    peakRssAfterWindowFullMb: steadyMeasured ? peakSinceResetMb() : Number.NaN,
    liveHeapMb,
    vocabulary: clusterer.frequencies.counts.size,
    knownNames: clusterer.known.counts.size,
    storiesHeld: clusterer.activeStories.size,
    stories: byStory.size,
    events: byEvent.size,
    nearDuplicates: duplicates,
    merges,
    postingsReadPerArticle: clusterer.work.postingsRead / size,
    storiesScoredPerArticle: clusterer.work.storiesScored / size,
    pairwisePrecision: agreeing / pairs(byStory),
    pairwiseRecall: agreeing / pairs(byEvent),
  })}\n`,
);
