/**
 * Readability on jsdom behind the eval's Extractor shape. Its text is its
 * content HTML turned into text the way the truth is: its textContent joins
 * adjacent blocks without a break ("<li>one</li><li>two</li>" gives
 * "onetwo"), which would cost it tokens it did extract.
 */
import { errorText, failedExtraction, type Extractor } from './extraction.ts';
import { htmlToText } from './html-to-text.ts';
import { readabilityOnJsdom, type ReadabilityArticle } from './readability-jsdom.ts';

export const READABILITY: Extractor = {
  name: 'Readability',
  run(html, url) {
    let article: ReadabilityArticle | null;
    try {
      article = readabilityOnJsdom(html, url);
    } catch (error) {
      return failedExtraction(`crash: ${errorText(error)}`);
    }
    if (!article) return failedExtraction('no article');
    return {
      text: htmlToText(article.content ?? ''),
      title: article.title || null,
      author: article.byline || null,
      date: article.publishedTime || null,
      failure: null,
    };
  },
};
