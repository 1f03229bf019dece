/**
 * A web page to an article: the one place where the extractor's steps are put
 * in order. The page is parsed once; a cheap check rejects pages that are
 * plainly not articles; copies of the story made for other screen sizes are
 * dropped; scoring picks the element that holds the story;
 * cleaning strips the furniture left inside it; the sanitiser turns what is
 * left into blocks; and what the page's metadata already says (headline,
 * byline, date, lead image) is taken out of the body so it is not shown twice.
 */
import type { Article } from './article.ts';
import { blocksToText } from './html/block-text.ts';
import { takeDateline } from './metadata/block-dateline.ts';
import { takeMetadataElements, withoutMetadataRepeats } from './metadata/body-metadata.ts';
import { withoutMetadataLines } from './metadata/metadata-lines.ts';
import { cleanContent } from './content/content-cleaning.ts';
import { pruneFurniture } from './content/content-pruning.ts';
import { findMainContent } from './content/content-scoring.ts';
import { checkInput } from './html/input-check.ts';
import { nodesToBlocks } from './html/html-sanitizer.ts';
import { articleLanguage, headlineLanguage } from './metadata/page-language.ts';
import { readPageMetadata } from './metadata/page-metadata.ts';
import { parseHtml } from '../text/nesting-limit.ts';
import { removeLayoutCopies } from './content/layout-copies.ts';
import { bareDocumentContent, isProbablyArticle } from './content/readerable.ts';
import { standfirstFrom } from './metadata/standfirst.ts';
import { measurePageText } from './content/text-blocks.ts';
import { firstSentence } from '../text/truncate.ts';

export interface ExtractOptions {
  /** The page's URL, for resolving relative links (with <base>); null when unknown. */
  url: string | null;
  /** A configured language that wins over the page's own (BCP 47), if any. */
  language?: string | null;
  /** Used when the page names no site. */
  siteName?: string | null;
  /** Larger inputs (in UTF-16 code units) fail with kind 'too-large'; default 10_000_000. */
  maxChars?: number;
}

export type ExtractErrorKind = 'empty' | 'not-html' | 'too-large' | 'no-article';

export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;

  constructor(kind: ExtractErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ExtractError';
    this.kind = kind;
  }
}

/** A headline made from the text when the page names none: about a line's worth. */
const MAX_FALLBACK_HEADLINE_CHARS = 100;

/**
 * Needs the language detector loaded (loadLanguageDetector()) unless the
 * options or the page name a language. Throws ExtractError for input that is
 * not a page or a page that holds no article.
 */
export function extract(html: string, options: ExtractOptions): Article {
  const input = options.url ? `page ${options.url}` : 'input';
  const problem = checkInput(html, options.maxChars);
  if (problem) throw new ExtractError(problem.kind, `extract: ${input} ${problem.message}`);
  const document = parseHtml(html);
  const metadata = readPageMetadata(document, options.url);
  const pageText = measurePageText(document);
  // Measured before metadata elements leave the tree: a bare page's headline may be all the text it has.
  const probable = isProbablyArticle(pageText);
  const bare = probable ? null : bareDocumentContent(document, pageText);
  if (!probable && bare === null) throw new ExtractError('no-article', `extract: ${input} has no article`);
  // Before metadata elements leave the tree: a headline or byline taken out of one copy would make the copies differ.
  removeLayoutCopies(pageText);
  const baseUrl = metadata.baseUrl ?? options.url;
  const taken = takeMetadataElements(metadata, pageText, baseUrl);
  pruneFurniture(document, pageText);
  const content = findMainContent(pageText, metadata.headlineElement) ?? bare;
  if (!content) throw new ExtractError('no-article', `extract: ${input} has no article`);
  cleanContent(content, pageText, [baseUrl, metadata.canonicalUrl]);
  const body = withoutMetadataRepeats(withoutMetadataLines(nodesToBlocks(content, { baseUrl })), metadata, taken.leadImage);
  const bodyText = blocksToText(body.blocks);
  if (bodyText === '') throw new ExtractError('no-article', `extract: ${input} has no article text`);
  const lang = articleLanguage(options.language ?? null, metadata.lang, `${metadata.headline ?? ''}\n\n${bodyText}`);
  const { dateline, blocks } = takeDateline(body.blocks, lang);
  const text = blocksToText(blocks);
  const headline = metadata.headline || firstSentence(text, lang, MAX_FALLBACK_HEADLINE_CHARS);
  return {
    headline,
    headlineLang: headlineLanguage(headline, lang),
    standfirst: taken.standfirst ?? standfirstFrom(metadata.description, { textWithDateline: bodyText, text, headline, lang }),
    dateline: dateline ?? metadata.dateline ?? null,
    byline: metadata.byline,
    published: metadata.published,
    updated: metadata.updated,
    lang,
    url: options.url,
    canonicalUrl: metadata.canonicalUrl ?? options.url,
    siteName: metadata.siteName ?? options.siteName ?? null,
    image: body.image,
    blocks,
    text,
  };
}
