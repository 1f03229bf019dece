/** `wiredesk extract --format html`, imported only for that format: it renders with the site's JSX. */
import type { Article } from '../extract/article.ts';
import { ArticleBody, HeadlineText } from '../site/block-renderer.tsx';
import { languageAttributes } from '../text/direction.ts';

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
    <article {...languageAttributes(article.lang)}>
      <h1><HeadlineText article={article} /></h1>
      {article.standfirst && <p class="standfirst"><strong>{article.standfirst}</strong></p>}
      {meta && <p class="meta">{meta}</p>}
      <ArticleBody blocks={article.blocks} dateline={article.dateline} />
    </article>
  );
}
