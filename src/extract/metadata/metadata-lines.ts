/**
 * Lines of the article's own metadata left in its body: "Last Updated on
 * December 30, 2025", "Written by Jane Roe", "reviewed by Ravi Kumar",
 * "3 min read", a bare "Posted On". The page's byline and date elements are
 * taken out before the body is read (body-metadata.ts); these are the ones
 * no metadata pointed at: a reviewer, a second date, a reading time, a
 * label whose value sat in another element. They are fields, not the
 * story's text.
 *
 * Only above the story's first paragraph of prose and below its last one,
 * where a page prints its metadata: between paragraphs a date line is a
 * live blog's timestamp or a timeline's entry, and stays. A date alone is
 * known in English and Hindi ("7 दिसंबर 2026"); the labels before a date or
 * a name are English only, so a Hindi "अपडेटेड …" line stays.
 */
import type { Block } from '../article.ts';
import { inlinesToText } from '../html/inline-normalize.ts';
import { normalizeText } from '../../text/normalize.ts';
import { MONTH_NAMES, ZONE_NAMES } from '../../text/dates.ts';
import { parsePageDate } from './page-dates.ts';
import { namesFromByline } from './visible-metadata.ts';

/**
 * A paragraph of the story is at least this long (characters): a sentence
 * or two, longer than any metadata line.
 */
const MIN_PROSE_CHARS = 100;

/** The words a metadata line opens with, before its date or names, or alone as a label. */
const LABEL = String.raw`(?:(?:last )?(?:updated|modified|published|posted|reviewed|written|edited|fact[- ]?checked|medically reviewed)(?: on| at| by)?|by)`;

/** A label with nothing after it, or with its date or names after it (": " or "-" between). */
const LABELLED = new RegExp(String.raw`^${LABEL}(?:\s*[:\-–—|]?\s*(.*))?$`, 'iu');

/** English weekday names, whole and cut short ("Tue", "Thurs"), as date lines print them. */
const WEEKDAYS = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;

/** "3 min read", "Reading time: 5 minutes". */
const READING_TIME = /^(?:(?:reading|read) time\s*:?\s*)?\d+\s*(?:min(?:ute)?s?\.?)(?:\s+read)?$/iu;

export function withoutMetadataLines(blocks: Block[]): Block[] {
  const prose = blocks.map((block) => block.type === 'paragraph' && inlinesToText(block.content).length >= MIN_PROSE_CHARS);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (first < 0) return blocks;
  return blocks.filter((block, index) => (index > first && index < last) || prose[index] || !isMetadataLine(block));
}

function isMetadataLine(block: Block): boolean {
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  const line = normalizeText(inlinesToText(block.content)).replace(/[\s.:]+$/u, '');
  if (READING_TIME.test(line) || isDate(line)) return true;
  const labelled = LABELLED.exec(line);
  if (!labelled) return false;
  const rest = labelled[1] ?? '';
  return rest === '' || isDate(rest) || namesFromByline(`By ${rest}`).length > 0;
}

/** Month and weekday names, the clock's am/pm and the zones: the words a date line is made of. */
const DATE_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${[...MONTH_NAMES.keys()].flatMap((names) => names.split(' ')).join('|')}|${WEEKDAYS}|[ap]\.?m|${ZONE_NAMES.join('|')}|at|on)(?![\p{L}\p{M}])`,
  'giu',
);

/** A date and nothing else: "December 30, 2025", "Jan 13, 2025 10:30 AM", "Tuesday 2 December 2025". Numeric day/month orders are not dates to parsePageDate. */
function isDate(text: string): boolean {
  return parsePageDate(text) !== null && text.replace(DATE_WORDS, '').replace(/[\d\s,.:/+\-–—|()]+/gu, '') === '';
}
