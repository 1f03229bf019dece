/** What the language evaluation reads and reports (run-language-eval.ts and its worker). */
import path from 'node:path';
import type { DatabaseSize } from '../../src/text/language.ts';

export const FLORES_DIR = path.resolve(import.meta.dirname, '../../../shared/eval/flores-dev-en-hi');
export const FLORES_FILES = { en: 'eng_Latn.dev', hi: 'hin_Deva.dev', ur: 'urd_Arab.dev' } as const;

/**
 * Headlines (a sentence's first seven words: about a headline's length),
 * sentences as they come, and runs of five (a paragraph of news). The value
 * makes one text from the lines at an index.
 */
export const UNITS: Record<string, { step: number; text: (lines: readonly string[], i: number) => string }> = {
  headline: { step: 1, text: (lines, i) => lines[i]!.split(' ').slice(0, 7).join(' ') },
  sentence: { step: 1, text: (lines, i) => lines[i]! },
  paragraph: { step: 5, text: (lines, i) => lines.slice(i, i + 5).join(' ') },
};

export interface LanguageResult {
  size: DatabaseSize;
  loadMs: number;
  rssMiB: number;
  /** unit → language → [right, total] */
  accuracy: Record<string, Record<string, [number, number]>>;
  detectMs: number;
}
