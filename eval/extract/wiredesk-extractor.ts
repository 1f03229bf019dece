/**
 * wiredesk's extractor behind the eval's Extractor shape. It is loaded at run
 * time so that the eval still runs Readability while the extractor is
 * missing or broken, and so that the benchmark's other processes never load it.
 */
import type { Article } from '../../src/extract/article.ts';
import { errorText, failedExtraction, type Extractor } from './extraction.ts';

type ExtractFunction = (html: string, options: { url: string | null }) => Article;

/** The extractor, with the language detector loaded; or why it could not be loaded. */
export async function loadWiredesk(): Promise<Extractor | string> {
  try {
    const [{ extract }, { loadLanguageDetector }] = await Promise.all([
      import('../../src/extract/extract.ts'),
      import('../../src/text/language.ts'),
    ]);
    await loadLanguageDetector();
    return wiredeskExtractor(extract);
  } catch (error) {
    return `wiredesk's extractor could not be loaded: ${errorText(error)}`;
  }
}

function wiredeskExtractor(extract: ExtractFunction): Extractor {
  return {
    name: 'wiredesk',
    run(html, url) {
      let article: Article;
      try {
        article = extract(html, { url });
      } catch (error) {
        // ExtractError is the extractor saying "no article here"; anything else is a bug.
        const name = error instanceof Error ? error.name : '';
        return failedExtraction(name === 'ExtractError' ? errorText(error) : `crash: ${errorText(error)}`);
      }
      return { text: article.text, title: article.headline, author: article.byline, date: article.published, failure: null };
    },
  };
}
