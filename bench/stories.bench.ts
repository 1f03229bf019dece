/**
 * `npm run bench:stories [-- --sizes 10000,100000,1000000]`: time per
 * article and peak memory of online story clustering as the stream grows,
 * with the ratio of each size to the smallest. The cost per article must
 * stay flat (the indexes forget what leaves the time window), so the ratios
 * should stay near 1; so should peak memory once the window is full, which
 * the two peak columns after the ratio show apart. Each size runs in its
 * own process, one after another.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

interface Result {
  size: number;
  wallUsPerArticle: number;
  cpuUsPerArticle: number;
  tailWallUsPerArticle: number;
  tailCpuUsPerArticle: number;
  peakRssMb: number;
  /** Peak RSS up to the window's first filling, and over the rest of the run; null when the run is shorter than a window (or not on Linux). */
  peakRssToWindowFullMb: number | null;
  peakRssAfterWindowFullMb: number | null;
  liveHeapMb: number;
  vocabulary: number;
  knownNames: number;
  storiesHeld: number;
  stories: number;
  events: number;
  nearDuplicates: number;
  merges: number;
  postingsReadPerArticle: number;
  storiesScoredPerArticle: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
}

function sizesFromArgs(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sizes');
  if (at < 0) return DEFAULT_SIZES;
  const sizes = (argv[at + 1] ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new Error(`bench:stories: --sizes takes positive integers separated by commas, not "${argv[at + 1] ?? ''}"`);
  }
  return sizes;
}

function runSize(size: number): Result {
  const worker = path.join(import.meta.dirname, 'stories-worker.ts');
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', worker, String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output) as Result;
}

const fixed = (value: number, digits: number): string => value.toFixed(digits).padStart(9);
const maybe = (value: number | null, digits: number): string => (value === null ? '—' : value.toFixed(digits));

const sizes = sizesFromArgs(process.argv.slice(2));
const results: Result[] = [];
for (const size of sizes) {
  process.stderr.write(`clustering ${size} synthetic articles…\n`);
  results.push(runSize(size));
}
const base = results[0]!;
// Postings read and stories scored per article are the lookup work the flat cost depends on: they should level off once the window is full.
// Peak RSS is also split at the point the 72-hour window first fills (28,800 articles): the part after is the steady state.
console.log(
  'articles   µs/article(cpu)  (wall)  last-10%(cpu)  ×first  peak-RSS-MB  ×first  to-full  after-full  live-heap-MB  vocabulary  known-names  stories  events  postings/art  scored/art  pairwise-P  pairwise-R',
);
for (const r of results) {
  console.log(
    [
      String(r.size).padStart(8),
      fixed(r.cpuUsPerArticle, 0).padStart(16),
      fixed(r.wallUsPerArticle, 0).padStart(7),
      fixed(r.tailCpuUsPerArticle, 0).padStart(14),
      fixed(r.tailCpuUsPerArticle / base.tailCpuUsPerArticle, 2).padStart(7),
      fixed(r.peakRssMb, 0).padStart(12),
      fixed(r.peakRssMb / base.peakRssMb, 2).padStart(7),
      maybe(r.peakRssToWindowFullMb, 0).padStart(8),
      maybe(r.peakRssAfterWindowFullMb, 0).padStart(11),
      fixed(r.liveHeapMb, 0).padStart(13),
      String(r.vocabulary).padStart(11),
      String(r.knownNames).padStart(12),
      String(r.stories).padStart(8),
      String(r.events).padStart(7),
      fixed(r.postingsReadPerArticle, 1).padStart(13),
      fixed(r.storiesScoredPerArticle, 2).padStart(11),
      fixed(r.pairwisePrecision, 3).padStart(11),
      fixed(r.pairwiseRecall, 3).padStart(11),
    ].join(' '),
  );
}
