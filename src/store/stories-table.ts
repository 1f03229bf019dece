/**
 * Stories and each article's place in one. The clusterer decides; these
 * functions only keep what it decided and give it back to the pipeline (the
 * window to replay) and to the site (lists by trend, a story's articles).
 */
import type { Kysely, Selectable } from 'kysely';
import { SUMMARY_COLUMNS, toSummary } from './articles-table.ts';
import { isVisible } from './article-visibility.ts';
import { fromJsonText, rowCount, toJsonText, utcTimestamp } from './column-values.ts';
import type { Database, StoriesTable } from './schema.ts';
import type { ClusteringArticle, StoryMember, StoryMembership, StoryQuery, StoryRecord } from './store.ts';

type Db = Kysely<Database>;

/**
 * Rows per statement when writing or reading by id lists: well under
 * SQLite's 32,766 bound parameters and PostgreSQL's 65,535, at 5 per row.
 */
const CHUNK = 500;

const MEMBER_COLUMNS = SUMMARY_COLUMNS.map((column) => `articles.${column}` as const);

export async function clusteringBounds(db: Db, visibleAt: string): Promise<{ newest: string | null; oldestUnassigned: string | null }> {
  const at = utcTimestamp(visibleAt, 'visibility time');
  const newest = await db
    .selectFrom('articles')
    .where(isVisible('articles', at))
    .select((eb) => eb.fn.max('sort_key').as('key'))
    .executeTakeFirst();
  const oldest = await db
    .selectFrom('articles')
    .leftJoin('story_articles', 'story_articles.article_id', 'articles.id')
    .where('story_articles.article_id', 'is', null)
    .where(isVisible('articles', at))
    .select((eb) => eb.fn.min('articles.sort_key').as('key'))
    .executeTakeFirst();
  return { newest: newest?.key ?? null, oldestUnassigned: oldest?.key ?? null };
}

export async function articlesForClustering(
  db: Db,
  since: string,
  after: { sortKey: string; id: number } | null,
  limit: number,
  visibleAt: string,
): Promise<ClusteringArticle[]> {
  let select = db
    .selectFrom('articles')
    .leftJoin('story_articles', 'story_articles.article_id', 'articles.id')
    .innerJoin('entries', 'entries.id', 'articles.entry_id')
    .select(['articles.id', 'articles.source_id', 'entries.guid', 'articles.lang', 'articles.headline', 'articles.text', 'articles.sort_key', 'story_articles.story_id'])
    .where('articles.sort_key', '>=', utcTimestamp(since, 'start of clustering window'))
    // Hidden articles belong to no story: a killed one left its story, an embargoed one joins when its time comes.
    .where(isVisible('articles', utcTimestamp(visibleAt, 'visibility time')));
  if (after) {
    select = select.where((eb) =>
      eb.or([eb('articles.sort_key', '>', after.sortKey), eb.and([eb('articles.sort_key', '=', after.sortKey), eb('articles.id', '>', after.id)])]),
    );
  }
  const rows = await select.orderBy('articles.sort_key').orderBy('articles.id').limit(rowCount(limit, 'limit')).execute();
  const translated = await translatedHeadlines(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    sourceId: row.source_id,
    guid: row.guid,
    lang: row.lang,
    headline: row.headline,
    text: row.text,
    sortKey: row.sort_key,
    storyId: row.story_id,
    translatedHeadlines: translated.get(row.id) ?? [],
  }));
}

/** The translated headlines of these articles, by article id, in order of language. */
async function translatedHeadlines(db: Db, ids: number[]): Promise<Map<number, { lang: string; headline: string }[]>> {
  const found = new Map<number, { lang: string; headline: string }[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('translations')
      .select(['article_id', 'target_lang', 'translated_headline'])
      .where('article_id', 'in', ids.slice(i, i + CHUNK))
      .where('translated_headline', 'is not', null)
      .orderBy('article_id')
      .orderBy('target_lang')
      .execute();
    for (const row of rows) {
      const list = found.get(row.article_id) ?? [];
      list.push({ lang: row.target_lang, headline: row.translated_headline! });
      found.set(row.article_id, list);
    }
  }
  return found;
}

export async function saveStoryMemberships(db: Db, memberships: StoryMembership[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < memberships.length; i += CHUNK) {
      const rows = memberships.slice(i, i + CHUNK).map((m) => ({
        article_id: m.articleId,
        story_id: m.storyId,
        near_duplicate_of: m.nearDuplicateOf,
        canonical_id: m.canonicalId,
        is_canonical: m.canonicalId === m.articleId ? 1 : 0,
        superseded_by: m.supersededBy ?? null,
      }));
      await trx
        .insertInto('story_articles')
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('article_id').doUpdateSet((eb) => ({
            story_id: eb.ref('excluded.story_id'),
            near_duplicate_of: eb.ref('excluded.near_duplicate_of'),
            canonical_id: eb.ref('excluded.canonical_id'),
            is_canonical: eb.ref('excluded.is_canonical'),
            superseded_by: eb.ref('excluded.superseded_by'),
          })),
        )
        .execute();
    }
  });
}

export async function saveStories(db: Db, stories: StoryRecord[], now: string): Promise<void> {
  const at = utcTimestamp(now, 'time of saving stories');
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < stories.length; i += CHUNK) {
      const rows = stories.slice(i, i + CHUNK).map((story) => storyColumns(story, at));
      await trx
        .insertInto('stories')
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            first_seen: eb.ref('excluded.first_seen'),
            last_seen: eb.ref('excluded.last_seen'),
            article_count: eb.ref('excluded.article_count'),
            source_count: eb.ref('excluded.source_count'),
            independent_source_count: eb.ref('excluded.independent_source_count'),
            languages: eb.ref('excluded.languages'),
            trend_score: eb.ref('excluded.trend_score'),
            merged_into: eb.ref('excluded.merged_into'),
            updated_at: eb.ref('excluded.updated_at'),
            needs_summary: eb.ref('excluded.needs_summary'),
          })),
        )
        .execute();
    }
  });
}

export async function deleteEmptyStories(db: Db): Promise<string[]> {
  const rows = await db
    .deleteFrom('stories')
    .where('merged_into', 'is', null)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('story_articles').select('story_articles.article_id').whereRef('story_articles.story_id', '=', 'stories.id'))),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function clearTrendsBefore(db: Db, before: string): Promise<void> {
  await db
    .updateTable('stories')
    .set({ trend_score: 0 })
    .where('last_seen', '<', utcTimestamp(before, 'trend cut-off'))
    .where('trend_score', '>', 0)
    .execute();
}

export async function getStory(db: Db, id: string): Promise<StoryRecord | null> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStory(row);
}

export async function listStories(db: Db, query: StoryQuery): Promise<StoryRecord[]> {
  let select = db.selectFrom('stories').selectAll().where('merged_into', 'is', null);
  if (query.lang !== undefined || query.excludeLangs?.length) {
    const { lang, excludeLangs } = query;
    select = select.where((eb) => {
      let members = eb
        .selectFrom('story_articles')
        .innerJoin('articles', 'articles.id', 'story_articles.article_id')
        .select('story_articles.article_id')
        .whereRef('story_articles.story_id', '=', 'stories.id');
      if (lang !== undefined) members = members.where('articles.lang', '=', lang);
      if (excludeLangs?.length) members = members.where('articles.lang', 'not in', excludeLangs);
      return eb.exists(members);
    });
  }
  const ordered =
    query.sort === 'trend'
      ? select.orderBy('trend_score', 'desc').orderBy('last_seen', 'desc')
      : select.orderBy('last_seen', 'desc');
  const rows = await ordered
    .orderBy('id')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map(toStory);
}

export async function storyMembers(db: Db, storyIds: string[]): Promise<StoryMember[]> {
  const members: StoryMember[] = [];
  for (let i = 0; i < storyIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('story_articles')
      .innerJoin('articles', 'articles.id', 'story_articles.article_id')
      .select([
        ...MEMBER_COLUMNS,
        'articles.sort_key',
        'story_articles.story_id',
        'story_articles.near_duplicate_of',
        'story_articles.canonical_id',
        'story_articles.superseded_by',
      ])
      .where('story_articles.story_id', 'in', storyIds.slice(i, i + CHUNK))
      // Killing detaches an article from its story; this guards the lists against a row left behind.
      .where('articles.killed_at', 'is', null)
      .orderBy('articles.sort_key')
      .orderBy('articles.id')
      .execute();
    for (const row of rows) {
      members.push({
        ...toSummary(row),
        articleId: row.id,
        storyId: row.story_id,
        nearDuplicateOf: row.near_duplicate_of,
        canonicalId: row.canonical_id,
        isCanonical: row.canonical_id === row.id,
        supersededBy: row.superseded_by,
        sortKey: row.sort_key,
      });
    }
  }
  return members.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id - b.id));
}

export async function storyMemberships(db: Db, articleIds: number[]): Promise<Map<number, StoryMembership>> {
  const found = new Map<number, StoryMembership>();
  for (let i = 0; i < articleIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('story_articles')
      .select(['article_id', 'story_id', 'near_duplicate_of', 'canonical_id', 'superseded_by'])
      .where('article_id', 'in', articleIds.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) {
      found.set(row.article_id, {
        articleId: row.article_id,
        storyId: row.story_id,
        nearDuplicateOf: row.near_duplicate_of,
        canonicalId: row.canonical_id,
        supersededBy: row.superseded_by,
      });
    }
  }
  return found;
}

function storyColumns(story: StoryRecord, at: string) {
  return {
    id: story.id,
    title: story.title,
    first_seen: utcTimestamp(story.firstSeen, `first seen of story ${story.id}`),
    last_seen: utcTimestamp(story.lastSeen, `last seen of story ${story.id}`),
    article_count: story.articleCount,
    source_count: story.sourceCount,
    independent_source_count: story.independentSourceCount,
    languages: toJsonText(story.languages),
    trend_score: story.trendScore,
    merged_into: story.mergedInto,
    updated_at: at,
    // A record written from the story's articles is up to date.
    needs_summary: 0,
  };
}

function toStory(row: Selectable<StoriesTable>): StoryRecord {
  return {
    id: row.id,
    title: row.title,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    articleCount: row.article_count,
    sourceCount: row.source_count,
    independentSourceCount: row.independent_source_count,
    languages: fromJsonText<string[]>(row.languages, `languages of story ${row.id}`),
    // double precision comes back from pg as a number, but guard a driver that returns text.
    trendScore: Number(row.trend_score),
    mergedInto: row.merged_into,
  };
}
