/**
 * `npm run eval:qa`: the translation quality gate on FLORES-200 dev. Human
 * Hindi translations of the English and the Urdu sentences should pass;
 * copies damaged with each defect class should be held for review. Prints
 * one table; `-- --calibrate` prints the length-ratio calibration instead,
 * `-- --false-positives` lists the references held, with their issues, and
 * `-- --missed` the damaged copies whose class code was not reported.
 * The measuring is in gate-scores.ts, which qa-floors.test.ts also runs.
 */
import { loadLanguageDetector } from '../../src/text/language.ts';
import { formatTable } from '../../src/cli/text-table.ts';
import { FLORES_DIR, floresAvailable, readFlores } from './flores-lines.ts';
import { scoreGate, SEED, TARGET, type GateScores } from './gate-scores.ts';
import { calibrationLines } from './length-calibration.ts';

const LIST_FALSE_POSITIVES = process.argv.includes('--false-positives');
const LIST_MISSED = process.argv.includes('--missed');

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
  const scores = scoreGate(flores);
  if (LIST_FALSE_POSITIVES) listFalsePositives(scores);
  if (LIST_MISSED) listMissed(scores);
  console.log(`Translation quality gate on FLORES-200 dev (${flores[TARGET]!.length} sentences), seed ${SEED}\n`);
  console.log(formatTable(['class', 'samples', 'caught', 'by its code', 'references'], tableRows(scores)));
  console.log(`\nreferences held for review, by issue code (one reference may have several):`);
  const codes = [...heldByCode(scores)].sort((a, b) => b[1] - a[1]);
  console.log(codes.length ? codes.map(([code, n]) => `  ${code}: ${n}`).join('\n') : '  none');
}

function tableRows({ references, placeholdersKept, corruptions }: GateScores): string[][] {
  const rows = references.map(({ from, passed, total }) => [`reference ${from}→${TARGET}`, String(total), '—', '—', `${percent(passed, total)} pass`]);
  rows.push([`reference + ⟦1⟧ kept`, String(placeholdersKept.total), '—', '—', `${percent(placeholdersKept.passed, placeholdersKept.total)} pass`]);
  for (const [code, score] of corruptions) {
    rows.push([code, String(score.samples), percent(score.caught, score.samples), percent(score.byCode, score.samples), '']);
  }
  return rows;
}

/** How many references of each direction were held under each code. */
function heldByCode({ references }: GateScores): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { from, held } of references) {
    for (const { issues } of held) {
      for (const code of new Set(issues.map((found) => found.code))) {
        const key = `${from}→${TARGET} ${code}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function listFalsePositives({ references }: GateScores): void {
  for (const { from, held } of references) {
    for (const { line, issues } of held) console.log(`${from} ${line}: ${issues.map((found) => `[${found.code}] ${found.message}`).join(' | ')}`);
  }
}

function listMissed({ corruptions }: GateScores): void {
  for (const [code, { missed }] of corruptions) {
    for (const { from, output } of missed) console.log(`missed ${code} ${from}: ${output}`);
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

await main();
