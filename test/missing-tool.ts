/**
 * The one form a skip takes when a test needs something this machine lacks:
 * `<tool> missing: <what is absent and how to get it>`. scripts/run-tests.js
 * counts skips by that prefix (scripts/skip-summary-reporter.js) and ends
 * `npm test` with one line such as `skipped: 14 (chromium missing)`.
 */

/**
 * What a test may find missing: a browser, a translation server, the Hindi analyser and word list
 * (Debian's apertium-hin, hunspell-hi), the shared suites, a database, an XML validator, a web
 * server, a TLS toolkit.
 */
export type Tool = 'chromium' | 'apertium-apy' | 'apertium-hin' | 'hunspell-hi' | '../shared' | 'postgresql' | 'xmllint' | 'nginx' | 'openssl';

export function missing(tool: Tool, detail: string): string {
  return `${tool} missing: ${detail}`;
}
