/**
 * Runs one extractor over one suite's pages and scores what it returns:
 * body text by shingles (body-score.ts), title, author and date by the rules
 * of metadata-match.ts. Only the extractor's own call is timed.
 */
import { performance } from 'node:perf_hooks';
import { scorePage, scoreSuite, type PageScore, type SuiteScore } from './body-score.ts';
import type { Extraction, Extractor } from './extraction.ts';
import { authorMatches, dateMatches, titleMatches } from './metadata-match.ts';
import type { EvalPage } from './suites.ts';

export interface PageResult {
  name: string;
  score: PageScore;
  extraction: Extraction;
  /** Null where the suite has no truth for the field. */
  title: boolean | null;
  author: boolean | null;
  date: boolean | null;
}

export interface Rate {
  matched: number;
  of: number;
}

export interface Summary extends SuiteScore {
  /** Null where the suite has no truth for the field on any page. */
  title: Rate | null;
  author: Rate | null;
  date: Rate | null;
  pages: number;
  failures: number;
  seconds: number;
}

export interface ExtractorResult {
  extractor: string;
  summary: Summary;
  pages: PageResult[];
}

export function evaluateExtractor(extractor: Extractor, pages: readonly EvalPage[], progress: (done: number) => void): ExtractorResult {
  const results: PageResult[] = [];
  let milliseconds = 0;
  for (const page of pages) {
    const start = performance.now();
    const extraction = extractor.run(page.html, page.url);
    milliseconds += performance.now() - start;
    results.push(scoreExtraction(page, extraction));
    progress(results.length);
  }
  return { extractor: extractor.name, summary: summarize(results, milliseconds / 1000), pages: results };
}

function scoreExtraction(page: EvalPage, extraction: Extraction): PageResult {
  const { truth } = page;
  return {
    name: page.name,
    score: scorePage(truth.text, extraction.text),
    extraction,
    title: truth.title === null ? null : titleMatches(truth.title, extraction.title),
    author: truth.author === null ? null : authorMatches(truth.author, extraction.author),
    date: truth.date === null ? null : dateMatches(truth.date, extraction.date),
  };
}

function summarize(pages: readonly PageResult[], seconds: number): Summary {
  return {
    ...scoreSuite(pages.map((p) => p.score)),
    title: rate(pages.map((p) => p.title)),
    author: rate(pages.map((p) => p.author)),
    date: rate(pages.map((p) => p.date)),
    pages: pages.length,
    failures: pages.filter((p) => p.extraction.failure !== null).length,
    seconds,
  };
}

function rate(outcomes: readonly (boolean | null)[]): Rate | null {
  const known = outcomes.filter((o): o is boolean => o !== null);
  return known.length === 0 ? null : { matched: known.filter(Boolean).length, of: known.length };
}

/** A page's own F1, for ranking pages: a missing precision or recall counts as 0. */
export function pageF1(score: PageScore): number {
  const p = score.precision ?? 0;
  const r = score.recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
