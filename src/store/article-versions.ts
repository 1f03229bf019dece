/**
 * Versions of one report (see migrations/0007-article-versions.ts): the
 * chain an article's page shows. Lists leave superseded articles out
 * (with copies that are not their group's canonical) through `unlistedArticleIds` (articles-table.ts).
 */
import type { Kysely } from 'kysely';
import { SUMMARY_COLUMNS, toSummary } from './articles-table.ts';
import type { Database } from './schema.ts';
import type { ArticleSummary } from './store.ts';

type Db = Kysely<Database>;

export async function articleVersions(db: Db, articleId: number): Promise<ArticleSummary[]> {
  const membership = await db.selectFrom('story_articles').select('superseded_by').where('article_id', '=', articleId).executeTakeFirst();
  const current = membership?.superseded_by ?? articleId;
  const rows = await db
    .selectFrom('articles')
    .select(SUMMARY_COLUMNS.map((column) => `articles.${column}` as const))
    .where((eb) =>
      eb.or([
        eb('articles.id', '=', current),
        eb('articles.id', 'in', eb.selectFrom('story_articles').select('story_articles.article_id').where('story_articles.superseded_by', '=', current)),
      ]),
    )
    .where('articles.killed_at', 'is', null)
    .orderBy('articles.sort_key')
    .orderBy('articles.id')
    .execute();
  // The current version last, even when its publication time says otherwise (a clock ahead of ours).
  const summaries = rows.map(toSummary);
  const head = summaries.findIndex((a) => a.id === current);
  return head < 0 ? summaries : [...summaries.slice(0, head), ...summaries.slice(head + 1), summaries[head]!];
}
