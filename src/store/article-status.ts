/** An article's state at a given time, from its stored editorial state. Pure, no database. */
import type { ArticleEditorialState, ArticleStatus } from './store.ts';

/** `at` is UTC ISO (fixed width, so text order is time order). Killed wins over an embargo. */
export function articleStatus(article: Pick<ArticleEditorialState, 'killed' | 'embargoedUntil'>, at: string): ArticleStatus {
  if (article.killed) return 'killed';
  return article.embargoedUntil !== null && article.embargoedUntil > at ? 'embargoed' : 'published';
}
