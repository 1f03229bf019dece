/**
 * Runs one extractor over one suite's pages and scores what it returns:
 * body text by shingles (body-score.ts), title, author and date by the rules
 * of metadata-match.ts. Only the extractor's own call is timed.
 */
import { performance } from 'node:perf_hooks';
import { scorePage, scoreSuite, type PageScore, type SuiteScore } from './body-score.ts';
import type { Extraction, Extractor } from './extraction.ts';
import { authorMatches, dateMatches, titleMatches } from './metadata-match.ts';
import { scoreSnippets, type SnippetScore } from './snippets.ts';
import type { EvalPage } from './suites.ts';

export interface PageResult {
  name: string;
  /** Null where the suite gives no body text for the page: it is left out of the body scores. */
  score: PageScore | null;
  /** Null where the suite has no snippets (readability). */
  snippets: SnippetScore | null;
  extraction: Extraction;
  /** Null where the suite has no truth for the field. */
  title: boolean | null;
  author: boolean | null;
  date: boolean | null;
  /** The extractor's own time on the page. */
  milliseconds: number;
}

export interface Rate {
  matched: number;
  of: number;
}

export interface Summary extends SuiteScore {
  /** Pages with a body text to score against: those the precision, recall and F1 are over. */
  bodyPages: number;
  /** wcxb's `with` passages found, and `without` passages kept out; null for a suite without them. */
  held: Rate | null;
  left: Rate | null;
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
  for (const page of pages) {
    const start = performance.now();
    const extraction = extractor.run(page.html, page.url);
    results.push(scoreExtraction(page, extraction, performance.now() - start));
    progress(results.length);
  }
  return { extractor: extractor.name, summary: summarize(results), pages: results };
}

/**
 * The result over the pages `keep` selects, scored as a suite of its own: a
 * held-out half, say, so that a rule fitted to the other half shows.
 */
export function resultFor(result: ExtractorResult, keep: (page: PageResult) => boolean): ExtractorResult {
  const pages = result.pages.filter(keep);
  return { extractor: result.extractor, summary: summarize(pages), pages };
}

function scoreExtraction(page: EvalPage, extraction: Extraction, milliseconds: number): PageResult {
  const { truth } = page;
  return {
    name: page.name,
    score: truth.text === null ? null : scorePage(truth.text, extraction.text),
    snippets: truth.snippets === null ? null : scoreSnippets(truth.snippets, extraction.text),
    extraction,
    title: truth.title === null ? null : titleMatches(truth.title, extraction.title),
    author: truth.author === null ? null : authorMatches(truth.author, extraction.author),
    date: truth.date === null ? null : dateMatches(truth.date, extraction.date),
    milliseconds,
  };
}

function summarize(pages: readonly PageResult[]): Summary {
  const scored = pages.filter((p): p is PageResult & { score: PageScore } => p.score !== null);
  return {
    ...scoreSuite(scored.map((p) => p.score)),
    bodyPages: scored.length,
    held: snippetRate(pages, (s) => ({ matched: s.held, of: s.heldOf })),
    left: snippetRate(pages, (s) => ({ matched: s.left, of: s.leftOf })),
    title: rate(pages.map((p) => p.title)),
    author: rate(pages.map((p) => p.author)),
    date: rate(pages.map((p) => p.date)),
    pages: pages.length,
    failures: pages.filter((p) => p.extraction.failure !== null).length,
    seconds: pages.reduce((sum, p) => sum + p.milliseconds, 0) / 1000,
  };
}

function snippetRate(pages: readonly PageResult[], count: (score: SnippetScore) => Rate): Rate | null {
  const rates = pages.flatMap((p) => (p.snippets === null ? [] : [count(p.snippets)]));
  if (rates.length === 0) return null;
  return { matched: rates.reduce((sum, r) => sum + r.matched, 0), of: rates.reduce((sum, r) => sum + r.of, 0) };
}

function rate(outcomes: readonly (boolean | null)[]): Rate | null {
  const known = outcomes.filter((o): o is boolean => o !== null);
  return known.length === 0 ? null : { matched: known.filter(Boolean).length, of: known.length };
}

/** A page's own F1, for ranking pages: a missing precision or recall counts as 0. */
export function pageF1(score: PageScore | null): number {
  if (score === null) return 0;
  const p = score.precision ?? 0;
  const r = score.recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
