/**
 * Regenerates src/extract/testdata/golden/<name>.expected.json from the
 * extractor's current output. Run it after a deliberate change to the
 * extractor, then read the diff: a golden file is only as right as the person
 * who accepted it. golden.test.ts also holds hand-written checks that do not
 * read these files, so a wrong regeneration cannot hide a regression.
 *
 *   node --import tsx scripts/update-extract-golden.ts [name…]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  GOLDEN_PAGES,
  expectedPath,
  goldenResult,
  readGoldenHtml,
  stableJson,
} from '../src/extract/testdata/golden-pages.ts';
import { loadLanguageDetector } from '../src/text/language.ts';

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !GOLDEN_PAGES.some((page) => page.name === name));
  if (unknown.length > 0) throw new Error(`update-extract-golden: no golden page named ${unknown.join(', ')}`);
  await loadLanguageDetector();
  for (const page of GOLDEN_PAGES) {
    if (names.length > 0 && !names.includes(page.name)) continue;
    const json = stableJson(goldenResult(page, await readGoldenHtml(page)));
    const file = expectedPath(page);
    const previous = await readFile(file, 'utf8').catch(() => null);
    await writeFile(file, json);
    const status = previous === null ? 'written' : previous === json ? 'unchanged' : 'CHANGED';
    console.log(`${status.padEnd(9)} ${path.relative(process.cwd(), file)}`);
  }
}

await main(process.argv.slice(2));
