/**
 * What an extraction got wrong on one page, as runs of text: the stretches of
 * the truth that no matching shingle covers (missed) and the stretches of the
 * prediction that no matching shingle covers (extra). For tuning by eye.
 */
import { shingleKey, shingles, shingleSizeFor, tokenize } from './body-score.ts';

/** Runs shorter than this many tokens are mostly boundary noise; they are not listed. */
const MIN_RUN_TOKENS = 3;

export interface TextRuns {
  /** Token count of each run, with the run's text (tokens joined by spaces). */
  runs: { tokens: number; text: string }[];
  /** Tokens in all runs, listed or not. */
  uncovered: number;
}

/** The runs of `text` whose tokens no shingle shared with `other` covers. */
export function uncoveredRuns(text: string, other: string): TextRuns {
  const tokens = tokenize(text);
  const otherTokens = tokenize(other);
  const size = shingleSizeFor(tokens.length, otherTokens.length);
  const available = shingles(otherTokens, size);
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = shingleKey(tokens, i, size);
    const left = available.get(key) ?? 0;
    if (left === 0) continue;
    available.set(key, left - 1);
    covered.fill(true, i, i + size);
  }
  return collectRuns(tokens, covered);
}

function collectRuns(tokens: readonly string[], covered: readonly boolean[]): TextRuns {
  const runs: TextRuns['runs'] = [];
  let uncovered = 0;
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !covered[i]) {
      if (start < 0) start = i;
      uncovered++;
      continue;
    }
    if (start >= 0 && i - start >= MIN_RUN_TOKENS) runs.push({ tokens: i - start, text: tokens.slice(start, i).join(' ') });
    start = -1;
  }
  return { runs, uncovered };
}
