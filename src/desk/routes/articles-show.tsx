/** GET /desk/articles: every article in any state, newest first, a page at a time, searched and filtered by the query. */
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseArticleFilter } from '../forms/article-filter.ts';
import { ArticlesPage } from '../pages/articles-page.tsx';

/** A long screen of a dense table. */
export const ARTICLES_PAGE_SIZE = 50;

export const articlesShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const filter = parseArticleFilter(c.req.query());
  // One more than a page says whether older articles follow.
  const [rows, sources] = await Promise.all([
    deps.store.listArticleStates({
      at: deps.now().toISOString(),
      limit: ARTICLES_PAGE_SIZE + 1,
      offset: (filter.page - 1) * ARTICLES_PAGE_SIZE,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.q ? { headline: filter.q } : {}),
      ...(filter.lang ? { lang: filter.lang } : {}),
      ...(filter.source ? { sourceId: filter.source } : {}),
    }),
    deps.store.listSources(),
  ]);
  const page = <ArticlesPage deps={deps} session={session} filter={filter} articles={rows.slice(0, ARTICLES_PAGE_SIZE)} sources={sources} more={rows.length > ARTICLES_PAGE_SIZE} />;
  return renderDeskPage(c, page);
};
