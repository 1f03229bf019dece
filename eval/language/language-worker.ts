/**
 * One eld database measured in a process of its own, so its load time and
 * memory are its own: `node --import tsx eval/language/language-worker.ts SIZE`.
 * Prints one JSON line: load time, RSS, and the share of FLORES dev texts whose
 * language detectLanguage() names right, per language and text length.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_SIZES, detectLanguage, loadLanguageDetector, type DatabaseSize } from '../../src/text/language.ts';
import { FLORES_DIR, FLORES_FILES, UNITS, type LanguageResult } from './flores-languages.ts';

async function main(): Promise<void> {
  const size = process.argv[2] as DatabaseSize;
  if (!DATABASE_SIZES.includes(size)) throw new Error(`language-worker: "${size}" is not one of ${DATABASE_SIZES.join(', ')}`);
  const texts = Object.fromEntries(
    await Promise.all(
      Object.entries(FLORES_FILES).map(async ([lang, file]) => [lang, (await readFile(path.join(FLORES_DIR, file), 'utf8')).trim().split('\n')] as const),
    ),
  );
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  await loadLanguageDetector(size);
  const loadMs = performance.now() - started;
  const rssMiB = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  const accuracy: LanguageResult['accuracy'] = {};
  const detecting = performance.now();
  for (const [unit, { step, text }] of Object.entries(UNITS)) {
    accuracy[unit] = {};
    for (const [lang, lines] of Object.entries(texts)) {
      let right = 0;
      let total = 0;
      for (let i = 0; i + step <= lines.length; i += step) {
        total++;
        if (detectLanguage(text(lines, i)) === lang) right++;
      }
      accuracy[unit][lang] = [right, total];
    }
  }
  const result: LanguageResult = { size, loadMs, rssMiB, accuracy, detectMs: performance.now() - detecting };
  console.log(JSON.stringify(result));
}

await main();
