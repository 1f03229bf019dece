/** The Store: each table group's functions bound to one Kysely instance. */
import type { Kysely } from 'kysely';
import * as articles from './articles-table.ts';
import * as lifecycle from './article-lifecycle.ts';
import { editorialRevisions } from './editorial-revisions-table.ts';
import { saveArticle } from './article-save.ts';
import { articleVersions } from './article-versions.ts';
import { countValue } from './column-values.ts';
import * as entries from './entries-table.ts';
import type { Database } from './schema.ts';
import * as sources from './sources-table.ts';
import * as stories from './stories-table.ts';
import { storiesNeedingSummary } from './story-detach.ts';
import type { Counts, DialectName, Store } from './store.ts';

export function createKyselyStore(db: Kysely<Database>, dialect: DialectName): Store {
  return {
    dialect,
    db,
    close: () => db.destroy(),

    upsertSource: (def, origin, now) => sources.upsertSource(db, def, origin, now),
    pruneConfigSources: (keep) => sources.pruneConfigSources(db, keep),
    listSources: () => sources.listSources(db),
    getSource: (id) => sources.getSource(db, id),
    removeSource: (id) => sources.removeSource(db, id),
    recordFetchSuccess: (id, result) => sources.recordFetchSuccess(db, id, result),
    recordFetchFailure: (id, result) => sources.recordFetchFailure(db, id, result),
    moveSource: (id, url) => sources.moveSource(db, id, url),

    saveEntries: (list, now) => entries.saveEntries(db, list, now),
    entriesNeedingArticles: (limit) => entries.entriesNeedingArticles(db, limit),
    listEntries: (query) => entries.listEntries(db, query),
    countEntriesSince: (since) => entries.countEntriesSince(db, since),

    saveArticle: (article, placement, now) => saveArticle(db, article, placement, now),
    getArticle: (id) => articles.getArticle(db, id),
    latestArticles: (query) => articles.latestArticles(db, query),
    counts: () => countRows(db),

    clusteringBounds: (visibleAt) => stories.clusteringBounds(db, visibleAt),
    articlesForClustering: (since, after, limit, visibleAt) => stories.articlesForClustering(db, since, after, limit, visibleAt),
    saveStoryMemberships: (memberships) => stories.saveStoryMemberships(db, memberships),
    saveStories: (list, now) => stories.saveStories(db, list, now),
    deleteEmptyStories: () => stories.deleteEmptyStories(db),
    clearTrendsBefore: (before) => stories.clearTrendsBefore(db, before),
    getStory: (id) => stories.getStory(db, id),
    listStories: (query) => stories.listStories(db, query),
    storyMembers: (ids) => stories.storyMembers(db, ids),
    storyMemberships: (ids) => stories.storyMemberships(db, ids),
    articleVersions: (id) => articleVersions(db, id),

    // Editorial lifecycle: article states and staff revisions.
    reviseArticle: (id, write) => lifecycle.reviseArticle(db, id, write),
    killArticle: (id, kill) => lifecycle.killArticle(db, id, kill),
    restoreArticle: (id, restore) => lifecycle.restoreArticle(db, id, restore),
    editorialRevisions: (id) => editorialRevisions(db, id),
    listArticleStates: (query) => articles.listArticleStates(db, query),
    storiesNeedingSummary: () => storiesNeedingSummary(db),
  };
}

async function countRows(db: Kysely<Database>): Promise<Counts> {
  const count = async (table: keyof Database) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return countValue(row?.n);
  };
  return { sources: await count('sources'), entries: await count('entries'), articles: await count('articles') };
}
