/**
 * A feed entry to an article: the feed's fields cleaned, the body sanitised,
 * and the parts a wire story carries in its text (dateline, standfirst)
 * given their own fields. Pure: the same entry always gives the same article.
 */
import type { Article, Block, Figure } from './article.ts';
import type { Entry } from '../ingest/entry.ts';
import { takeDateline } from './metadata/block-dateline.ts';
import { blocksToText } from './html/block-text.ts';
import { bylineFromAuthors } from './metadata/byline.ts';
import { withoutBoilerplate } from './content/feed-boilerplate.ts';
import { fieldToBlocks, fieldToLine } from './html/html-text.ts';
import { inlinesToText } from './html/inline-normalize.ts';
import { standfirstFrom } from './metadata/standfirst.ts';
import { detectLanguage } from '../text/language.ts';
import { primarySubtag } from '../text/language-tag.ts';
import { contradictsLanguage } from '../text/script.ts';
import { comparisonKey, normalizeText } from '../text/normalize.ts';
import { firstSentence } from '../text/truncate.ts';

export interface ArticleOptions {
  /** The source's configured language, or null to take the feed's or detect it. */
  language: string | null;
  siteName: string | null;
}

/** A headline made from the text when the feed gave none: about a line's worth. */
const MAX_FALLBACK_HEADLINE_CHARS = 100;

/**
 * Needs the language detector loaded (loadLanguageDetector()) when neither the
 * options nor the entry name a language.
 */
export function articleFromEntry(entry: Entry, options: ArticleOptions): Article {
  const title = fieldToLine(entry.title);
  const bodyBlocks = withoutRepeatedHeadline(bodyFrom(entry), title);
  const lang = articleLanguage(options.language, entry.language, `${title}\n\n${blocksToText(bodyBlocks)}`);
  // A dateline the text repeats is taken off it either way; the wire's own, when given, is the one kept.
  const taken = takeDateline(bodyBlocks, lang);
  const dateline = datelinePlace(entry.dateline) ?? taken.dateline;
  const blocks = taken.blocks;
  const text = blocksToText(blocks);
  const headline = title || firstSentence(text, lang, MAX_FALLBACK_HEADLINE_CHARS);
  const standfirst = entry.contentHtml
    ? standfirstFrom(entry.summary, { textWithDateline: blocksToText(bodyBlocks), text, headline, lang })
    : null;
  return {
    headline,
    headlineLang: headlineLanguage(headline, lang),
    standfirst,
    dateline,
    byline: bylineFromAuthors(entry.authors.length > 0 ? entry.authors : entry.byline ? [entry.byline] : [], lang),
    published: entry.published,
    updated: entry.updated,
    lang,
    url: entry.url,
    canonicalUrl: entry.url,
    siteName: options.siteName,
    image: blocks.find((block): block is Figure => block.type === 'figure') ?? null,
    blocks,
    text,
  };
}

/** Up to the first comma, dash or colon of a wire's "SEOUL, Nov 27": the article keeps the place only. */
const WIRE_DATELINE_PLACE = /^\s*(.+?)\s*(?:[,:—–]|\s-\s|$)/u;

function datelinePlace(wireDateline: string | null): string | null {
  return (wireDateline && WIRE_DATELINE_PLACE.exec(normalizeText(wireDateline))?.[1]) || null;
}

/**
 * A headline in another script than its body is in another language; which one
 * is asked of the detector. Same-script differences (an English headline over a
 * Spanish body) are left alone: detection on a single line is not sure enough.
 */
function headlineLanguage(headline: string, lang: string): string | null {
  if (!contradictsLanguage(headline, lang)) return null;
  const detected = detectLanguage(headline);
  return detected !== null && detected !== lang ? detected : null;
}

/** The full content when the feed has it and it holds text, else the summary. */
function bodyFrom(entry: Entry): Block[] {
  const content = entry.contentHtml ? withoutBoilerplate(fieldToBlocks(entry.contentHtml, entry.url)) : [];
  if (content.length > 0) return content;
  return entry.summary ? withoutBoilerplate(fieldToBlocks(entry.summary, entry.url)) : [];
}

/** Some feeds open the content with the title again, as a heading. */
function withoutRepeatedHeadline(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if (title && first?.type === 'heading' && comparisonKey(inlinesToText(first.content)) === comparisonKey(title)) {
    return blocks.slice(1);
  }
  return blocks;
}

/**
 * The source's configured language wins; then the feed's declaration, unless
 * the text is plainly in another script (feeds that mix languages often carry
 * one channel-wide `<language>`); then detection.
 */
function articleLanguage(configured: string | null, declared: string | null, text: string): string {
  const fromFeed = primarySubtag(declared);
  const trusted = fromFeed !== null && !contradictsLanguage(text, fromFeed) ? fromFeed : null;
  return primarySubtag(configured) ?? trusted ?? detectLanguage(text) ?? fromFeed ?? 'und';
}
