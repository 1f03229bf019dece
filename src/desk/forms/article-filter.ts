/** The article list's query: headline text, state, language, source and page. */
import type { ArticleStatus } from '../../store/store.ts';

export interface ArticleFilter {
  /** A piece of the headline, or null for every headline. */
  q: string | null;
  status: ArticleStatus | null;
  /** A language tag (`hi`, `es`): an edition's, or any other an article is in. */
  lang: string | null;
  source: string | null;
  /** From 1. */
  page: number;
}

/** Longer than any headline a desk searches by. */
const MAX_QUERY_LENGTH = 200;
/** Deep enough for months of a busy desk; an offset past it is a hand-made link. */
const MAX_PAGE = 10_000;
const STATUSES: readonly string[] = ['published', 'killed', 'embargoed'] satisfies ArticleStatus[];
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** Unknown or malformed values are dropped rather than refused: a link edited by hand still shows a page. */
export function parseArticleFilter(query: Record<string, string | undefined>): ArticleFilter {
  const q = (query['q'] ?? '').replace(/\s+/gu, ' ').trim();
  const status = query['status'] ?? '';
  const lang = (query['lang'] ?? '').trim();
  const source = (query['source'] ?? '').trim();
  const page = /^[1-9][0-9]{0,4}$/.test(query['page'] ?? '') ? Math.min(Number(query['page']), MAX_PAGE) : 1;
  return {
    q: q === '' ? null : q.slice(0, MAX_QUERY_LENGTH),
    status: STATUSES.includes(status) ? (status as ArticleStatus) : null,
    lang: LANGUAGE.test(lang) ? lang : null,
    source: SOURCE_ID.test(source) ? source : null,
    page,
  };
}

/** The query string of a filter at another page, for the list's links. */
export function articleFilterQuery(filter: ArticleFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.status) params.set('status', filter.status);
  if (filter.lang) params.set('lang', filter.lang);
  if (filter.source) params.set('source', filter.source);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
