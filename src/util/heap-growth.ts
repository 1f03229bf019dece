/**
 * How far V8 lets the JavaScript heap grow past what the last full
 * collection kept before it collects again, while the story clusterer runs
 * (the pipeline's story pass in serve, ingest, worker and demo; `stories
 * cluster`; bench:stories).
 *
 * V8 sets the next full collection at the live size times a factor that it
 * raises, up to 4, while collections look cheap beside the program's own
 * work. The clusterer keeps a live set bounded by its time window (about 70
 * MB on the bench stream) but turns much of what it allocates into garbage
 * that outlives the young generation, so collections do look cheap and the
 * factor creeps up as a run goes on: on the bench stream, full collections
 * started at 2.6 times the live size after 200,000 articles, and peak RSS
 * kept rising long after the live set had levelled off. A fixed factor
 * bounds the peak by the live set instead.
 *
 * It caps no size: the heap still grows as far as the live set does, so a
 * window that holds more is collected later, never stopped for lack of room
 * as `--max-old-space-size` would. V8 reads the factor at every full
 * collection, so it can be set for the story pass alone and handed back to
 * V8 after: the other jobs of the process keep V8's own policy. Node does
 * not take the flag in NODE_OPTIONS, hence `v8.setFlagsFromString`.
 */
import v8 from 'node:v8';

/**
 * The heap may grow to (1 + HEAP_GROWING_PERCENT / 100) times its live size
 * before a full collection. On bench:stories at 300,000 articles (three
 * processes side by side, docs/benchmarks.md#stories): peak RSS 285 MB at
 * 25 %, 306 MB at 50 % and 471 MB (still rising) with V8's own factor, for
 * 397, 404 and 412 µs of CPU per article: more full collections, each over
 * a smaller heap. `--optimize-for-size`, which also takes V8's least factor
 * (1.1) but shrinks the young generation, cost 15–27 % more CPU.
 */
export const HEAP_GROWING_PERCENT = 25;

/** V8's value for "choose the factor yourself". */
const V8_DEFAULT = 0;

const FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

let running = 0;

/**
 * Runs `work` with the factor set, and gives V8 its own policy back when
 * the last such work ends (story passes may overlap in a worker). A factor
 * given on node's command line (`node --heap-growing-percent=N`) is left
 * alone.
 */
export async function withHeapGrowthLimited<T>(work: () => T | Promise<T>, execArgv: readonly string[] = process.execArgv): Promise<T> {
  const chosen = execArgv.some((arg) => FLAG.test(arg));
  if (!chosen && running++ === 0) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    if (!chosen && --running === 0) v8.setFlagsFromString(`--heap-growing-percent=${V8_DEFAULT}`);
  }
}
