/**
 * Translations: one per article and target language. A translation is
 * `pass` (published), `review` (held until an editor approves it), `pending`
 * (the engine failed; retried from `next_attempt_at` on) or `unavailable` (no
 * engine serves the pair; the edition shows the original, marked so). The
 * article's `updated_at` it was made from is kept: a rebuilt article makes
 * its translations due again, and the next pass translates it again. When
 * the article's headline or body changed, the translation is also marked
 * stale (stale-translations.ts) until it passes the gate or is approved.
 */
import { sql, type Kysely, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Block } from '../extract/article.ts';
import type { QaIssue } from '../translate/qa.ts';
import { fromJsonText, rowCount, toJsonText, utcTimestamp } from './column-values.ts';
import type { Database, TranslationsTable } from './schema.ts';
import type { SegmentOrigins } from '../translate/segment-origins.ts';
import type {
  ArticleSummary,
  EditionTranslationQuery,
  SourceSnapshot,
  StaleFrom,
  StoredTranslation,
  TranslationQuery,
  TranslationRecord,
  TranslationWork,
  TranslationWorkQuery,
} from './store.ts';
import { SUMMARY_COLUMNS, unlistedArticleIds, toSummary } from './articles-table.ts';
import { isVisible } from './article-visibility.ts';

type Db = Kysely<Database>;

/** What readers may see: passed, or held for review and approved since. */
function isPublished(t: Pick<StoredTranslation, 'status' | 'approvedAt'>): boolean {
  return t.status === 'pass' || (t.status === 'review' && t.approvedAt !== null);
}

/** `isPublished` in SQL, over the translations table under `alias`, with a body to show. */
export function publishedTranslationRow(alias: 't' | 'translations'): RawBuilder<SqlBool> {
  const status = sql.ref(`${alias}.status`);
  return sql<SqlBool>`((${status} = 'pass' or (${status} = 'review' and ${sql.ref(`${alias}.approved_at`)} is not null)) and ${sql.ref(`${alias}.blocks`)} is not null)`;
}

/**
 * Insert or replace the translation of (article, language); a new version
 * needs a new approval. A stale mark stays until a version passes the gate:
 * one held for review keeps it, so the reviewer sees what changed.
 */
export async function saveTranslation(db: Db, record: TranslationRecord, now: string): Promise<number> {
  const at = utcTimestamp(now, 'time of saving translation');
  const columns = {
    article_version: record.articleVersion,
    engine: record.engine,
    headline: record.headline,
    headline_lang: record.headlineLang,
    translated_headline: record.translatedHeadline,
    headline_policy: record.headlinePolicy,
    blocks: record.blocks === null ? null : toJsonText(record.blocks),
    text: record.text,
    status: record.status,
    issues: toJsonText(record.issues),
    approved_at: null,
    attempts: record.attempts,
    next_attempt_at: record.nextAttemptAt === null ? null : utcTimestamp(record.nextAttemptAt, 'next translation attempt'),
    last_error: record.lastError,
    updated_at: at,
    ...(record.sourceSnapshot === undefined ? {} : { source_segments: jsonOrNull(record.sourceSnapshot) }),
    ...(record.segmentOrigins === undefined ? {} : { segment_origins: jsonOrNull(record.segmentOrigins) }),
    ...(record.status === 'pass' ? { stale_since: null, stale_from: null } : {}),
  };
  const saved = await db
    .insertInto('translations')
    .values({ ...columns, article_id: record.articleId, target_lang: record.targetLang, created_at: at })
    .onConflict((conflict) => conflict.columns(['article_id', 'target_lang']).doUpdateSet(columns))
    .returning('id')
    .executeTakeFirstOrThrow();
  return saved.id;
}

export async function getTranslation(db: Db, id: number): Promise<StoredTranslation | null> {
  const row = await db.selectFrom('translations').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStored(row);
}

/** Every translation of an article (any status), by target language. */
export async function translationsOf(db: Db, articleId: number): Promise<StoredTranslation[]> {
  const rows = await db.selectFrom('translations').selectAll().where('article_id', '=', articleId).orderBy('target_lang').execute();
  return rows.map(toStored);
}

/** The translations readers may see, by target language. */
export async function publishedTranslationsOf(db: Db, articleId: number): Promise<StoredTranslation[]> {
  return (await translationsOf(db, articleId)).filter(isPublished);
}

/** Newest change first. */
export async function listTranslations(db: Db, query: TranslationQuery): Promise<StoredTranslation[]> {
  let select = db.selectFrom('translations').selectAll();
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.targetLang !== undefined) select = select.where('target_lang', '=', query.targetLang);
  const rows = await select
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map(toStored);
}

/** Approves a translation held for review; false when there is none with that id in review and not yet approved. */
export async function approveTranslation(db: Db, id: number, now: string): Promise<boolean> {
  const at = utcTimestamp(now, 'time of approval');
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('translations')
      .set({ approved_at: at, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'review')
      .where('approved_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    // Approved as made from the article's current version, it is current: the reviewer has seen what
    // changed. One made from an earlier version stays stale, and the pass brings it back for review.
    await trx
      .updateTable('translations')
      .set({ stale_since: null, stale_from: null })
      .where('id', '=', id)
      .where((eb) => eb('article_version', '=', eb.selectFrom('articles').select('articles.updated_at').whereRef('articles.id', '=', 'translations.article_id')))
      .execute();
    return true;
  });
}

/**
 * Records that a translation still fits its article at `articleVersion`:
 * the article was rebuilt, but its headline and body read as they did.
 * Nothing else changes; an approval stays.
 */
export async function confirmTranslationVersion(db: Db, id: number, articleVersion: string): Promise<void> {
  await db.updateTable('translations').set({ article_version: articleVersion }).where('id', '=', id).execute();
}

/**
 * Rejects a translation held for review: the edition stops listing it (the
 * original stays in its own edition) and it is not translated again until the
 * article changes. False when there is none with that id in review and not yet approved.
 */
export async function rejectTranslation(db: Db, id: number, now: string): Promise<boolean> {
  const at = utcTimestamp(now, 'time of rejection');
  const result = await db
    .updateTable('translations')
    .set({ status: 'rejected', updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'review')
    .where('approved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Articles of these sources or sections (but none of `excludeSourceIds`), not
 * killed, not in `targetLang`, whose translation
 * into it is missing, stale, pending and due at `now`, or unavailable while an
 * engine now serves their language (`servedFrom`). Oldest first, so a backlog
 * drains in order.
 */
export async function articlesNeedingTranslation(db: Db, query: TranslationWorkQuery): Promise<TranslationWork[]> {
  if (query.sourceIds.length === 0 && query.sections.length === 0) return [];
  const now = utcTimestamp(query.now, 'time of translation pass');
  const rows = await db
    .selectFrom('articles as a')
    .leftJoin('translations as t', (join) => join.onRef('t.article_id', '=', 'a.id').on('t.target_lang', '=', query.targetLang))
    .select(SUMMARY_COLUMNS.map((c) => `a.${c}` as const))
    .select(['a.updated_at', 't.status', 't.attempts'])
    .where('a.lang', '!=', query.targetLang)
    // A killed article is not translated; an embargoed one is, so its translation is ready when it is.
    .where('a.killed_at', 'is', null)
    // Sources whose licence forbids machine translation.
    .$if(Boolean(query.excludeSourceIds?.length), (select) => select.where('a.source_id', 'not in', query.excludeSourceIds!))
    .where((eb) => {
      const wanted = [];
      if (query.sourceIds.length) wanted.push(eb('a.source_id', 'in', query.sourceIds));
      if (query.sections.length) wanted.push(eb('a.section', 'in', query.sections));
      return eb.or(wanted);
    })
    .where((eb) =>
      eb.or([
        eb('t.id', 'is', null),
        eb('t.article_version', '!=', eb.ref('a.updated_at')),
        ...(query.servedFrom.length ? [eb.and([eb('t.status', '=', 'unavailable'), eb('a.lang', 'in', query.servedFrom)])] : []),
        eb.and([eb('t.status', '=', 'pending'), eb('t.next_attempt_at', '<=', now)]),
      ]),
    )
    .orderBy('a.sort_key', 'asc')
    .orderBy('a.id', 'asc')
    .limit(rowCount(query.limit, 'limit'))
    .execute();
  return rows.map((row) => ({
    article: { ...toSummary(row), updatedAt: row.updated_at },
    previous: row.status === null || row.attempts === null ? null : { status: row.status, attempts: row.attempts },
  }));
}

export async function nextTranslationAttempt(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('translations as t')
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .select((eb) => eb.fn.min('t.next_attempt_at').as('next'))
    .where('t.status', '=', 'pending')
    .where('a.killed_at', 'is', null)
    .executeTakeFirst();
  return row?.next ?? null;
}

/**
 * The articles a target edition lists from other languages: those whose
 * translation readers may see, with the translated headline in place of the
 * original's (`translationState: 'machine'`), and the others (pending, held
 * for review, no engine) as the original, marked `unavailable`. Killed
 * articles, and those embargoed past `visibleAt`, are left out (article-visibility.ts).
 */
export async function editionTranslationSummaries(db: Db, query: EditionTranslationQuery): Promise<ArticleSummary[]> {
  let select = db
    .selectFrom('articles as a')
    .innerJoin('translations as t', 't.article_id', 'a.id')
    .select(SUMMARY_COLUMNS.map((c) => `a.${c}` as const))
    .select(['t.headline as t_headline', 't.headline_lang as t_headline_lang', 't.status as t_status', 't.approved_at as t_approved_at'])
    .where('t.target_lang', '=', query.targetLang)
    .where('t.status', '!=', 'rejected')
    .where('a.id', 'not in', unlistedArticleIds(db))
    .where(isVisible('a', query.visibleAt === undefined ? undefined : utcTimestamp(query.visibleAt, 'visibility time')));
  if (query.section !== undefined) select = select.where('a.section', '=', query.section);
  if (query.publishedOnly) select = select.where(publishedTranslationRow('t'));
  const rows = await select
    .orderBy('a.sort_key', 'desc')
    .orderBy('a.id', 'desc')
    .limit(rowCount(query.limit, 'limit'))
    .offset(rowCount(query.offset ?? 0, 'offset'))
    .execute();
  return rows.map((row) => {
    const original = toSummary(row);
    if (!isPublished({ status: row.t_status, approvedAt: row.t_approved_at })) return { ...original, translationState: 'unavailable' };
    return {
      ...original,
      headline: row.t_headline ?? row.headline,
      headlineLang: row.t_headline_lang,
      lang: query.targetLang,
      // The standfirst is not translated: better none than one in another language.
      standfirst: null,
      translationState: 'machine',
    };
  });
}

/** The translation of an article into `lang` that readers may see, or null. */
export async function publishedTranslation(db: Db, articleId: number, lang: string): Promise<StoredTranslation | null> {
  const row = await db.selectFrom('translations').selectAll().where('article_id', '=', articleId).where('target_lang', '=', lang).executeTakeFirst();
  const translation = row === undefined ? null : toStored(row);
  return translation && isPublished(translation) && translation.blocks !== null ? translation : null;
}

export function toStored(row: Selectable<TranslationsTable>): StoredTranslation {
  return {
    id: row.id,
    articleId: row.article_id,
    targetLang: row.target_lang,
    articleVersion: row.article_version,
    engine: row.engine,
    headline: row.headline,
    headlineLang: row.headline_lang,
    translatedHeadline: row.translated_headline,
    headlinePolicy: row.headline_policy,
    blocks: row.blocks === null ? null : fromJsonText<Block[]>(row.blocks, `blocks of translation ${row.id}`),
    text: row.text,
    status: row.status,
    issues: fromJsonText<QaIssue[]>(row.issues, `issues of translation ${row.id}`),
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    approvedAt: row.approved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sourceSnapshot: row.source_segments === null ? null : fromJsonText<SourceSnapshot>(row.source_segments, `source of translation ${row.id}`),
    segmentOrigins: row.segment_origins === null ? null : fromJsonText<SegmentOrigins>(row.segment_origins, `segment origins of translation ${row.id}`),
    staleSince: row.stale_since,
    staleFrom: row.stale_from === null ? null : fromJsonText<StaleFrom>(row.stale_from, `stale source of translation ${row.id}`),
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null ? null : toJsonText(value);
}
