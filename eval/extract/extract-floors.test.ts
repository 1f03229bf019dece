/**
 * The extractor's quality floors: body F1 on the two development suites of
 * ../shared/eval, computed as `npm run eval:extract` computes it (wiredesk
 * only: Readability on jsdom is what makes that command take minutes).
 * On 2026-12-07 it gave 0.979 on readability-test-pages and 0.976 on
 * wcxb-dev-articles (0.9760 over the 199 pages whose truth has a body
 * text). Titles too (exact after whitespace normalisation): 94/126 and
 * 181/200. And wcxb's snippets: 867 of 885 `with` passages found, 775 of 785
 * `without` passages kept out. Skipped where ../shared is absent.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missing } from '../../test/missing-tool.ts';
import type { Extractor } from './extraction.ts';
import { evaluateExtractor } from './suite-eval.ts';
import { loadSuite, SUITE_FOLDERS, SUITE_NAMES, suiteAvailable, type SuiteName } from './suites.ts';
import { loadWiredesk } from './wiredesk-extractor.ts';

/** Half a point or so under today's figures (0.979 and 0.976): a change that costs more is a regression. */
const BODY_F1_FLOORS: Record<SuiteName, number> = { readability: 0.975, wcxb: 0.97 };

/** A point or two under today's snippet rates (0.980 and 0.987 on wcxb; readability has none). */
const SNIPPET_FLOOR = 0.965;
/**
 * A page or two under today's title rates (94/126 = 0.746, 181/200 = 0.905):
 * a change that loses more titles than that is a regression.
 */
const TITLE_FLOORS: Record<SuiteName, number> = { readability: 0.73, wcxb: 0.895 };

let extractor: Promise<Extractor> | undefined;

/** Loaded once, on first use, so that a machine without the suites does not load the language detector. */
function wiredesk(): Promise<Extractor> {
  extractor ??= loadWiredesk().then((loaded) => {
    if (typeof loaded === 'string') throw new Error(`extract floors: ${loaded}`);
    return loaded;
  });
  return extractor;
}

for (const suite of SUITE_NAMES) {
  const floor = BODY_F1_FLOORS[suite];
  const skip = suiteAvailable(suite) ? false : missing('../shared', `${SUITE_FOLDERS[suite]} is absent`);
  test(`extraction keeps body F1 ≥ ${floor}, titles ≥ ${TITLE_FLOORS[suite]} and any snippets ≥ ${SNIPPET_FLOOR} on the ${suite} suite`, { skip }, async () => {
    const [pages, run] = await Promise.all([loadSuite(suite), wiredesk()]);
    const { summary } = evaluateExtractor(run, pages, () => {});
    const titles = summary.title!;
    assert.ok(
      titles.matched / titles.of >= TITLE_FLOORS[suite],
      `${titles.matched}/${titles.of} titles right, under ${TITLE_FLOORS[suite]}; \`npm run eval:extract -- --suite ${suite} --worst 10\` lists pages`,
    );
    for (const [kind, rate] of [['with', summary.held], ['without', summary.left]] as const) {
      if (rate === null) continue;
      assert.ok(
        rate.matched / rate.of >= SNIPPET_FLOOR,
        `${rate.matched}/${rate.of} \`${kind}\` snippets right, under ${SNIPPET_FLOOR}; \`npm run eval:extract -- --suite ${suite} --page NAME\` lists a page's`,
      );
    }
    assert.ok(
      summary.f1 >= floor,
      `body F1 ${summary.f1.toFixed(3)} (P ${summary.precision.toFixed(3)}, R ${summary.recall.toFixed(3)}, ` +
        `${summary.failures} failed pages) is under ${floor}; \`npm run eval:extract -- --suite ${suite} --worst 10\` lists the worst pages`,
    );
  });
}
