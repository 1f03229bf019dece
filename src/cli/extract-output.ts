/**
 * What `wiredesk extract` prints for each article: JSON, one JSON line or plain
 * text. The HTML document is in extract-html.tsx, rendered through the site's
 * block renderer (JSX escapes every string, so nothing from the page comes
 * back as markup).
 */
import type { Article } from '../extract/article.ts';
import { terminalJson } from './terminal-text.ts';

/** One input's outcome, in input order. */
export type ExtractOutcome = { input: string; article: Article } | { input: string; error: string };

/** The fields a line carries, in this order, so lines diff well and tools can rely on them. */
export function jsonLine(outcome: ExtractOutcome): string {
  if ('error' in outcome) return terminalJson({ input: outcome.input, error: outcome.error });
  const { article } = outcome;
  return terminalJson({
    input: outcome.input,
    title: article.headline,
    byline: article.byline,
    published: article.published,
    lang: article.lang,
    siteName: article.siteName,
    text: article.text,
    blocks: article.blocks,
  });
}

/** The whole article; an array when there were several inputs, with `{input, error}` where one failed. */
export function jsonDocument(outcomes: readonly ExtractOutcome[], several: boolean): string {
  const values = outcomes.map((outcome) => ('error' in outcome ? outcome : outcome.article));
  return terminalJson(several ? values : values[0], 2);
}

/** Headline, a line of who, when and where, the standfirst, then the text with its dateline. */
export function plainText(article: Article): string {
  const meta = [article.byline, article.published, article.lang, article.siteName, article.canonicalUrl].filter(Boolean).join(' · ');
  const body = article.dateline ? `${article.dateline}: ${article.text}` : article.text;
  return [article.headline, meta, '', ...(article.standfirst ? [article.standfirst, ''] : []), body].join('\n');
}
