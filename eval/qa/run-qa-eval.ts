/**
 * `npm run eval:qa`: the translation quality gate on FLORES-200 dev. Human
 * Hindi translations of the English and the Urdu sentences should pass;
 * copies damaged with each defect class should be held for review. Prints
 * one table; `-- --calibrate` prints the length-ratio calibration instead,
 * `-- --false-positives` lists the references held, with their issues, and
 * `-- --missed` the damaged copies whose class code was not reported.
 */
import { checkTranslation, qaStatus, type LanguagePair } from '../../src/translate/qa.ts';
import { loadLanguageDetector } from '../../src/text/language.ts';
import { formatTable } from '../../src/cli/text-table.ts';
import { CORRUPTIONS, withPlaceholder, type Sample } from './corruptions.ts';
import { seededRandom } from '../seeded-random.ts';
import { FLORES_DIR, floresAvailable, readFlores, type Flores } from './flores-lines.ts';
import { calibrationLines } from './length-calibration.ts';

/** Fixed so that every run damages the same copies the same way. */
const SEED = 20260501;
const TARGET = 'hi';
/** Source language of each direction, and the third language a wrong-language answer comes in. */
const DIRECTIONS = [
  { from: 'en', other: 'ur' },
  { from: 'ur', other: 'en' },
];

const LIST_FALSE_POSITIVES = process.argv.includes('--false-positives');
const LIST_MISSED = process.argv.includes('--missed');

interface Tally {
  samples: number;
  caught: number;
  byCode: number;
}

async function main(): Promise<void> {
  if (!floresAvailable()) {
    console.log(`eval:qa: ${FLORES_DIR} is absent; nothing to measure (the suite lives in ../shared/eval).`);
    return;
  }
  const flores = await readFlores();
  if (process.argv.includes('--calibrate')) {
    console.log(calibrationLines(flores).join('\n'));
    return;
  }
  await loadLanguageDetector();
  const rows: string[][] = [];
  const falsePositives = new Map<string, number>();
  for (const { from } of DIRECTIONS) {
    const { passed, total } = scoreReferences(flores, from, falsePositives);
    rows.push([`reference ${from}→${TARGET}`, String(total), '—', '—', `${percent(passed, total)} pass`]);
  }
  const kept = scorePlaceholdersKept(flores);
  rows.push([`reference + ⟦1⟧ kept`, String(kept.total), '—', '—', `${percent(kept.passed, kept.total)} pass`]);
  for (const [code, tally] of scoreCorruptions(flores)) {
    rows.push([code, String(tally.samples), percent(tally.caught, tally.samples), percent(tally.byCode, tally.samples), '']);
  }
  console.log(`Translation quality gate on FLORES-200 dev (${flores[TARGET]!.length} sentences), seed ${SEED}\n`);
  console.log(formatTable(['class', 'samples', 'caught', 'by its code', 'references'], rows));
  console.log(`\nreferences held for review, by issue code (one reference may have several):`);
  const codes = [...falsePositives].sort((a, b) => b[1] - a[1]);
  console.log(codes.length ? codes.map(([code, n]) => `  ${code}: ${n}`).join('\n') : '  none');
}

function pairOf(from: string): LanguagePair {
  return { from, to: TARGET };
}

function scoreReferences(flores: Flores, from: string, codes: Map<string, number>): { passed: number; total: number } {
  const outputs = flores[TARGET]!;
  let passed = 0;
  for (const [i, source] of flores[from]!.entries()) {
    const issues = checkTranslation(source, outputs[i]!, pairOf(from));
    if (qaStatus(issues) === 'pass') {
      passed++;
      continue;
    }
    for (const code of new Set(issues.map((found) => found.code))) {
      const key = `${from}→${TARGET} ${code}`;
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    if (LIST_FALSE_POSITIVES) console.log(`${from} ${i + 1}: ${issues.map((found) => `[${found.code}] ${found.message}`).join(' | ')}`);
  }
  return { passed, total: outputs.length };
}

function samplesOf(flores: Flores, from: string, other: string): Sample[] {
  const outputs = flores[TARGET]!;
  return flores[from]!.map((source, i) => ({ source, output: outputs[i]!, other: flores[other]![i]!, pool: outputs }));
}

function scorePlaceholdersKept(flores: Flores): { passed: number; total: number } {
  const random = seededRandom(SEED);
  let passed = 0;
  let total = 0;
  for (const { from, other } of DIRECTIONS) {
    for (const sample of samplesOf(flores, from, other)) {
      const kept = withPlaceholder(sample, random);
      if (!kept) continue;
      total++;
      if (!checkTranslation(kept.source, kept.output, pairOf(from)).some((found) => found.code === 'placeholder-lost')) passed++;
    }
  }
  return { passed, total };
}

function scoreCorruptions(flores: Flores): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [code, corrupt] of CORRUPTIONS) {
    const random = seededRandom(SEED ^ hash(code));
    const tally: Tally = { samples: 0, caught: 0, byCode: 0 };
    for (const { from, other } of DIRECTIONS) {
      for (const sample of samplesOf(flores, from, other)) {
        const damaged = corrupt(sample, random);
        if (!damaged) continue;
        const issues = checkTranslation(damaged.source, damaged.output, pairOf(from));
        tally.samples++;
        if (qaStatus(issues) === 'review') tally.caught++;
        if (issues.some((found) => found.code === code)) tally.byCode++;
        else if (LIST_MISSED) console.log(`missed ${code} ${from}: ${damaged.output}`);
      }
    }
    tallies.set(code, tally);
  }
  return tallies;
}

/** FNV-1a, to give each class its own stream of random numbers from one seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

await main();
