/**
 * What is wrong with an input before it is parsed, if anything: nothing to
 * read, something that is not a page at all (a PDF, an image or random bytes
 * decoded as text), or more than the configured limit. The parser would
 * accept all of these and build a tree of junk; the caller deserves to know.
 */
import type { ExtractErrorKind } from '../extract.ts';

export interface InputProblem {
  kind: ExtractErrorKind;
  /** Says what is wrong, following the input's name: "is empty". */
  message: string;
}

/** 10 million UTF-16 code units: about 10 MB of English or 20 MB of UTF-8 Hindi, far beyond any article page. */
export const DEFAULT_MAX_CHARS = 10_000_000;

/** How much of the start is examined: enough to see a page's first tags, small enough to cost nothing. */
const SNIFF_CHARS = 4096;

/**
 * Share of control or replacement characters in the sniffed start above which
 * the input is binary. Text pages have none besides tabs and line breaks; a
 * few stray ones come from bad encodings, so a little is tolerated.
 */
const MAX_BINARY_SHARE = 0.05;

/** Signatures of formats that are served as HTML by mistake: PDF, PNG, GIF, JPEG, WebP, ZIP, gzip. */
const BINARY_SIGNATURE = /^(?:%PDF-|\x89PNG|GIF8[79]a|\xFF\xD8\xFF|RIFF....WEBP|PK\x03\x04|\x1F\x8B)/u;

/** Controls other than tab, LF, FF and CR, and U+FFFD, which a decoder puts in for bytes it could not read. */
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/gu;

/** Any tag or doctype at all. */
const MARKUP = /<[!/?a-z]/iu;

export function checkInput(html: string, maxChars = DEFAULT_MAX_CHARS): InputProblem | null {
  if (html.length > maxChars) {
    return { kind: 'too-large', message: `is ${html.length} characters long, more than the limit of ${maxChars}` };
  }
  const start = html.slice(0, SNIFF_CHARS).replace(/^\uFEFF/u, '');
  if (start.trim() === '') return { kind: 'empty', message: 'is empty' };
  if (BINARY_SIGNATURE.test(start)) return { kind: 'not-html', message: 'is a binary file (PDF, image or archive), not HTML' };
  const binary = start.match(BINARY_CHARACTER)?.length ?? 0;
  if (binary > start.length * MAX_BINARY_SHARE) return { kind: 'not-html', message: 'is binary data, not HTML' };
  if (!MARKUP.test(html.slice(0, SNIFF_CHARS * 16))) return { kind: 'not-html', message: 'holds no HTML markup' };
  return null;
}
