/** The article list (editors): every article in any state, newest first, searchable by headline and filtered by state, language and source. */
import type { ArticleStateSummary, ArticleStatus, StoredSource } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { DeskLayout, WideBox } from '../desk-layout.tsx';
import { editionName } from '../edition-name.ts';
import { articleFilterQuery, type ArticleFilter } from '../forms/article-filter.ts';
import { languageAttributes } from '../../text/direction.ts';

export interface ArticlesPageProps {
  deps: DeskDeps;
  session: DeskSession;
  filter: ArticleFilter;
  articles: ArticleStateSummary[];
  sources: StoredSource[];
  /** Whether a page of older articles follows. */
  more: boolean;
}

const STATUSES: readonly ArticleStatus[] = ['published', 'killed', 'embargoed'];

export function ArticlesPage({ deps, session, filter, articles, sources, more }: ArticlesPageProps) {
  const { strings, config } = deps;
  const langs = [...new Set([...config.editions.map((e) => e.lang), ...(filter.lang ? [filter.lang] : [])])];
  return (
    <DeskLayout deps={deps} session={session} title={strings.articles} current="articles">
      <h1>{strings.articles}</h1>
      <form method="get" action="/desk/articles" class="inline-form filters" role="search">
        <label>
          {strings.searchHeadline}
          <input type="search" name="q" value={filter.q ?? ''} />
        </label>
        <label>
          {strings.status}
          <select name="status">
            <option value="">{strings.anyStatus}</option>
            {STATUSES.map((status) => (
              <option value={status} selected={status === filter.status}>
                {strings.statusName(status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.language}
          <select name="lang">
            <option value="">{strings.anyLanguage}</option>
            {langs.map((lang) => (
              <option value={lang} selected={lang === filter.lang}>
                {editionName(deps, lang)} ({lang})
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.source}
          <select name="source">
            <option value="">{strings.anySource}</option>
            {sources.map((source) => (
              <option value={source.id} selected={source.id === filter.source}>
                {source.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{strings.filter}</button>
      </form>
      {articles.length === 0 ? (
        <p class="quiet">{strings.noArticles}</p>
      ) : (
        <WideBox>
          <table class="articles">
            <thead>
              <tr>
                <th scope="col">{strings.headline}</th>
                <th scope="col">{strings.status}</th>
                <th scope="col">{strings.language}</th>
                <th scope="col">{strings.source}</th>
                <th scope="col">{strings.publishedAt}</th>
                <th scope="col" class="num">
                  {strings.revisionShort}
                </th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr class={`status-${article.status}`}>
                  <th scope="row" {...languageAttributes(article.headlineLang ?? article.lang)}>
                    <a href={`/desk/articles/${article.id}`}>{article.headline}</a>
                  </th>
                  <td>{strings.statusName(article.status)}</td>
                  <td>{article.lang}</td>
                  <td>{article.sourceId}</td>
                  <td>{formatDeskTime(article.published ?? article.createdAt, deps.lang, config.site.timeZone)}</td>
                  <td class="num">{article.revision}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
      <nav class="pages" aria-label={strings.articles}>
        {filter.page > 1 && <a href={`/desk/articles${articleFilterQuery(filter, filter.page - 1)}`}>← {strings.newerPage}</a>}
        {more && <a href={`/desk/articles${articleFilterQuery(filter, filter.page + 1)}`}>{strings.olderPage} →</a>}
      </nav>
    </DeskLayout>
  );
}
