/**
 * One search of an edition, as both the page and the API answer it: the
 * reader's text parsed into terms (src/text/search-query.ts), the edition's
 * articles and the translations into its language searched, and each hit
 * given its address and snippet.
 */
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/store.ts';
import { parseSearchQuery, type SearchTerm } from '../text/search-query.ts';
import { articlePath, editionFilter, type Edition } from './editions.ts';
import { searchSnippet, type SnippetPart } from './search-snippet.ts';

export interface SearchRequest {
  edition: Edition;
  query: string;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** UTC ISO: embargoes are judged at this time. */
  visibleAt: string;
}

export interface SearchResult {
  id: number;
  /** Absolute-path address in the edition of the result's language. */
  path: string;
  headline: string;
  /** The headline's own language when it is not the result's (a kept original headline). */
  headlineLang: string | null;
  lang: string;
  translated: boolean;
  /** UTC ISO. */
  published: string;
  snippet: SnippetPart[];
}

export interface SearchOutcome {
  terms: SearchTerm[];
  /** The query was cut to its first MAX_QUERY_CHARS characters or MAX_TERMS words. */
  truncated: boolean;
  results: SearchResult[];
  hasMore: boolean;
}

export async function searchEdition(store: Store, config: Config, request: SearchRequest): Promise<SearchOutcome> {
  const { terms, truncated } = parseSearchQuery(request.query);
  if (terms.length === 0) return { terms, truncated, results: [], hasMore: false };
  const { edition, page, pageSize } = request;
  // One more than a page tells whether there is a next one without counting them all.
  const hits = await store.searchArticles({
    terms,
    ...editionFilter(config, edition),
    translationsInto: edition.lang,
    visibleAt: request.visibleAt,
    limit: pageSize + 1,
    offset: (page - 1) * pageSize,
  });
  const results = hits.slice(0, pageSize).map((hit) => ({
    id: hit.articleId,
    path: articlePath(config, { id: hit.articleId, lang: hit.lang, section: hit.section, slug: hit.slug }),
    headline: hit.headline,
    headlineLang: hit.headlineLang && hit.headlineLang !== hit.lang ? hit.headlineLang : null,
    lang: hit.lang,
    translated: hit.translated,
    published: hit.published,
    snippet: searchSnippet([hit.standfirst, hit.text].filter(Boolean).join('\n'), terms),
  }));
  return { terms, truncated, results, hasMore: hits.length > pageSize };
}
