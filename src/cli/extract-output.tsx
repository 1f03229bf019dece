/**
 * What `wiredesk extract` prints for each article: JSON, one JSON line, plain
 * text, or an HTML document rendered through the site's block renderer (JSX
 * escapes every string, so nothing from the page comes back as markup).
 */
import type { Article } from '../extract/article.ts';
import { ArticleBody, HeadlineText } from '../site/block-renderer.tsx';
import { textDirection } from '../text/direction.ts';
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

/**
 * A page to look at an extraction in a browser. Images show as their captions
 * only: like the site, the page never loads anything from the source's hosts.
 */
export async function htmlDocument(articles: readonly Article[]): Promise<string> {
  const first = articles[0];
  const page = (
    <html lang={first?.lang ?? 'und'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{articles.length === 1 && first ? first.headline : 'wiredesk extract'}</title>
        <style>{'body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}.meta{color:#555}article+article{border-top:1px solid #ccc;margin-top:3rem}'}</style>
      </head>
      <body>
        {articles.map((article) => (
          <ArticleView article={article} />
        ))}
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${String(await page)}\n`;
}

function ArticleView({ article }: { article: Article }) {
  const meta = [article.byline, article.published, article.siteName].filter(Boolean).join(' · ');
  return (
    <article lang={article.lang} dir={textDirection(article.lang)}>
      <h1><HeadlineText article={article} /></h1>
      {article.standfirst && <p class="standfirst"><strong>{article.standfirst}</strong></p>}
      {meta && <p class="meta">{meta}</p>}
      <ArticleBody blocks={article.blocks} dateline={article.dateline} />
    </article>
  );
}
