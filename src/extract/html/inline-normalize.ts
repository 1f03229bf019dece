/**
 * Inline content as a reader sees it: whitespace collapsed the way a browser
 * collapses it, text NFC, adjacent text merged, and nothing empty left over
 * (no empty emphasis, no link without text, no break at either end).
 */
import type { Inline } from '../article.ts';
import { collapseWhitespace, composeNfc, toNfc } from '../../text/normalize.ts';

/** Only whitespace (or nothing): the indentation between tags that makes up most text nodes of a page. */
const BLANK = /^\s*$/u;

interface CollapseState {
  /** The last character written was a space or a break, or nothing was written yet. */
  afterSpace: boolean;
  /** The last thing written was a break (or nothing yet): another break adds nothing. */
  afterBreak: boolean;
}

export function normalizeInlines(inlines: Inline[]): Inline[] {
  const out = collapse(inlines, { afterSpace: true, afterBreak: true });
  trimEnd(out);
  composeMerged(out);
  return out;
}

/**
 * Text nodes are normalised one by one, then merged: a letter and a combining
 * mark that the source split across two nodes (`e<!-- -->&#x301;`) only meet
 * after merging, so merged text is composed once more.
 */
function composeMerged(inlines: Inline[]): void {
  for (const inline of inlines) {
    if (inline.kind === 'text') inline.text = composeNfc(inline.text);
    else if (inline.kind !== 'break') composeMerged(inline.children);
  }
}

/** Plain text of inline content; a break is a newline. */
export function inlinesToText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return inline.text;
      if (inline.kind === 'break') return '\n';
      return inlinesToText(inline.children);
    })
    .join('');
}

/** Whether inlinesToText would give more than whitespace; stops at the first text that has some. */
export function hasText(inlines: Inline[]): boolean {
  return inlines.some((inline) => {
    if (inline.kind === 'text') return inline.text.trim() !== '';
    return inline.kind !== 'break' && hasText(inline.children);
  });
}

/**
 * Content with its first `count` characters (as inlinesToText counts them)
 * removed, then normalised again: used to take a dateline off a paragraph
 * whatever inline markup it sat in.
 */
export function dropLeadingText(inlines: Inline[], count: number): Inline[] {
  const remaining = { count };
  return normalizeInlines(dropFrom(inlines, remaining));
}

function dropFrom(inlines: Inline[], remaining: { count: number }): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (remaining.count <= 0) {
      out.push(inline);
    } else if (inline.kind === 'text') {
      const kept = inline.text.slice(remaining.count);
      remaining.count -= inline.text.length - kept.length;
      if (kept) out.push({ kind: 'text', text: kept });
    } else if (inline.kind === 'break') {
      remaining.count -= 1;
    } else {
      const children = dropFrom(inline.children, remaining);
      if (children.length > 0) out.push({ ...inline, children });
    }
  }
  return out;
}

function collapse(inlines: Inline[], state: CollapseState): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      appendText(out, inline.text, state);
    } else if (inline.kind === 'break') {
      if (state.afterBreak) continue;
      trimEnd(out);
      out.push(inline);
      state.afterSpace = true;
      state.afterBreak = true;
    } else {
      const children = collapse(inline.children, state);
      if (children.length > 0) out.push({ ...inline, children });
    }
  }
  return out;
}

function appendText(out: Inline[], raw: string, state: CollapseState): void {
  // After a space, blank text would collapse into it and add nothing, so skip normalising it.
  if (state.afterSpace && BLANK.test(raw)) return;
  let text = collapseWhitespace(toNfc(raw));
  if (state.afterSpace && text.startsWith(' ')) text = text.slice(1);
  if (text === '') return;
  state.afterSpace = text.endsWith(' ');
  state.afterBreak = false;
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Removes trailing spaces and breaks, and any element they leave empty. */
function trimEnd(inlines: Inline[]): void {
  for (;;) {
    const last = inlines.at(-1);
    if (!last) return;
    if (last.kind === 'text') {
      last.text = last.text.trimEnd();
      if (last.text !== '') return;
    } else if (last.kind !== 'break') {
      trimEnd(last.children);
      if (last.children.length > 0) return;
    }
    inlines.pop();
  }
}
