/**
 * The quality gate for machine translation: pure checks over a source
 * sentence or block and an engine's output, each reporting issues with a
 * stable code, what it found (`detail`, worded in English as `message`, and
 * in the desk's language by the desk) and where in the output the problem sits. Any
 * issue holds a translation for review.
 *
 * Language identification (the `wrong-language` check beyond the script) is
 * used when the caller has awaited `loadLanguageDetector()` from
 * src/text/language.ts; without it the script decides alone.
 */
import { checkEmptyOrTruncated, isEmptyIssue } from './qa/empty-or-truncated.ts';
import { checkLengthRatio } from './qa/length-ratio.ts';
import { checkNumbers } from './qa/numbers.ts';
import { checkPlaceholders } from './qa/placeholders.ts';
import { checkPunctuation } from './qa/punctuation.ts';
import type { LanguagePair, QaCheck, QaIssue, QaOptions } from './qa/qa-types.ts';
import { checkRepeatedNgrams } from './qa/repeated-ngrams.ts';
import { checkTargetLanguage } from './qa/target-language.ts';
import { checkUnknownWordMarkers } from './qa/unknown-word-markers.ts';
import { checkUntranslatedRuns } from './qa/untranslated-run.ts';

export type { LanguagePair, QaIssue, QaOptions } from './qa/qa-types.ts';
export { issue } from './qa/qa-types.ts';
export { englishMessage, type QaDetail, type QaDetailKind } from './qa/qa-details.ts';
export { placeholder } from './qa/placeholders.ts';

export type QaStatus = 'pass' | 'review';

/** Every check, in the order their issues are listed. */
const CHECKS: readonly QaCheck[] = [
  checkTargetLanguage,
  checkUntranslatedRuns,
  checkUnknownWordMarkers,
  checkNumbers,
  checkPlaceholders,
  checkPunctuation,
  checkLengthRatio,
  checkRepeatedNgrams,
];

export function checkTranslation(source: string, output: string, pair: LanguagePair, options: QaOptions = {}): QaIssue[] {
  const input = { source, output, pair, options };
  const ending = checkEmptyOrTruncated(input);
  // An empty output would also "lose" every number and placeholder: one issue says it all.
  if (ending.some(isEmptyIssue)) return ending;
  return [...CHECKS.flatMap((check) => check(input)), ...ending];
}

export function qaStatus(issues: readonly QaIssue[]): QaStatus {
  return issues.length === 0 ? 'pass' : 'review';
}
