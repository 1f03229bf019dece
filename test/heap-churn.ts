/**
 * A child process for src/util/heap-growth.test.ts: keeps a sliding window of
 * objects alive (about 25 MB), as the story clusterer keeps its time window,
 * while everything older becomes garbage, and prints the largest heap V8
 * reserved meanwhile. `limited` runs the churn inside withHeapGrowthLimited.
 */
import { withHeapGrowthLimited } from '../src/util/heap-growth.ts';

const ROUNDS = 100;
const PER_ROUND = 20_000;
const WINDOW_ROUNDS = 8;

function churn(): number {
  const window: object[][] = [];
  let peak = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const batch: object[] = [];
    for (let i = 0; i < PER_ROUND; i++) batch.push({ id: i, key: `k${i}`, counts: [i, i + 1, i + 2] });
    window.push(batch);
    if (window.length > WINDOW_ROUNDS) window.shift();
    peak = Math.max(peak, process.memoryUsage().heapTotal);
  }
  return peak;
}

const peak = process.argv[2] === 'limited' ? await withHeapGrowthLimited(churn) : churn();
process.stdout.write(`${peak}\n`);
