/**
 * What the eval asks of every extractor it compares: a page in, the body text
 * and metadata out, or the reason there is none. A page an extractor fails on
 * counts as an empty prediction.
 */

export interface Extraction {
  text: string;
  title: string | null;
  author: string | null;
  date: string | null;
  /** Why nothing was extracted ("no article", or the error of a crash); null on success. */
  failure: string | null;
}

export interface Extractor {
  name: string;
  run(html: string, url: string): Extraction;
}

export function failedExtraction(reason: string): Extraction {
  return { text: '', title: null, author: null, date: null, failure: reason };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
