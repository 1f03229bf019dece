/**
 * Lines that feed generators append to every item and that are not part of
 * the story: WordPress's "The post … appeared first on …", "Continue
 * reading", "Read more". They are removed wherever they end a body or a
 * summary, so they neither show up in the article nor make a summary look
 * different from the body's opening.
 */
import type { Block } from '../article.ts';
import { inlinesToText } from '../html/inline-normalize.ts';
import { normalizeText } from '../../text/normalize.ts';

/** Regexes over a whole paragraph's normalised text. */
const BOILERPLATE_PARAGRAPHS: readonly RegExp[] = [
  /^the post .+ appeared first on .+$/iu,
  /^(?:continue reading|read more|read the full (?:story|article)|full story)\b.{0,80}$/iu,
  /^(?:और पढ़ें|आगे पढ़ें|पूरी खबर पढ़ें|पूरी ख़बर पढ़ें)(?:[\s:।]|$).{0,80}$/u,
  /^(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)$/u,
];

/** Marks of an excerpt cut short: "…", "...", "[…]", "[...]", at the very end. */
const TRAILING_ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*$/u;

export function isBoilerplateText(text: string): boolean {
  const clean = normalizeText(text);
  return BOILERPLATE_PARAGRAPHS.some((pattern) => pattern.test(clean));
}

/** Blocks without trailing boilerplate paragraphs. */
export function withoutBoilerplate(blocks: Block[]): Block[] {
  const kept = [...blocks];
  for (;;) {
    const last = kept.at(-1);
    if (!last || last.type !== 'paragraph' || !isBoilerplateText(inlinesToText(last.content))) return kept;
    kept.pop();
  }
}

export function withoutTrailingEllipsis(text: string): string {
  return text.replace(TRAILING_ELLIPSIS, '');
}
