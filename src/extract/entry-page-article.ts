/**
 * A feed entry whose text is on its page: the article extracted from the page
 * supplies the body and what the page knows better (byline, lead image, last
 * update), the entry supplies what the source chose to syndicate (headline,
 * publication time, link). Pure, like the two articles it joins.
 */
import type { Article } from './article.ts';
import type { Entry } from '../ingest/entry.ts';
import { fieldToLine } from './html/html-text.ts';
import { standfirstFrom } from './metadata/standfirst.ts';

/**
 * Below this many words the feed holds a summary, not the story: a news item's
 * shortest full text (a brief) runs to about this length, a summary rarely does.
 */
const MIN_FULL_TEXT_WORDS = 120;

/**
 * How an excerpt ends when its generator cut it: an ellipsis or a "read more"
 * link text, in English and Hindi, perhaps followed by closing punctuation.
 */
const TRUNCATION_MARK =
  /(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|read more|continue reading|full story|और पढ़ें|आगे पढ़ें|पूरा पढ़ें|पूरी ख़?खबर पढ़ें)[\s\p{P}]*$/iu;

/**
 * For `fullText: auto`: whether the feed's own text is too short, or visibly
 * cut, to stand as the article.
 */
export function feedTextLooksTruncated(entry: Entry, feedArticle: Article): boolean {
  if (feedArticle.text.split(/\s+/u).filter(Boolean).length < MIN_FULL_TEXT_WORDS) return true;
  const field = entry.contentHtml ?? entry.summary ?? '';
  return TRUNCATION_MARK.test(fieldToLine(field));
}

export function articleFromEntryAndPage(entry: Entry, feedArticle: Article, page: Article): Article {
  const headline = feedArticle.headline || page.headline;
  return {
    ...page,
    headline,
    headlineLang: feedArticle.headline ? feedArticle.headlineLang : page.headlineLang,
    standfirst: page.standfirst ?? standfirstFrom(entry.summary, { textWithDateline: page.text, text: page.text, headline, lang: page.lang }),
    dateline: page.dateline ?? feedArticle.dateline,
    byline: page.byline ?? feedArticle.byline,
    published: feedArticle.published ?? page.published,
    updated: page.updated ?? feedArticle.updated,
    url: entry.url ?? page.url,
    canonicalUrl: page.canonicalUrl ?? entry.url,
    siteName: feedArticle.siteName ?? page.siteName,
    image: page.image ?? feedArticle.image,
  };
}
