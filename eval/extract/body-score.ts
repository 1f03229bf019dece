/**
 * Body-text scoring as in the ScrapingHub article-extraction benchmark
 * (github.com/scrapinghub/article-extraction-benchmark, evaluate.py): the
 * text is cut into word tokens, a page's shingles are the 4-grams of its
 * tokens counted as a multiset, and precision and recall are taken per page
 * over shingle counts, then averaged over pages; F1 is the harmonic mean of
 * the two averages, so long pages weigh no more than short ones.
 *
 * Where this differs from that script, on purpose:
 * - Tokens are runs of letters, digits, combining marks and `_`. Python's
 *   `\w` excludes combining marks, so it cuts a Devanagari word at every vowel
 *   sign ("हिन्दी" → ह, न, द); counting the marks keeps Hindi words whole. For
 *   text in precomposed (NFC) Latin, Cyrillic, Greek or CJK the two agree.
 * - A page whose prediction or truth has fewer than SHINGLE_SIZE tokens is
 *   scored with shingles as long as the shorter of the two (down to single
 *   tokens). The script instead makes one shingle of all of a short text's
 *   tokens, which can only match a text of exactly those tokens.
 *
 * Kept from the script: a page with an empty prediction counts towards mean
 * recall (as 0) but not towards mean precision, one with an empty truth
 * counts towards mean precision (as 0) but not mean recall, and one where
 * both are empty counts towards neither.
 */

/** The benchmark's shingle length: long enough that common phrases do not match by chance. */
export const SHINGLE_SIZE = 4;

/** Letters, digits, combining marks and `_`; compiled once, used with match(). */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The shingle of `size` tokens starting at `start`, as a map key. */
export function shingleKey(tokens: readonly string[], start: number, size: number): string {
  // U+0001 cannot occur inside a token, so joined shingles cannot collide.
  return tokens.slice(start, start + size).join('\u0001');
}

/** The n-grams of the tokens, as a multiset (shingle → count). */
export function shingles(tokens: readonly string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = shingleKey(tokens, i, size);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** Shingles in both (sum of the smaller counts). */
  tp: number;
  /** Predicted shingles beyond the truth's count. */
  fp: number;
  /** True shingles beyond the prediction's count. */
  fn: number;
  /** Null when the prediction has no shingle: the page is left out of mean precision. */
  precision: number | null;
  /** Null when the truth has no shingle: the page is left out of mean recall. */
  recall: number | null;
  /** The n-gram length used (SHINGLE_SIZE unless a side is shorter). */
  shingleSize: number;
}

/** The shingle length for a pair of texts: SHINGLE_SIZE, or the shorter non-empty side's length. */
export function shingleSizeFor(truthTokens: number, predictedTokens: number): number {
  const lengths = [truthTokens, predictedTokens].filter((n) => n > 0);
  return Math.max(1, Math.min(SHINGLE_SIZE, ...lengths));
}

export function scorePage(truth: string, predicted: string): PageScore {
  const truthTokens = tokenize(truth);
  const predictedTokens = tokenize(predicted);
  const size = shingleSizeFor(truthTokens.length, predictedTokens.length);
  const expected = shingles(truthTokens, size);
  const got = shingles(predictedTokens, size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const trueCount = expected.get(key) ?? 0;
    tp += Math.min(count, trueCount);
    fp += Math.max(0, count - trueCount);
  }
  for (const [key, trueCount] of expected) fn += Math.max(0, trueCount - (got.get(key) ?? 0));
  return { tp, fp, fn, precision: precisionOf(tp, fp), recall: recallOf(tp, fn), shingleSize: size };
}

function precisionOf(tp: number, fp: number): number | null {
  return tp + fp === 0 ? null : tp / (tp + fp);
}

function recallOf(tp: number, fn: number): number | null {
  return tp + fn === 0 ? null : tp / (tp + fn);
}

export interface SuiteScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Mean precision, mean recall and their harmonic mean over a suite's pages. */
export function scoreSuite(pages: readonly PageScore[]): SuiteScore {
  const precision = mean(pages.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function mean(values: readonly (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? 0 : present.reduce((sum, v) => sum + v, 0) / present.length;
}
