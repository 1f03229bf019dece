/**
 * One short text about an article, for its meta description, OpenGraph and
 * JSON-LD, and its feeds' summary: the standfirst, else the first sentence.
 */
import { firstSentence, truncateAtWord } from '../text/truncate.ts';

/** Search engines cut snippets at about 160 characters; a little more leaves room for Devanagari's longer words. */
export const MAX_DESCRIPTION_CHARS = 200;

export interface DescribedArticle {
  headline: string;
  standfirst: string | null;
  text: string;
  lang: string;
}

/**
 * `linkOnly`: the source licenses headline and summary only, so its body
 * (stored for search and stories) is never quoted; the headline stands in
 * when there is no summary.
 */
export function articleDescription(article: DescribedArticle, linkOnly: boolean): string {
  const standfirst = article.standfirst?.trim();
  if (standfirst) return truncateAtWord(standfirst, MAX_DESCRIPTION_CHARS);
  const sentence = linkOnly ? '' : firstSentence(article.text, article.lang, MAX_DESCRIPTION_CHARS);
  return sentence || truncateAtWord(article.headline, MAX_DESCRIPTION_CHARS);
}
