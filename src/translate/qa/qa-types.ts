/** The shapes every quality check shares; qa.ts re-exports the public ones. */
import { englishMessage, type QaDetail } from './qa-details.ts';

/** One problem found in a machine translation; `span` is a UTF-16 range of the output, when there is one. */
export interface QaIssue {
  code: string;
  /** In English, for logs, the command line and the API. */
  message: string;
  /** What was found, for wording in a reader's language; absent on issues stored before it was kept. */
  detail?: QaDetail;
  span: { start: number; end: number } | null;
}

/** BCP 47 primary language codes: `{ from: 'en', to: 'hi' }`. */
export interface LanguagePair {
  from: string;
  to: string;
}

export interface QaOptions {
  /**
   * Names, acronyms and glossary terms that may stay in the source language
   * (`Reuters`, `NASA`): never reported as untranslated.
   */
  protectedTerms?: readonly string[];
  /** Accepted output/source length ratio, overriding the pair's calibrated range. */
  lengthRatio?: { min: number; max: number };
}

/** What a check reads: the source, the engine's output and the pair, nothing else. */
export interface QaInput {
  source: string;
  output: string;
  pair: LanguagePair;
  options: QaOptions;
}

export type QaCheck = (input: QaInput) => QaIssue[];

export function issue(code: string, detail: QaDetail, start?: number, end?: number): QaIssue {
  return { code, message: englishMessage(detail), detail, span: start === undefined || end === undefined ? null : { start, end } };
}
