/**
 * Exact duplicates: two articles whose text is the same once Unicode form,
 * whitespace, punctuation and case are folded are one article, whatever URL
 * or source they came from. The key is a SHA-256 of that folded text, short
 * enough to index and store.
 */
import { createHash } from 'node:crypto';
import { comparisonKey } from '../text/normalize.ts';

/**
 * The key of an article's text; the headline stands in when there is no
 * body (a headline-only wire flash). Null when neither holds a letter or a
 * digit: empty articles are not duplicates of each other.
 */
export function exactKey(headline: string, text: string): string | null {
  const body = comparisonKey(text);
  const folded = body !== '' ? body : comparisonKey(headline);
  if (folded === '') return null;
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
