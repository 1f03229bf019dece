/**
 * Mozilla Readability on linkedom, a lighter DOM than jsdom, for the
 * benchmark. linkedom's document has no base URL, so Readability leaves
 * relative links as they are; text, title and byline are unaffected.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReadabilityArticle, ReadabilityDocument } from './readability-jsdom.ts';

/** Null when Readability finds no article. */
export function readabilityOnLinkedom(html: string): ReadabilityArticle | null {
  // linkedom's types name the DOM's Window, which this project's lib (no "dom") lacks: the result is untyped here.
  const { document } = parseHTML(html) as { document: unknown };
  // linkedom's Document is its own class, not the DOM's; Readability uses only what both have.
  return new Readability(document as ReadabilityDocument).parse();
}
