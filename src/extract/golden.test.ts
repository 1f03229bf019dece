/**
 * Golden pages: the extractor's whole output compared with the accepted
 * output in testdata/golden/<name>.expected.json (regenerate with
 * `node --import tsx scripts/update-extract-golden.ts`), plus hand-written
 * checks per page that do not read those files.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { loadLanguageDetector } from '../text/language.ts';
import { checksFor } from './testdata/golden-checks.ts';
import { GOLDEN_PAGES, expectedPath, goldenResult, readGoldenHtml, type GoldenResult } from './testdata/golden-pages.ts';

/**
 * Checks the extractor does not pass yet, by page and check name, run as
 * `todo`: they still run and show in the report, without failing the suite.
 * Remove an entry when the extractor passes it.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {};

const REGENERATE = 'node --import tsx scripts/update-extract-golden.ts';

/** Whitespace inside strings does not matter to a reader; everything else does. */
function withNormalizedWhitespace(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim();
  if (Array.isArray(value)) return value.map(withNormalizedWhitespace);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withNormalizedWhitespace(inner)]));
  }
  return value;
}

/** A page without its accepted output is a failure to fix, not a test to skip. */
async function readExpected(file: string): Promise<GoldenResult> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`golden: cannot read ${file}: write it with \`${REGENERATE}\`, then review it`, { cause: error });
  });
  return JSON.parse(text) as GoldenResult;
}

before(() => loadLanguageDetector());

test('a missing golden file fails, naming the file and the command that writes it', async () => {
  const file = expectedPath({ name: 'no-such-page', url: 'https://example.invalid/' });
  await assert.rejects(readExpected(file), (error: Error) => error.message.includes(file) && error.message.includes(REGENERATE));
});

for (const page of GOLDEN_PAGES) {
  describe(`golden page ${page.name}`, () => {
    let result: GoldenResult;
    before(async () => {
      result = goldenResult(page, await readGoldenHtml(page));
    });

    const todo = (name: string) => {
      const reason = KNOWN_GAPS[page.name]?.[name];
      return reason ? { todo: reason } : {};
    };

    test('matches the accepted output', todo('matches the accepted output'), async () => {
      const expected = await readExpected(expectedPath(page));
      assert.deepEqual(withNormalizedWhitespace(result), withNormalizedWhitespace(expected));
    });

    if (page.expectError) {
      const name = `fails with "${page.expectError}", not a random block of text`;
      test(name, todo(name), () => assert.deepEqual(result, { error: page.expectError }));
      return;
    }
    for (const { name, check } of checksFor(page.name)) {
      test(name, todo(name), () => {
        assert.ok(!('error' in result), `extract failed: ${'error' in result ? result.error : ''}`);
        check(result);
      });
    }
  });
}
