/**
 * The standfirst: the feed's summary, shown under the headline, when it says
 * something the body does not open with. Most feeds' summaries are just the
 * first lines of the body, cut off; showing those twice would be noise.
 */
import { blocksToText } from '../html/block-text.ts';
import { splitDateline } from './dateline.ts';
import { withoutBoilerplate, withoutTrailingEllipsis } from '../content/feed-boilerplate.ts';
import { fieldToBlocks } from '../html/html-text.ts';
import { comparisonKey, normalizeText } from '../../text/normalize.ts';
import { truncateAtWord } from '../../text/truncate.ts';

/** Longest standfirst: two or three lines under a headline. */
const MAX_STANDFIRST_CHARS = 300;

/**
 * How much of the summary's start is compared with the body's: enough to be
 * sure it is the same opening, short enough that a summary cut mid-word or
 * lightly edited near its end still counts as the opening.
 */
const COMPARED_PREFIX_CHARS = 120;

/**
 * The summary as one line of plain text, or null when there is none or when
 * it only repeats the start of the body (given as text with and without its
 * dateline) or the headline.
 */
export function standfirstFrom(
  summary: string | null,
  body: { textWithDateline: string; text: string; headline: string; lang: string },
): string | null {
  if (!summary) return null;
  const text = normalizeText(blocksToText(withoutBoilerplate(fieldToBlocks(summary, null))));
  if (text === '') return null;
  const summaryKey = comparisonKey(withoutTrailingEllipsis(text));
  if (summaryKey === comparisonKey(body.headline)) return null;
  const summaryWithoutDateline = splitDateline(text, body.lang)?.rest;
  const candidates = [summaryKey, comparisonKey(withoutTrailingEllipsis(summaryWithoutDateline ?? ''))];
  const bodyKeys = [leadingKey(body.textWithDateline), leadingKey(body.text)];
  const repeatsBody = candidates.some((candidate) => {
    const prefix = candidate.slice(0, COMPARED_PREFIX_CHARS);
    return prefix !== '' && bodyKeys.some((key) => key.startsWith(prefix));
  });
  return repeatsBody ? null : truncateAtWord(text, MAX_STANDFIRST_CHARS);
}

/** Raw characters keyed first; most bodies need no more to give a key longer than the compared prefix. */
const LEADING_SLICE_CHARS = 1024;

/**
 * The comparison key of a body's start, as long as the compared prefix needs:
 * keying a whole long body for its first 120 characters was most of this
 * check's cost. The key is longer than the prefix by a margin, so a word or a
 * combining sequence cut at the slice's end never reaches the part compared.
 */
function leadingKey(text: string): string {
  for (let cut = LEADING_SLICE_CHARS; cut < text.length; cut *= 4) {
    const key = comparisonKey(text.slice(0, cut));
    if (key.length > COMPARED_PREFIX_CHARS * 2) return key;
  }
  return comparisonKey(text);
}
