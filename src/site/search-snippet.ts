/**
 * The passage of a result that shows why it matched: a window of the text
 * around the first word a term found, with every such word marked. Parts are
 * plain text; the page renders them through JSX (escaped) and the API as
 * escaped HTML with <mark>, so no stored text is ever markup.
 */
import { wordMatchesTerm, type SearchTerm } from '../text/search-query.ts';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Characters of text in a snippet: two or three lines under a headline. */
export const SNIPPET_CHARS = 220;
/** Characters kept before the first match, so it reads in context. */
const LEAD_CHARS = 60;

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const ELLIPSIS = '…';

export function searchSnippet(text: string, terms: readonly SearchTerm[], maxChars = SNIPPET_CHARS): SnippetPart[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, matched: terms.some((t) => wordMatchesTerm(m[0], t)) }));
  const first = words.find((w) => w.matched);
  let start = first ? Math.max(0, first.start - LEAD_CHARS) : 0;
  // Begin at a word, not inside one.
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? start;
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) end = [...words].reverse().find((w) => w.end <= end && w.start >= start)?.end ?? end;
  const parts: SnippetPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += piece;
    else parts.push({ text: piece, mark });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  for (const word of words) {
    if (word.start < start || word.end > end || !word.matched) continue;
    push(text.slice(at, word.start), false);
    push(text.slice(word.start, word.end), true);
    at = word.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(ELLIPSIS, false);
  return collapseWhitespace(parts);
}

/** The snippet as HTML: text escaped, matches in <mark>. */
export function snippetHtml(parts: readonly SnippetPart[]): string {
  return parts.map((part) => (part.mark ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join('');
}

function collapseWhitespace(parts: SnippetPart[]): SnippetPart[] {
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/gu, ' ') }));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
