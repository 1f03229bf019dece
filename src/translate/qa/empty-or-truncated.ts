/**
 * `empty`: nothing readable came back. `truncated`: the source ends a
 * sentence and the output stops mid-way, ending on a word or a comma; an
 * output cut much shorter but still ending on a stop is the length-ratio
 * check's to report.
 *
 * Hindi puts the verb last, so a Hindi output ending in a form of होना (`है`,
 * `थे`) has finished its sentence and only lacks the danda, which human
 * translators also leave out now and then; it is not reported as cut.
 */
import { issue, type QaCheck, type QaIssue } from './qa-types.ts';
import { shortened } from './qa-words.ts';

export const EMPTY = 'empty';
export const TRUNCATED = 'truncated';

const READABLE = /[\p{L}\p{N}]/u;
/** Sentence-final marks of the scripts in use: Latin, danda, Urdu full stop and question mark, ellipsis. */
const TERMINAL = /[.!?।|॥۔؟…]$/u;
/** Closing quotes and brackets that may follow the final mark. */
const TRAILING_CLOSERS = /[\s"'“”‘’«»)\]}]+$/u;
/**
 * FLORES's Urdu often ends a sentence with a hyphen typed for `۔`; a source
 * ending so has ended its sentence.
 */
const SOURCE_TERMINAL = /[.!?।|॥۔؟…-]$/u;

/** Forms of होना that close a Hindi clause. */
const HINDI_CLOSING_WORDS = /(?<![\p{L}\p{M}])(?:है|हैं|था|थी|थे|हूँ|हूं)$/u;

export const checkEmptyOrTruncated: QaCheck = ({ source, output, pair }) => {
  if (!READABLE.test(source)) return [];
  if (!READABLE.test(output)) return [issue(EMPTY, { kind: 'empty' })];
  const sourceEnd = source.replace(TRAILING_CLOSERS, '');
  const outputEnd = output.replace(TRAILING_CLOSERS, '');
  if (!SOURCE_TERMINAL.test(sourceEnd) || TERMINAL.test(outputEnd)) return [];
  if (pair.to === 'hi' && HINDI_CLOSING_WORDS.test(outputEnd.normalize('NFC'))) return [];
  return [truncation(outputEnd)];
};

function truncation(outputEnd: string): QaIssue {
  const tail = outputEnd.slice(-30);
  return issue(TRUNCATED, { kind: 'truncated', tail: shortened(tail) }, outputEnd.length - tail.length, outputEnd.length);
}

/** True when the check found nothing readable: the other checks have nothing to judge then. */
export function isEmptyIssue(found: QaIssue): boolean {
  return found.code === EMPTY;
}
