/**
 * What a quality issue found, as data: which kind of problem and the values
 * it names (a number, a placeholder, an excerpt of the output). The desk
 * words it in its own language from these (src/desk/qa-issue-strings.ts);
 * `englishMessage` words it for logs, the command line and the API. Excerpts
 * are kept as plain text, already cut short; quoting is the wording's job.
 */
import type { Script } from '../../text/script.ts';

export type QaDetail =
  // wrong-language
  | { kind: 'script-mismatch'; found: Script; expected: Script; target: string }
  | { kind: 'language-mismatch'; detected: string; target: string }
  // untranslated
  | { kind: 'untranslated-run'; words: number; script: Script; text: string }
  // unknown-word
  | { kind: 'engine-marker'; marker: string }
  /** Urdu→Hindi post-editing printed a lemma Apertium's generator could not inflect. */
  | { kind: 'uninflected-lemma'; lemma: string }
  // number-missing
  | { kind: 'number-missing'; number: string }
  // placeholder-lost
  | { kind: 'placeholder-missing'; placeholder: string }
  | { kind: 'placeholder-repeated'; placeholder: string }
  | { kind: 'placeholder-foreign'; placeholder: string }
  | { kind: 'placeholder-bracket'; bracket: string }
  /** A protected term (name, number, URL, glossary term) whose placeholder did not come back once. */
  | { kind: 'protected-term-lost'; placeholder: string; term: string; times: number }
  /** Inline markup (`link`, `em`, …): an element whole, or its start or end. */
  | { kind: 'markup-missing'; placeholder: string; markup: string; part: 'whole' | 'start' | 'end' }
  // punctuation
  | { kind: 'stray-full-stop'; excerpt: string }
  | { kind: 'space-before-mark'; mark: 'comma' | 'full-stop'; excerpt: string }
  | { kind: 'doubled-punctuation'; marks: string }
  | { kind: 'danda-splits-sentence'; excerpt: string }
  // length-ratio
  | { kind: 'length-ratio'; ratio: number; side: 'shorter' | 'longer'; from: string; to: string; min: number; max: number }
  // repetition
  | { kind: 'repetition'; unit: string; text: string }
  // empty, truncated
  | { kind: 'empty' }
  | { kind: 'truncated'; tail: string }
  // glossary-term
  | { kind: 'glossary-term'; term: string; target: string }
  // held by the pipeline: source-changed, licence-review
  | { kind: 'source-changed'; approvedAt: string }
  | { kind: 'licence-review'; source: string };

export type QaDetailKind = QaDetail['kind'];

const quoted = (text: string) => `"${text}"`;

/** The issue in English, as the command line, the logs and the API give it. */
export function englishMessage(detail: QaDetail): string {
  switch (detail.kind) {
    case 'script-mismatch':
      return `output is in ${detail.found} script; "${detail.target}" is written in ${detail.expected}`;
    case 'language-mismatch':
      return `output reads as "${detail.detected}", not the target "${detail.target}"`;
    case 'untranslated-run':
      return `${detail.words} words left in ${detail.script} script: ${quoted(detail.text)}`;
    case 'engine-marker':
      return `engine marker left in the output: ${detail.marker}`;
    case 'uninflected-lemma':
      return `Apertium could not inflect ${detail.lemma}; the lemma stands in the output`;
    case 'number-missing':
      return `number ${detail.number} of the source is missing from the output`;
    case 'placeholder-missing':
      return `placeholder ${detail.placeholder} of the source is missing from the output`;
    case 'placeholder-repeated':
      return `placeholder ${detail.placeholder} repeated`;
    case 'placeholder-foreign':
      return `placeholder ${detail.placeholder} not in the source`;
    case 'placeholder-bracket':
      return `broken placeholder bracket ${detail.bracket}`;
    case 'protected-term-lost':
      return `placeholder ${detail.placeholder} for ${quoted(detail.term)} ${detail.times === 0 ? 'is missing from the output' : `came back ${detail.times} times`}`;
    case 'markup-missing':
      return `placeholder ${detail.placeholder} (${englishMarkup(detail)}) is missing from the output`;
    case 'stray-full-stop':
      return `stray full stop between words: "…${detail.excerpt}…"`;
    case 'space-before-mark':
      return `space before a ${detail.mark === 'comma' ? 'comma' : 'full stop'}: "…${detail.excerpt}…"`;
    case 'doubled-punctuation':
      return `doubled punctuation ${quoted(detail.marks)}`;
    case 'danda-splits-sentence':
      return `danda splits a sentence the source does not end: "…${detail.excerpt}…"`;
    case 'length-ratio':
      return `output is ${detail.ratio.toFixed(2)}× the source's length, ${detail.side} than ${detail.from}→${detail.to} translations run (${detail.min}–${detail.max})`;
    case 'repetition':
      return `repeated ${quoted(detail.unit)}: ${quoted(detail.text)}`;
    case 'empty':
      return 'output is empty although the source has text';
    case 'truncated':
      return `output stops mid-sentence, ending ${quoted(detail.tail)}`;
    case 'glossary-term':
      return `glossary term ${quoted(detail.term)} should read ${quoted(detail.target)} in the output`;
    case 'source-changed':
      return `the source changed since staff approved its translation on ${detail.approvedAt}`;
    case 'licence-review':
      return `the licence of ${detail.source} asks for staff review of every machine translation`;
  }
}

function englishMarkup({ markup, part }: Extract<QaDetail, { kind: 'markup-missing' }>): string {
  if (part === 'whole') return markup;
  return part === 'start' ? `start of ${markup}` : 'end of an element';
}
