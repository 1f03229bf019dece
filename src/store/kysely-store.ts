/** The Store: each table group's functions bound to one Kysely instance. */
import type { Kysely } from 'kysely';
import * as articles from './articles-table.ts';
import * as lifecycle from './article-lifecycle.ts';
import { editorialRevisions } from './editorial-revisions-table.ts';
import { saveArticle } from './article-save.ts';
import { articleVersions } from './article-versions.ts';
import { countValue } from './column-values.ts';
import * as entries from './entries-table.ts';
import * as hosts from './fetch-hosts-table.ts';
import { exclusively } from './exclusive-lock.ts';
import * as jobs from './job-records.ts';
import type { Database } from './schema.ts';
import * as sources from './sources-table.ts';
import * as stories from './stories-table.ts';
import * as audit from './audit-log-table.ts';
import * as loginFailures from './login-failures-table.ts';
import { reviewQueueCounts } from './review-queue-counts.ts';
import * as sessions from './sessions-table.ts';
import * as users from './users-table.ts';
import { storiesNeedingSummary } from './story-detach.ts';
import type { StoreDialect } from './store-dialect.ts';
import * as passLease from './pass-lease.ts';
import { ping, translationStatusCounts } from './service-checks.ts';
import { contentState } from './content-generation.ts';
import type { Counts, Store } from './store.ts';
import * as memory from './translation-memory-table.ts';
import * as published from './published-articles.ts';
import * as translations from './translations-table.ts';
import { searchArticles } from './search-articles.ts';
import { refreshSearchIndex } from './search-index.ts';

/**
 * The key under which a store keeps its query builder, for storage tests that
 * need raw SQL (test-query-builder.ts). It is not part of the Store interface: code
 * outside src/store/ goes through the methods.
 */
export const QUERY_BUILDER: unique symbol = Symbol('wiredesk.store.queryBuilder');

export type KyselyStore = Store & { readonly [QUERY_BUILDER]: Kysely<Database> };

export function createKyselyStore(db: Kysely<Database>, dialect: Pick<StoreDialect, 'name' | 'backup' | 'search'>): KyselyStore {
  return {
    dialect: dialect.name,
    [QUERY_BUILDER]: db,
    close: () => db.destroy(),
    backupTo: (file) => dialect.backup(file),
    ping: () => ping(db),
    translationStatusCounts: () => translationStatusCounts(db),
    contentState: (at) => contentState(db, at),
    getEntry: (id) => jobs.getEntry(db, id),
    pendingEntryIds: (sourceId, limit) => jobs.pendingEntryIds(db, sourceId, limit),
    entryNeedsArticle: (id) => jobs.entryNeedsArticle(db, id),
    takeHostTurn: (request) => hosts.takeHostTurn(db, request),
    releaseHostTurn: (host, slot, holder) => hosts.releaseHostTurn(db, host, slot, holder),
    holdHost: (host, untilMs) => hosts.holdHost(db, host, untilMs),
    exclusively: (name, work) => exclusively(db, dialect.name, name, work),

    readPassLease: (name) => passLease.readPassLease(db, name),
    claimPassLease: (lease, replacing) => passLease.claimPassLease(db, lease, replacing),
    renewPassLease: (name, holder, expiresAt) => passLease.renewPassLease(db, name, holder, expiresAt),
    releasePassLease: (name, holder) => passLease.releasePassLease(db, name, holder),

    upsertSource: (def, origin, now) => sources.upsertSource(db, def, origin, now),
    pruneConfigSources: (keep) => sources.pruneConfigSources(db, keep),
    listSources: () => sources.listSources(db),
    getSource: (id) => sources.getSource(db, id),
    removeSource: (id) => sources.removeSource(db, id),
    recordFetchSuccess: (id, result) => sources.recordFetchSuccess(db, id, result),
    recordFetchFailure: (id, result) => sources.recordFetchFailure(db, id, result),
    moveSource: (id, url) => sources.moveSource(db, id, url),
    setSourcePaused: (id, at) => sources.setSourcePaused(db, id, at),
    scheduleSourceFetch: (id, at) => sources.scheduleSourceFetch(db, id, at),

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

    saveTranslation: (record, now) => translations.saveTranslation(db, record, now),
    getTranslation: (id) => translations.getTranslation(db, id),
    translationsOf: (articleId) => translations.translationsOf(db, articleId),
    publishedTranslationsOf: (articleId) => translations.publishedTranslationsOf(db, articleId),
    publishedTranslation: (articleId, lang) => translations.publishedTranslation(db, articleId, lang),
    listTranslations: (query) => translations.listTranslations(db, query),
    approveTranslation: (id, now) => translations.approveTranslation(db, id, now),
    confirmTranslationVersion: (id, version) => translations.confirmTranslationVersion(db, id, version),
    rejectTranslation: (id, now) => translations.rejectTranslation(db, id, now),
    articlesNeedingTranslation: (query) => translations.articlesNeedingTranslation(db, query),
    nextTranslationAttempt: () => translations.nextTranslationAttempt(db),
    editionTranslationSummaries: (query) => translations.editionTranslationSummaries(db, query),

    lookupMemory: (scope, keys, now) => memory.lookupSegments(db, scope, keys, now),
    rememberInMemory: (scope, segments, now, replace) => memory.rememberSegments(db, scope, segments, now, replace),
    rememberHumanSegments: (pair, segments, editedBy, now) => memory.rememberHumanSegments(db, pair, segments, editedBy, now),
    lookupHumanSegments: (pair, keys, now) => memory.lookupHumanSegments(db, pair, keys, now),
    memoryStats: () => memory.memoryStats(db),
    clearMemory: (engine) => memory.clearMemory(db, engine),

    // ---- The editorial desk: accounts, sessions, login throttling, audit log ----
    createUser: (user, now) => users.createUser(db, user, now),
    getUser: (id) => users.getUser(db, id),
    getUserByEmail: (email) => users.getUserByEmail(db, email),
    listUsers: () => users.listUsers(db),
    setUserPassword: (id, hash, now, options) => users.setUserPassword(db, id, hash, now, options),
    disableUser: (id, now) => users.disableUser(db, id, now),
    recordUserLogin: (id, now) => users.recordUserLogin(db, id, now),
    getUserTotpSecret: (id) => users.getUserTotpSecret(db, id),
    setUserTotp: (id, setting, now) => users.setUserTotp(db, id, setting, now),
    claimTotpStep: (id, step) => users.claimTotpStep(db, id, step),
    startSession: (session, now, replaces) => sessions.startSession(db, session, now, replaces),
    getSession: (idHash) => sessions.getSession(db, idHash),
    touchSession: (idHash, now) => sessions.touchSession(db, idHash, now),
    deleteSession: (idHash) => sessions.deleteSession(db, idHash),
    setSessionPending: (idHash, pending) => sessions.setSessionPending(db, idHash, pending),
    deleteExpiredSessions: (cutoffs) => sessions.deleteExpiredSessions(db, cutoffs),
    signedInUsers: (cutoffs) => sessions.signedInUsers(db, cutoffs),
    recordLoginFailure: (keys, now) => loginFailures.recordLoginFailure(db, keys, now),
    countLoginFailures: (keys, since) => loginFailures.countLoginFailures(db, keys, since),
    clearLoginFailures: (key) => loginFailures.clearLoginFailures(db, key),
    pruneLoginFailures: (before) => loginFailures.pruneLoginFailures(db, before),
    recordAudit: (record) => audit.recordAudit(db, record),
    listAudit: (query) => audit.listAudit(db, query),
    latestAuditOf: (objectType, objectIds) => audit.latestAuditOf(db, objectType, objectIds),
    reviewQueueCounts: () => reviewQueueCounts(db),
    // Editorial lifecycle: article states and staff revisions.
    reviseArticle: (id, write) => lifecycle.reviseArticle(db, id, write),
    killArticle: (id, kill) => lifecycle.killArticle(db, id, kill),
    restoreArticle: (id, restore) => lifecycle.restoreArticle(db, id, restore),
    editorialRevisions: (id) => editorialRevisions(db, id),
    listArticleStates: (query) => articles.listArticleStates(db, query),
    storiesNeedingSummary: () => storiesNeedingSummary(db),

    getArticles: (ids) => published.getArticles(db, ids),
    publishedTranslationsInto: (ids, lang) => published.publishedTranslationsInto(db, ids, lang),
    sitemapMonths: (visibleAt) => published.sitemapMonths(db, visibleAt),
    sitemapArticles: (query) => published.sitemapArticles(db, query),

    searchArticles: (query) => searchArticles(db, dialect.search, query),
    refreshSearchIndex: (onProgress) => refreshSearchIndex(db, onProgress),
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
