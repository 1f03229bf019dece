// A node:test reporter that writes one line after the run: how many tests
// (a skipped describe counts once) were skipped, grouped by the tool their
// reason names in the form `<tool> missing: …` (test/missing-tool.ts), e.g.
// `skipped: 14 (chromium missing), 1 (../shared missing)`. scripts/run-tests.js
// runs it beside the usual reporter and prints the line after everything else.
// Plain JavaScript: the test runner loads reporters without tsx's hooks.

const MISSING_TOOL = /^(\S+) missing: /u;
/** Skips whose reason is not in that form, counted so that none goes unseen. */
const OTHER = 'other reason';
const NO_REASON = 'no reason given';

/** `true` is `{ skip: true }` or `t.skip()` without a message. */
export function skipGroup(reason) {
  if (reason === true || reason === '') return NO_REASON;
  const tool = MISSING_TOOL.exec(String(reason));
  return tool ? `${tool[1]} missing` : OTHER;
}

/** The summary line for a list of skip reasons: most frequent group first. */
export function skipSummary(reasons) {
  if (reasons.length === 0) return 'skipped: 0';
  const counts = new Map();
  for (const reason of reasons) {
    const group = skipGroup(reason);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const groups = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `skipped: ${groups.map(([group, count]) => `${count} (${group})`).join(', ')}`;
}

export default async function* skipSummaryReporter(source) {
  const reasons = [];
  for await (const event of source) {
    // A skipped test or suite is reported as passed, with its reason in `skip`.
    if (event.type === 'test:pass' && event.data.skip !== undefined && event.data.skip !== false) reasons.push(event.data.skip);
  }
  yield `${skipSummary(reasons)}\n`;
}
