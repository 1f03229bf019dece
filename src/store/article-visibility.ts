/**
 * Which articles readers may see: not killed, and not embargoed past the
 * given time. Every list the site shows filters with this one predicate;
 * an article's own page asks `articleStatus` (article-status.ts) instead, to
 * answer 410 for a killed one and 404 for an embargoed one.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * `at` is a UTC ISO time (fixed-width text, so text order is time order on
 * both engines). Without one, an article with any embargo is left out: a
 * caller that forgot the time never shows an embargoed story early.
 */
export function isVisible(table: 'articles' | 'a', at: string | undefined): RawBuilder<SqlBool> {
  const killed = sql.ref(`${table}.killed_at`);
  const until = sql.ref(`${table}.embargoed_until`);
  return at === undefined
    ? sql<SqlBool>`(${killed} is null and ${until} is null)`
    : sql<SqlBool>`(${killed} is null and (${until} is null or ${until} <= ${at}))`;
}
