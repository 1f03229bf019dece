/**
 * `length-ratio`: an output far longer or shorter than translations of the
 * pair usually are: a dropped clause, a hallucinated one, an engine that
 * stopped early. Lengths are UTF-16 units of the NFC text with runs of
 * whitespace counted as one.
 *
 * Ranges are calibrated on human translations: FLORES-200 dev (997 sentences
 * aligned across eng_Latn, hin_Deva and urd_Arab), ratio of the reference in
 * the target language to the one in the source language, 0.5th and 99.5th
 * percentiles (linear interpolation), rounded outwards to two decimals, so
 * about 1 human translation in 100 falls outside. Reproduce with
 * `npm run eval:qa -- --calibrate`. Pairs not listed are not checked, since
 * a guessed range would either miss or flood: pass options.lengthRatio.
 */
import { issue, type QaCheck } from './qa-types.ts';

export const LENGTH_RATIO = 'length-ratio';

export interface RatioRange {
  min: number;
  max: number;
}

/** Output/source length ratio of FLORES dev references, [0.5th, 99.5th] percentile, by "from>to". */
export const CALIBRATED_LENGTH_RATIOS: Readonly<Record<string, RatioRange>> = {
  'en>hi': { min: 0.66, max: 1.47 }, // measured 0.664 – 1.464
  'ur>hi': { min: 0.69, max: 1.54 }, // measured 0.695 – 1.539
  'hi>en': { min: 0.68, max: 1.51 }, // measured 0.683 – 1.507
  'hi>ur': { min: 0.65, max: 1.44 }, // measured 0.650 – 1.439
  'en>ur': { min: 0.68, max: 1.57 }, // measured 0.688 – 1.561
  'ur>en': { min: 0.64, max: 1.46 }, // measured 0.641 – 1.454
};

/**
 * Sources shorter than this are not judged: on a headline of three words one
 * long name swings the ratio beyond any range that sentences keep to. The
 * shortest FLORES dev sentence has 20 characters.
 */
export const MIN_SOURCE_CHARS = 20;

export function measuredLength(text: string): number {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().length;
}

export function lengthRange(from: string, to: string): RatioRange | null {
  return CALIBRATED_LENGTH_RATIOS[`${from}>${to}`] ?? null;
}

export const checkLengthRatio: QaCheck = ({ source, output, pair, options }) => {
  const range = options.lengthRatio ?? lengthRange(pair.from, pair.to);
  const sourceLength = measuredLength(source);
  const outputLength = measuredLength(output);
  if (!range || sourceLength < MIN_SOURCE_CHARS || outputLength === 0) return [];
  const ratio = outputLength / sourceLength;
  if (ratio >= range.min && ratio <= range.max) return [];
  const side = ratio < range.min ? 'shorter' : 'longer';
  return [issue(LENGTH_RATIO, { kind: 'length-ratio', ratio, side, from: pair.from, to: pair.to, min: range.min, max: range.max })];
};
