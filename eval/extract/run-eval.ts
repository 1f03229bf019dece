/**
 * `npm run eval:extract`: scores wiredesk's extractor and Mozilla Readability
 * (on jsdom, in the same process) on the suites of ../shared/eval, and prints
 * a table per suite. Options:
 *   --suite readability|wcxb   one suite only (default: both)
 *   --worst N                  also list wiredesk's N worst pages
 *   --page NAME                show one page through both extractors
 *   --json FILE                write every page's scores to FILE
 *   --halves                   also score the wcxb suite's even- and odd-numbered
 *                              pages apart: develop on one, hold out the other
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pageReport, suiteTable, worstPages } from './eval-report.ts';
import type { Extractor } from './extraction.ts';
import { READABILITY } from './readability-extractor.ts';
import { loadWiredesk } from './wiredesk-extractor.ts';
import { evaluateExtractor, resultFor, type ExtractorResult } from './suite-eval.ts';
import { EVAL_ROOT, loadSuite, SUITE_FOLDERS, SUITE_NAMES, suiteAvailable, type EvalPage, type SuiteName } from './suites.ts';

interface Options {
  suites: SuiteName[];
  worst: number;
  page: string | null;
  json: string | null;
  halves: boolean;
}

function usageError(message: string): never {
  console.error(`eval:extract: ${message}`);
  console.error('usage: npm run eval:extract -- [--suite readability|wcxb] [--worst N] [--page NAME] [--json FILE] [--halves]');
  process.exit(2);
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      worst: { type: 'string' },
      page: { type: 'string' },
      json: { type: 'string' },
      halves: { type: 'boolean' },
    },
  });
  const suite = values.suite;
  if (suite !== undefined && !(SUITE_NAMES as readonly string[]).includes(suite)) usageError(`unknown suite "${suite}"`);
  const worst = values.worst === undefined ? 0 : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) usageError(`--worst takes a whole number, not "${values.worst}"`);
  return {
    suites: suite ? [suite as SuiteName] : [...SUITE_NAMES],
    worst,
    page: values.page ?? null,
    json: values.json ?? null,
    halves: values.halves ?? false,
  };
}

/** One line per extractor and suite, rewritten in place on a terminal. */
function progressReporter(label: string, total: number): (done: number) => void {
  const interactive = process.stderr.isTTY;
  return (done) => {
    if (interactive) process.stderr.write(`\r${label}: ${done}/${total}`);
    if (done === total) process.stderr.write(interactive ? '\n' : `${label}: ${total} pages\n`);
  };
}

function runSuite(suite: SuiteName, pages: readonly EvalPage[], extractors: readonly Extractor[]): ExtractorResult[] {
  return extractors.map((extractor) => evaluateExtractor(extractor, pages, progressReporter(`${extractor.name} on ${suite}`, pages.length)));
}

async function extractorsToRun(): Promise<Extractor[]> {
  const wiredesk = await loadWiredesk();
  if (typeof wiredesk === 'string') {
    console.log(`note: ${wiredesk}\n      scoring Readability only.\n`);
    return [READABILITY];
  }
  return [wiredesk, READABILITY];
}

function showPage(name: string, suites: Map<SuiteName, EvalPage[]>, extractors: readonly Extractor[]): void {
  const found = [...suites.values()].flat().filter((p) => p.name === name);
  if (found.length === 0) usageError(`no page named "${name}" in ${[...suites.keys()].join(', ')}`);
  for (const page of found) {
    const results = extractors.map((extractor) => evaluateExtractor(extractor, [page], () => {}).pages[0]!);
    console.log(`${pageReport(page, results, extractors.map((e) => e.name))}\n`);
  }
}

/**
 * wcxb's pages by the parity of their number: a split fixed in advance, so a
 * rule fitted to the pages of one half shows as a gain there and none on the other.
 * (The readability suite is the other held-out set; it is not split.)
 */
function halvesTables(results: readonly ExtractorResult[]): string {
  const half = (parity: number) => results.map((result) => resultFor(result, (page) => Number(page.name) % 2 === parity));
  return [`\neven-numbered pages:`, suiteTable(half(0)), `\nodd-numbered pages:`, suiteTable(half(1))].join('\n');
}

const SCORING_NOTE = [
  'Body: 4-gram token shingles (multisets) as in the ScrapingHub benchmark; P and R per page, averaged;',
  'F1 = harmonic mean of mean P and mean R. A failed page counts as an empty prediction (recall 0, left out of',
  'mean precision); a page whose truth gives no body text is left out of both. Title: exact after whitespace',
  'normalisation; author: a person named in both; date: same day. with / without (wcxb): its passages found in the',
  'text, and its furniture passages kept out of it.',
].join('\n');

/** The readability suite's truth is Readability's own expected output, which the table should not hide. */
const READABILITY_SUITE_NOTE = 'truth = the article Readability itself is expected to return, so Readability scores near 1 here by construction';

async function main(): Promise<void> {
  const options = readOptions();
  const available = options.suites.filter(suiteAvailable);
  if (available.length === 0) {
    console.log(`eval:extract: ${EVAL_ROOT} is absent (looked for ${options.suites.map((s) => SUITE_FOLDERS[s]).join(', ')}); nothing to score.`);
    return;
  }
  const extractors = await extractorsToRun();
  const suites = new Map<SuiteName, EvalPage[]>();
  for (const suite of available) suites.set(suite, await loadSuite(suite));
  if (options.page !== null) return showPage(options.page, suites, extractors);

  const report: Record<string, ExtractorResult[]> = {};
  for (const [suite, pages] of suites) report[suite] = runSuite(suite, pages, extractors);
  console.log(SCORING_NOTE);
  for (const [suite, results] of Object.entries(report)) {
    console.log(`\n${suite} (${suites.get(suite as SuiteName)!.length} pages, ${SUITE_FOLDERS[suite as SuiteName]})`);
    if (suite === 'readability') console.log(READABILITY_SUITE_NOTE);
    console.log(suiteTable(results));
    if (options.halves && suite === 'wcxb') console.log(halvesTables(results));
    if (options.worst > 0) console.log(`\n${worstPages(results[0]!, results[1], options.worst)}`);
  }
  if (options.json) {
    await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${options.json}`);
  }
}

await main();
