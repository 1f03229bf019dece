/**
 * `untranslated`: a run of source-language words left in the output. It is
 * found by script, so it applies to pairs whose languages are written in
 * different scripts (en→hi, ur→hi, hi→en); for pairs sharing a script the
 * language check catches an output left wholly untranslated, and a partial
 * copy goes unnoticed here.
 *
 * Names and acronyms legitimately stay in the source script (`JAS 39C
 * Gripen`, `NASA`), so in scripts with letter case only lower-case words
 * count, and options.protectedTerms are skipped wherever they occur.
 */
import { scriptOfLanguage, type Script } from '../../text/script.ts';
import { issue, type QaCheck, type QaIssue } from './qa-types.ts';
import { shortened, wordsOf, type Word } from './qa-words.ts';

export const UNTRANSLATED = 'untranslated';

/**
 * Counted words a run needs before it is reported. One stray common word is
 * usually a term kept on purpose (`app`, `online`); two in a row is a phrase
 * the engine did not translate.
 */
const MIN_COUNTED_WORDS = 2;

const SCRIPT_LETTER: Partial<Record<Script, RegExp>> = {
  Latin: /\p{Script=Latin}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Arabic: /\p{Script=Arabic}/u,
  Bengali: /\p{Script=Bengali}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
};

/** Scripts with letter case, where a capital marks a name or an acronym. */
const CASED_SCRIPTS: ReadonlySet<Script> = new Set(['Latin', 'Cyrillic']);
const LOWER_CASE_START = /^\p{Ll}/u;
const DIGITS_ONLY = /^\p{N}+$/u;

export const checkUntranslatedRuns: QaCheck = ({ output, pair, options }) => {
  const sourceScript = scriptOfLanguage(pair.from);
  const targetScript = scriptOfLanguage(pair.to);
  if (!sourceScript || !targetScript || sourceScript === targetScript) return [];
  const isSourceScript = SCRIPT_LETTER[sourceScript];
  if (!isSourceScript) return [];
  const protectedSpans = findProtected(output, options.protectedTerms ?? []);
  const counts = (word: Word) =>
    !protectedSpans.some(([start, end]) => word.start < end && word.end > start) &&
    (!CASED_SCRIPTS.has(sourceScript) || LOWER_CASE_START.test(word.text));
  const issues: QaIssue[] = [];
  let run: Word[] = [];
  const closeRun = () => {
    const counted = run.filter(counts).length;
    if (counted >= MIN_COUNTED_WORDS) {
      const [first, last] = [run[0]!, run[run.length - 1]!];
      const text = output.slice(first.start, last.end);
      issues.push(issue(UNTRANSLATED, { kind: 'untranslated-run', words: counted, script: sourceScript, text: shortened(text) }, first.start, last.end));
    }
    run = [];
  };
  for (const word of wordsOf(output)) {
    if (isSourceScript.test(word.text)) run.push(word);
    else if (!(DIGITS_ONLY.test(word.text) && run.length > 0)) closeRun();
  }
  closeRun();
  return issues;
};

/** Every occurrence of every protected term, as [start, end) ranges of the output. */
function findProtected(output: string, terms: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = output.indexOf(term); at !== -1; at = output.indexOf(term, at + term.length)) {
      spans.push([at, at + term.length]);
    }
  }
  return spans;
}
