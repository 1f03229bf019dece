/**
 * An edition's search page: a form (GET, no script), then the results with
 * headline link, date and a snippet whose matched words are in <mark>, and
 * links to the previous and next page of results. Never indexed: the layout
 * writes `noindex`, and the route sends X-Robots-Tag too.
 */
import { languageAttributes } from '../text/direction.ts';
import { MAX_QUERY_CHARS, MAX_TERMS } from '../text/search-query.ts';
import { Layout, editionTitle, type PageChrome } from './layout.tsx';
import { PublishedTime } from './published-time.tsx';
import type { SearchOutcome, SearchResult } from './search-results.ts';
import { searchLanguage, searchStrings, type SearchStrings } from './search-strings.ts';

export interface SearchPageProps {
  chrome: PageChrome;
  /** The query as typed (cut to the length that was searched). */
  query: string;
  page: number;
  outcome: SearchOutcome;
}

/** The search page of an edition, with a query and a page of results. */
export function searchPagePath(editionPath: string, query?: string, page = 1): string {
  const path = `${editionPath}search`;
  if (query === undefined) return path;
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

export function SearchPage({ chrome, query, page, outcome }: SearchPageProps) {
  const strings = searchStrings(chrome.edition.lang);
  const asked = outcome.terms.length > 0;
  const heading = asked ? strings.resultsFor(query) : strings.search;
  const title = page > 1 ? `${heading} · ${strings.page(page)}` : heading;
  return (
    <Layout chrome={chrome} title={title} description={strings.description(editionTitle(chrome))} noindex>
      <div class="search-page" lang={searchLanguage(chrome.edition.lang)}>
        <h1>{title}</h1>
        <form class="search-form" method="get" action={searchPagePath(chrome.edition.path)} role="search">
          <label for="search-q">{strings.queryLabel}</label>
          <input id="search-q" type="search" name="q" value={query} maxlength={MAX_QUERY_CHARS} aria-describedby="search-hint" />
          <button type="submit">{strings.submit}</button>
        </form>
        <p id="search-hint" class="search-hint">{strings.hint}</p>
        {outcome.truncated && <p class="search-notice" role="status">{strings.truncated(MAX_QUERY_CHARS, MAX_TERMS)}</p>}
        {!asked && query.trim() !== '' && <p class="search-notice" role="status">{strings.emptyQuery}</p>}
      </div>
      {asked && <Results chrome={chrome} strings={strings} query={query} results={outcome.results} />}
      {asked && <Pagination chrome={chrome} strings={strings} query={query} page={page} hasMore={outcome.hasMore} />}
    </Layout>
  );
}

function Results({ chrome, strings, query, results }: { chrome: PageChrome; strings: SearchStrings; query: string; results: SearchResult[] }) {
  if (results.length === 0) return <p class="search-empty" lang={searchLanguage(chrome.edition.lang)}>{strings.noResults(query)}</p>;
  return (
    <ol class="search-results">
      {results.map((result) => (
        <li class="search-result" {...languageAttributes(result.lang)}>
          <h2 class="teaser-title">
            <a href={result.path}>
              {result.headlineLang ? (
                <bdi {...languageAttributes(result.headlineLang)}>{result.headline}</bdi>
              ) : (
                result.headline
              )}
            </a>
          </h2>
          <p class="teaser-meta">
            <PublishedTime chrome={chrome} iso={result.published} />
            {result.translated && <span class="search-translated" lang={searchLanguage(chrome.edition.lang)}> · {strings.translated}</span>}
          </p>
          {result.snippet.length > 0 && (
            <p class="search-snippet">{result.snippet.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function Pagination({ chrome, strings, query, page, hasMore }: { chrome: PageChrome; strings: SearchStrings; query: string; page: number; hasMore: boolean }) {
  if (page === 1 && !hasMore) return null;
  const path = (n: number) => searchPagePath(chrome.edition.path, query, n);
  return (
    <nav class="pagination" aria-label={strings.pagination} lang={searchLanguage(chrome.edition.lang)}>
      <ul>
        {page > 1 && (
          <li>
            <a href={path(page - 1)} rel="prev">← {strings.previous}</a>
          </li>
        )}
        {hasMore && (
          <li>
            <a href={path(page + 1)} rel="next">{strings.next} →</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
