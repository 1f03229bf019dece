/**
 * `wrong-language`: the output is not in the target language. The script is
 * checked first (an English or Urdu answer to an en→hi request is plainly not
 * Hindi, and that costs nothing); when the script fits and the language
 * detector has been loaded (`loadLanguageDetector()`), eld decides between
 * languages that share a script, such as English and Spanish.
 */
import { detectLanguage, isLanguageDetectorLoaded } from '../../text/language.ts';
import { dominantScript, scriptOfLanguage } from '../../text/script.ts';
import { issue, type QaCheck } from './qa-types.ts';

export const WRONG_LANGUAGE = 'wrong-language';

/**
 * Below this many letters a detector's guess is noise and a few names in
 * another script can outweigh the rest; such outputs are not judged.
 */
const MIN_LETTERS = 20;

/**
 * Languages eld mixes up with each other on news prose in the same script
 * (Hindi with Marathi and Nepali): a detection inside the target's group is
 * no evidence of a wrong language, so only an answer outside it counts.
 */
const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [['hi', 'mr', 'ne'], ['ur', 'fa', 'ar']];

const LETTER = /[\p{L}\p{M}]/gu;

export const checkTargetLanguage: QaCheck = ({ output, pair }) => {
  if ((output.match(LETTER)?.length ?? 0) < MIN_LETTERS) return [];
  const expected = scriptOfLanguage(pair.to);
  const actual = dominantScript(output);
  if (expected && actual && expected !== actual) {
    return [issue(WRONG_LANGUAGE, { kind: 'script-mismatch', found: actual, expected, target: pair.to }, 0, output.length)];
  }
  if (!isLanguageDetectorLoaded()) return [];
  const detected = detectLanguage(output);
  if (!detected || detected === pair.to || confusable(detected, pair.to)) return [];
  return [issue(WRONG_LANGUAGE, { kind: 'language-mismatch', detected, target: pair.to }, 0, output.length)];
};

function confusable(a: string, b: string): boolean {
  return CONFUSABLE_GROUPS.some((group) => group.includes(a) && group.includes(b));
}
