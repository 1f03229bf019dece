/**
 * How the length-ratio ranges in src/translate/qa/length-ratio.ts were
 * measured: per direction, the output/source length ratio of the FLORES
 * references, and its 0.5th and 99.5th percentiles.
 */
import { measuredLength, MIN_SOURCE_CHARS } from '../../src/translate/qa/length-ratio.ts';
import type { Flores } from './flores-lines.ts';

const LOW_PERCENTILE = 0.5;
const HIGH_PERCENTILE = 99.5;

/** Linear interpolation between closest ranks, as numpy's default. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export function calibrationLines(flores: Flores): string[] {
  const lines: string[] = [];
  for (const from of Object.keys(flores)) {
    for (const to of Object.keys(flores)) {
      if (from === to) continue;
      const targets = flores[to]!;
      const ratios = flores[from]!
        .map((source, i) => [measuredLength(source), measuredLength(targets[i]!)] as const)
        .filter(([sourceLength]) => sourceLength >= MIN_SOURCE_CHARS)
        .map(([sourceLength, targetLength]) => targetLength / sourceLength)
        .sort((a, b) => a - b);
      const low = percentile(ratios, LOW_PERCENTILE).toFixed(3);
      const high = percentile(ratios, HIGH_PERCENTILE).toFixed(3);
      lines.push(`${from}>${to}: ${ratios.length} sentences, p${LOW_PERCENTILE} ${low}, p${HIGH_PERCENTILE} ${high}`);
    }
  }
  return lines;
}
