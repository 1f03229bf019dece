/**
 * `npm run eval:stories:flores [-- --dir DIR]`: cross-lingual matching on
 * FLORES-200 dev (../shared/eval/flores-dev-en-hi), as `wiredesk stories
 * match` scores it, for Hindi → English, English → Hindi and Urdu → English,
 * on all 997 lines and on the even and the odd lines apart. Keys and rules
 * were worked out on the even lines; the odd lines are the held-out half
 * (each half ranks against its own half, so fewer distractors than the
 * whole). Skipped, with a note, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatTable } from '../../src/cli/text-table.ts';
import { rankAligned, type RankingScore } from '../../src/stories/cross-lingual-match.ts';
import { FLORES_DIR } from '../language/flores-languages.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--dir');
const dir = at >= 0 ? path.resolve(args[at + 1] ?? '') : FLORES_DIR;

function lines(file: string): string[] {
  return readFileSync(path.join(dir, file), 'utf8').split('\n').filter((line) => line !== '');
}

const half = (texts: readonly string[], parity: number) => texts.filter((_, i) => i % 2 === parity);
const cell = (score: RankingScore) => `${score.precisionAt1.toFixed(3)} / ${score.meanReciprocalRank.toFixed(3)}`;

if (!existsSync(path.join(dir, 'hin_Deva.dev'))) {
  console.log(`eval:stories:flores: ${dir} not found; skipped`);
} else {
  const hindi = lines('hin_Deva.dev');
  const english = lines('eng_Latn.dev');
  const urdu = lines('urd_Arab.dev');
  const rows = (
    [
      ['Hindi → English', hindi, english],
      ['English → Hindi', english, hindi],
      ['Urdu → English', urdu, english],
    ] as const
  ).map(([name, from, to]) => [name, cell(rankAligned(from, to)), cell(rankAligned(half(from, 0), half(to, 0))), cell(rankAligned(half(from, 1), half(to, 1)))]);
  console.log(`eval:stories:flores: ${dir}, P@1 / MRR`);
  console.log(formatTable(['direction', `all (${hindi.length})`, 'even lines', 'odd lines (held out)'], rows));
}
