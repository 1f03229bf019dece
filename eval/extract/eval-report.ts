/**
 * The eval's printed output: a table per suite, the worst pages of an
 * extractor, and one page examined side by side. Plain strings, so the CLI
 * decides where they go.
 */
import { uncoveredRuns } from './page-diff.ts';
import { holdsSnippet, type SnippetScore } from './snippets.ts';
import { pageF1, type ExtractorResult, type PageResult, type Rate } from './suite-eval.ts';
import type { EvalPage } from './suites.ts';

/** How many runs of missed and extra text --page lists per extractor. */
const MAX_RUNS_SHOWN = 8;
/** Runs are cut to about two lines. */
const MAX_RUN_CHARS = 160;
/** Failure messages name the page URL; the table only needs their start. */
const MAX_FAILURE_CHARS = 60;

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function rateText(rate: Rate | null): string {
  return rate ? `${(rate.matched / rate.of).toFixed(3)} (${rate.matched}/${rate.of})` : '–';
}

export function suiteTable(results: readonly ExtractorResult[]): string {
  const snippets = results.some(({ summary }) => summary.held !== null);
  const header = ['extractor', 'precision', 'recall', 'F1', 'title', 'author', 'date', ...(snippets ? ['with', 'without'] : []), 'pages', 'failures', 'seconds'];
  const rows = results.map(({ extractor, summary: s }) => [
    extractor,
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
    rateText(s.title),
    rateText(s.author),
    rateText(s.date),
    ...(snippets ? [rateText(s.held), rateText(s.left)] : []),
    s.bodyPages === s.pages ? String(s.pages) : `${s.pages} (${s.bodyPages} with text)`,
    String(s.failures),
    s.seconds.toFixed(2),
  ]);
  return table(header, rows);
}

function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** The `count` pages where `ours` does worst, with the peer's F1 on each beside it. */
export function worstPages(ours: ExtractorResult, peer: ExtractorResult | undefined, count: number): string {
  const peerByName = new Map(peer?.pages.map((p) => [p.name, p]) ?? []);
  const worst = ours.pages
    .filter((page) => page.score !== null)
    .sort((a, b) => pageF1(a.score) - pageF1(b.score))
    .slice(0, count);
  const header = ['page', 'P', 'R', 'F1', peer ? `${peer.extractor} F1` : '', 'title', 'failure'];
  const rows = worst.map((page) => {
    const other = peerByName.get(page.name);
    return [
      page.name,
      score(page.score?.precision ?? null),
      score(page.score?.recall ?? null),
      pageF1(page.score).toFixed(3),
      other ? pageF1(other.score).toFixed(3) : '',
      page.title === null ? '–' : page.title ? 'ok' : 'wrong',
      clip(page.extraction.failure ?? '', MAX_FAILURE_CHARS),
    ];
  });
  return `worst ${worst.length} pages for ${ours.extractor}:\n${table(header, rows)}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function runsText(label: string, text: string, other: string): string[] {
  const { runs, uncovered } = uncoveredRuns(text, other);
  const longest = [...runs].sort((a, b) => b.tokens - a.tokens).slice(0, MAX_RUNS_SHOWN);
  return [
    `  ${label}: ${uncovered} tokens in ${runs.length} runs of 3+ tokens${runs.length > longest.length ? ` (longest ${longest.length} shown)` : ''}`,
    ...longest.map((run) => `    [${run.tokens}] ${clip(run.text, MAX_RUN_CHARS)}`),
  ];
}

function metadataLine(field: string, truth: string | null, got: string | null, ok: boolean | null): string {
  const verdict = ok === null ? '' : ok ? ' ✓' : ' ✗';
  return `  ${field}: ${JSON.stringify(got)}${verdict}${truth === null ? '' : `  (truth ${JSON.stringify(truth)})`}`;
}

/** The snippet rates of a page, and which passages went wrong. */
function snippetLines(page: EvalPage, text: string, snippets: SnippetScore): string[] {
  const wrong = [
    ...(page.truth.snippets?.with ?? []).filter((s) => !holdsSnippet(s, text)).map((s) => `    missing: ${clip(s, MAX_RUN_CHARS)}`),
    ...(page.truth.snippets?.without ?? []).filter((s) => holdsSnippet(s, text)).map((s) => `    present: ${clip(s, MAX_RUN_CHARS)}`),
  ];
  return [`  snippets: with ${snippets.held}/${snippets.heldOf}, without ${snippets.left}/${snippets.leftOf}`, ...wrong];
}

/** One page through each extractor: scores, metadata, and the text missed and added. */
export function pageReport(page: EvalPage, results: readonly PageResult[], extractors: readonly string[]): string {
  const lines = [`${page.suite} page ${page.name} (${page.url})`];
  results.forEach((result, i) => {
    const { score: s, extraction: e } = result;
    const body = s === null ? 'no body text in the truth: not scored' : `P ${score(s.precision)}  R ${score(s.recall)}  F1 ${pageF1(s).toFixed(3)}  (${s.shingleSize}-grams)`;
    lines.push(`${extractors[i]}: ${body}${e.failure ? `  failure: ${e.failure}` : ''}`);
    lines.push(metadataLine('title', page.truth.title, e.title, result.title));
    lines.push(metadataLine('author', page.truth.author, e.author, result.author));
    lines.push(metadataLine('date', page.truth.date, e.date, result.date));
    if (result.snippets) lines.push(...snippetLines(page, e.text, result.snippets));
    if (page.truth.text === null) return;
    lines.push(...runsText('missed (in truth, not extracted)', page.truth.text, e.text));
    lines.push(...runsText('extra (extracted, not in truth)', e.text, page.truth.text));
  });
  return lines.join('\n');
}
