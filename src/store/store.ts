/**
 * What the rest of wiredesk may ask of storage. The pipeline writes through it,
 * the site and the CLI read through it; nothing outside src/store/ sees SQL.
 * One implementation serves SQLite and PostgreSQL (Kysely), and every method
 * behaves the same on both: the storage tests run one suite against each.
 * Code outside src/store/ imports from this file (types) and open-store.ts
 * (opening a store), nothing else.
 *
 * How a table group (users, sessions, audit, jobs, search…) joins the facade:
 * 1. a new file in migrations/ creates its tables, and schema.ts types their rows;
 * 2. `<group>-table.ts` holds its queries, as functions taking the Kysely
 *    instance first and plain data otherwise;
 * 3. its records (plain data, no Kysely types) and its methods are declared
 *    here, each method with a line on what it does, under a heading naming the file;
 * 4. kysely-store.ts binds those functions to the store's Kysely instance;
 * 5. `<group>-table.test.ts` calls the methods on a store from
 *    test-databases.ts, so the one suite runs on SQLite and on PostgreSQL.
 */
import type { HostTurn, HostTurnRequest } from './fetch-hosts-table.ts';
export type { HostTurn, HostTurnRequest } from './fetch-hosts-table.ts';
import type { Article, Block, Figure } from '../extract/article.ts';
import type { Entry } from '../ingest/entry.ts';
import type { FetchErrorKind } from '../ingest/http-fetch.ts';
import type { Localised, SourceConfig } from '../config/schema.ts';
import type { HumanSegment } from '../translate/human-segments.ts';
import type { LanguagePair, QaIssue } from '../translate/qa.ts';
import type { SegmentOrigins } from '../translate/segment-origins.ts';
import type { SourceSnapshot } from '../translate/source-snapshot.ts';
import type { MemoryScope, MemorySegment } from '../translate/translation-memory.ts';
import type { TranslationsTable } from './schema.ts';
import type { SearchRefreshProgress } from './search-index.ts';
import type { SearchTerm } from '../text/search-query.ts';

import type {
  AuditQuery,
  AuditRecord,
  DisableOutcome,
  LoginFailureCount,
  NewSession,
  NewUser,
  ReviewQueueCount,
  SessionCutoffs,
  SignedInUser,
  StoredAuditEntry,
  StoredSession,
  StoredUser,
} from './desk-records.ts';

export type * from './desk-records.ts';

export type DialectName = 'sqlite' | 'postgres';

/** A source's definition as configured (wiredesk.yaml or `wiredesk sources add`). */
export type SourceDefinition = Pick<
  SourceConfig,
  'id' | 'name' | 'url' | 'format' | 'section' | 'language' | 'mode' | 'fullText'
> & {
  /** The licence's text, shown in notices. */
  licence: string | null;
  notice: Localised | null;
  /** What the licence allows; omitted: everything (`full`, `publish`). */
  licenceRules?: LicenceRules;
};

/** Where a source's definition lives: `config` sources are re-synced from the file at start-up. */
export type SourceOrigin = 'config' | 'cli' | 'desk';

/**
 * What kind of failure a fetch error was: the fetcher's kinds (`status`,
 * `timeout`, `refused`, …), `not-a-feed` for a body that is no feed it reads,
 * `other` for anything else. Public where the error's text is not.
 */
export type SourceErrorKind = FetchErrorKind | 'not-a-feed' | 'other';

export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastErrorKind: SourceErrorKind | null;
  /**
   * The first characters (ERROR_BODY_START_CHARS) of the body the server sent
   * with the last failed fetch; null without one. It quotes the server, so it
   * is shown on the desk and the command line, never in the public API.
   */
  lastErrorBody: string | null;
  consecutiveFailures: number;
  nextFetchAt: string | null;
}

export interface StoredSource extends SourceDefinition, FetchState {
  licenceRules: LicenceRules;
  origin: SourceOrigin;
  createdAt: string;
  /** When an admin paused it (the pass skips it until it is resumed); null while it is fetched. */
  pausedAt: string | null;
}

export interface StoredEntry extends Entry {
  id: number;
  /** sha-256 of the fields that make an article; a changed hash means the item was updated. */
  contentHash: string;
  firstSeenAt: string;
  updatedAt: string;
}

export interface SaveEntriesResult {
  inserted: number;
  /** Already stored, but the feed now carries different content for it. */
  updated: number;
  unchanged: number;
}

/** Where an article sits on the site. */
export interface ArticlePlacement {
  entryId: number;
  sourceId: string;
  section: string;
  /** ASCII slug for the URL, romanised when the headline is not in Latin script. */
  slug: string;
  /**
   * Content hash of the entry the article was built from. Pass it when known: if
   * the feed changed the entry meanwhile, the article is then still seen as stale
   * and rebuilt. Without it, the entry's current hash is recorded.
   */
  entryHash?: string;
  /** The wire's embargo (UTC ISO): the article stays hidden until then. Omitted: none. */
  embargoedUntil?: string | null;
  /**
   * The wire cancelled or withheld the item: a new article is stored killed,
   * a stored one is killed and keeps its text. Omitted: the item is usable,
   * and an article this source's wire killed earlier is restored.
   */
  withdrawal?: { reason: string } | null;
}

export interface StoredArticle extends Article, Omit<ArticlePlacement, 'embargoedUntil' | 'withdrawal'>, ArticleEditorialState {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a list of articles needs (home, section pages): no body. */
export type ArticleSummary = Pick<
  StoredArticle,
  | 'id'
  | 'headline'
  | 'headlineLang'
  | 'standfirst'
  | 'dateline'
  | 'byline'
  | 'published'
  | 'lang'
  | 'image'
  | 'sourceId'
  | 'section'
  | 'slug'
  | 'createdAt'
> & {
  /** In a list of another language's edition: `machine` (its translation is shown) or `unavailable` (the original is). */
  translationState?: 'machine' | 'unavailable';
};

/**
 * Lists leave out articles superseded by a later version of the same report
 * (see `StoryMembership.supersededBy`) and syndicated copies other than their group's canonical.
 */
export interface ArticleQuery {
  lang?: string;
  /** Every language but these: the main edition also carries languages without an edition. */
  excludeLangs?: string[];
  /** Omit for all sections (the `trends` list until story clustering exists). */
  section?: string;
  limit: number;
  offset?: number;
  /**
   * The time embargoes are judged at (UTC ISO): articles embargoed until
   * later are left out. Omitted, every article with an embargo is left out.
   * Killed articles are always left out.
   */
  visibleAt?: string;
}

export interface EntryQuery {
  /** Omit for the entries of every source. */
  sourceId?: string;
  limit: number;
  offset?: number;
}

/** An article's place in its story, as the clusterer assigned it. */
export interface StoryMembership {
  articleId: number;
  storyId: string;
  nearDuplicateOf: number | null;
  /** The copy shown for the article's group of copies; the article's own id when it is that copy. */
  canonicalId: number;
  /**
   * The current version of the report this article is an earlier version of
   * (the same source's later item with the same report), or null when it is
   * current. Omitted when writing: current.
   */
  supersededBy?: number | null;
}

export interface StoryRecord {
  id: string;
  title: string;
  firstSeen: string;
  lastSeen: string;
  articleCount: number;
  sourceCount: number;
  /** Sources with a text of their own: syndicated copies of one text count once. */
  independentSourceCount: number;
  languages: string[];
  trendScore: number;
  /** The story this one turned out to be part of, or null. */
  mergedInto: string | null;
}

/** What the clusterer is given for an article when the window is replayed. */
export interface ClusteringArticle {
  id: number;
  sourceId: string;
  /** Its entry's guid: with the source, what tells apart articles of one sort key whatever their ids. */
  guid: string;
  lang: string;
  headline: string;
  text: string;
  /** Publication time (stored time when undated), UTC ISO: the replay order. */
  sortKey: string;
  /** The story it was stored in, or null for an article not yet clustered. */
  storyId: string | null;
  /** Its headline as translated into other languages (whatever the edition shows), as extra evidence. */
  translatedHeadlines: { lang: string; headline: string }[];
}

/** An article of a story, with what the story pages and scores need. */
export interface StoryMember extends ArticleSummary, StoryMembership {
  sortKey: string;
  isCanonical: boolean;
  supersededBy: number | null;
}

export interface StoryQuery {
  sort: 'trend' | 'recent';
  /** Only stories with an article in this language, or in none of `excludeLangs` (an edition's filter). */
  lang?: string;
  excludeLangs?: string[];
  limit: number;
  offset?: number;
}

export type { SourceSnapshot };

export interface Counts {
  sources: number;
  entries: number;
  articles: number;
}

export type TranslationStatus = TranslationsTable['status'];
export type HeadlinePolicy = TranslationsTable['headline_policy'];

/**
 * A machine translation of an article into one language: `pass` (published),
 * `review` (held until an editor approves it), `pending` (the engine failed;
 * retried from `nextAttemptAt` on) or `unavailable` (no engine serves the pair;
 * the edition shows the original, marked so) or `rejected` (a reviewer took
 * it out of the edition; translated again only when the article changes).
 */
export interface TranslationRecord {
  articleId: number;
  targetLang: string;
  /** The article's `updatedAt` this was made from: a rebuilt article makes it stale. */
  articleVersion: string;
  engine: string | null;
  /** Null until translated; the original's headline under the `keep` policy. */
  headline: string | null;
  /** The headline's language when it is not the target's (kept original), else null. */
  headlineLang: string | null;
  /**
   * The headline in the target language under either policy (null until
   * translated, or when it was in another language than the article's):
   * not shown under `keep`, but read by story clustering.
   */
  translatedHeadline: string | null;
  headlinePolicy: HeadlinePolicy;
  blocks: Block[] | null;
  text: string | null;
  status: TranslationStatus;
  issues: QaIssue[];
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** The source text it was made from; when absent the stored one stays (a failed retry keeps what the last translation recorded). */
  sourceSnapshot?: SourceSnapshot | null;
  /** Where each segment's text came from; when absent the stored value stays. */
  segmentOrigins?: SegmentOrigins | null;
}

/**
 * A translation as stored. `staleSince` is set when the article's headline or
 * body changed after the translation was made (a wire update, a staff edit
 * or correction); the next pass translates it again, and the mark stays, with
 * `staleFrom`, until it passes the gate or a reviewer approves it, so the desk
 * can show what changed.
 */
export interface StoredTranslation extends TranslationRecord {
  id: number;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  sourceSnapshot: SourceSnapshot | null;
  segmentOrigins: SegmentOrigins | null;
  staleSince: string | null;
  staleFrom: StaleFrom | null;
}

/** What a translation had been made from when its source changed (null when not recorded), and when staff had approved it, if they had. */
export interface StaleFrom {
  source: SourceSnapshot | null;
  approvedAt: string | null;
}

export interface TranslationQuery {
  status?: TranslationStatus;
  targetLang?: string;
  limit: number;
  offset?: number;
}

/** Which articles a translation pass looks at for one target language. */
export interface TranslationWorkQuery {
  targetLang: string;
  /** Articles of these sources or of these sections are wanted in `targetLang`. */
  sourceIds: string[];
  sections: string[];
  /** Languages an engine now translates into `targetLang` from: their `unavailable` translations are due again. */
  servedFrom: string[];
  /** ISO timestamp: `pending` translations due by then are due again. */
  now: string;
  limit: number;
  /** Sources whose licence forbids translation: their articles are never due. */
  excludeSourceIds?: string[];
}

export interface TranslationWork {
  article: ArticleSummary & { updatedAt: string };
  /** The stored translation when there is one (stale, pending or unavailable), for its attempt count. */
  previous: { status: TranslationStatus; attempts: number } | null;
}

export interface EditionTranslationQuery {
  targetLang: string;
  section?: string;
  limit: number;
  offset?: number;
  /** ISO timestamp: killed articles, and those embargoed past it, are left out. */
  visibleAt?: string;
  /** Only translations readers may see (no originals marked `unavailable`): feeds carry the edition's language alone. */
  publishedOnly?: boolean;
}

export interface MemoryStats {
  /** Segments the engines translated once and the memory holds. */
  segments: number;
  /** Times a remembered segment was reused instead of sent again. */
  hits: number;
  /** hits / (hits + segments): the share of segment lookups the memory answered; 0 when empty. */
  hitRate: number;
  /** Reviewers' post-edits held as human segments, and the times one was reused. */
  human: { segments: number; hits: number };
}

/** See Store.contentState. */
export interface ContentState {
  /** Moves whenever something the site shows is written, by any process. */
  generation: number;
  /** The earliest embargo end after the time asked about (UTC ISO), null when none is pending. */
  nextEmbargoEnd: string | null;
}

/** Who holds a pass that must run alone, and until when (times UTC ISO). */
export interface PassLease {
  name: string;
  holder: string;
  pid: number;
  host: string;
  acquiredAt: string;
  expiresAt: string;
}

export interface Store {
  readonly dialect: DialectName;
  close(): Promise<void>;

  // Operations (service-checks.ts; backups in the dialects)
  /**
   * SQLite: writes a consistent copy of the database to `file` while other
   * processes keep using it; refuses when `file` exists. PostgreSQL: refuses,
   * pointing at pg_dump.
   */
  backupTo(file: string): Promise<void>;
  /** Resolves when the database answers a trivial query; throws its error otherwise. */
  ping(): Promise<void>;
  /** How many translations are in each status; statuses with none are absent. */
  translationStatusCounts(): Promise<Map<TranslationStatus, number>>;
  /** The content generation and the next embargo end after `at` (content-generation.ts): the web's render cache checks them. */
  contentState(at: string): Promise<ContentState>;

  // Jobs (job-records.ts) and politeness shared by workers (fetch-hosts-table.ts, PostgreSQL only)
  getEntry(id: number): Promise<StoredEntry | null>;
  /** Ids of the source's entries with no article, or one built from an older version of the entry. */
  pendingEntryIds(sourceId: string, limit: number): Promise<number[]>;
  entryNeedsArticle(id: number): Promise<boolean>;
  takeHostTurn(request: HostTurnRequest): Promise<HostTurn>;
  releaseHostTurn(host: string, slot: number, holder: string): Promise<void>;
  holdHost(host: string, untilMs: number): Promise<void>;
  /** Runs `work` while no other process on this database runs work under the same name (exclusive-lock.ts). */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;

  // Pass lease (pass-lease.ts): one ingest pass at a time per desk
  readPassLease(name: string): Promise<PassLease | null>;
  /** Takes the lease where there is none (`replacing` null) or where its holder is still `replacing`; false when another process won. */
  claimPassLease(lease: PassLease, replacing: string | null): Promise<boolean>;
  /** Moves the lease's expiry on; false when it is no longer `holder`'s. */
  renewPassLease(name: string, holder: string, expiresAt: string): Promise<boolean>;
  releasePassLease(name: string, holder: string): Promise<void>;

  // Sources (sources-table.ts)
  /** Insert or update definitions, keeping fetch state; `now` is an ISO timestamp. */
  upsertSource(def: SourceDefinition, origin: SourceOrigin, now: string): Promise<void>;
  /** Remove `config` sources whose ids are not in `keep` (they were deleted from the file). */
  pruneConfigSources(keep: string[]): Promise<string[]>;
  listSources(): Promise<StoredSource[]>;
  getSource(id: string): Promise<StoredSource | null>;
  /** Deletes the source and, with it, its entries and articles. */
  removeSource(id: string): Promise<boolean>;
  recordFetchSuccess(
    id: string,
    result: { at: string; status: number; etag: string | null; lastModified: string | null; nextFetchAt: string | null },
  ): Promise<void>;
  /** The feed has moved for good (301, 308): fetch it at `url`, until its definition names another URL. */
  moveSource(id: string, url: string): Promise<void>;
  recordFetchFailure(
    id: string,
    result: { at: string; status: number | null; error: string; errorKind: SourceErrorKind; bodyStart?: string | null; nextFetchAt: string | null },
  ): Promise<void>;
  /** Pauses the source as of `at` (an ISO timestamp), or resumes it with null; false when there is no such source. */
  setSourcePaused(id: string, at: string | null): Promise<boolean>;
  /** Makes the source due at `at`, so the next pass fetches it; false when there is no such source. */
  scheduleSourceFetch(id: string, at: string): Promise<boolean>;

  // Entries (entries-table.ts)
  /**
   * Idempotent: one row per (sourceId, guid). Re-reading a feed inserts nothing new;
   * an item whose content changed is updated in place. All entries of one call are
   * written in one transaction, so a kill mid-call leaves all or none.
   */
  saveEntries(entries: Entry[], now: string): Promise<SaveEntriesResult>;
  /** Entries with no article yet, or changed since their article was made; oldest first. */
  entriesNeedingArticles(limit: number): Promise<StoredEntry[]>;
  /** Newest first by published time (first seen when it has none), then by id. */
  listEntries(query: EntryQuery): Promise<StoredEntry[]>;
  /** Entries first seen at `since` (ISO) or later, per source id; sources with none are absent. */
  countEntriesSince(since: string): Promise<Map<string, number>>;

  // Articles (articles-table.ts, article-versions.ts)
  /** Insert or replace the article of an entry (one article per entry). Returns its id. */
  saveArticle(article: Article, placement: ArticlePlacement, now: string): Promise<number>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Newest first by published time (then by id). */
  latestArticles(query: ArticleQuery): Promise<ArticleSummary[]>;
  counts(): Promise<Counts>;

  /**
   * The newest article's sort key, and the oldest of the articles in no story
   * yet; both among the articles readers may see at `visibleAt` (killed and
   * embargoed articles belong to no story).
   */
  clusteringBounds(visibleAt: string): Promise<{ newest: string | null; oldestUnassigned: string | null }>;
  /** Articles readers may see at `visibleAt` with sort key `since` or later, in (sort key, id) order, a page after `after`. */
  articlesForClustering(since: string, after: { sortKey: string; id: number } | null, limit: number, visibleAt: string): Promise<ClusteringArticle[]>;
  /** Insert or replace each article's membership, all in one transaction. */
  saveStoryMemberships(memberships: StoryMembership[]): Promise<void>;
  /** Insert or replace stories, all in one transaction; `now` is an ISO timestamp. */
  saveStories(stories: StoryRecord[], now: string): Promise<void>;
  /** Stories that lost every article to a replay and were not merged: deleted. Returns their ids. */
  deleteEmptyStories(): Promise<string[]>;
  /** Stories whose last article is older than `before` no longer trend: their score becomes 0. */
  clearTrendsBefore(before: string): Promise<void>;
  getStory(id: string): Promise<StoryRecord | null>;
  /** Live (not merged) stories, by trend score or by latest article, then by id. */
  listStories(query: StoryQuery): Promise<StoryRecord[]>;
  /** Every article of these stories, oldest first (sort key, then id); killed articles are never members. */
  storyMembers(storyIds: string[]): Promise<StoryMember[]>;
  /** The memberships of these articles; articles in no story are absent. */
  storyMemberships(articleIds: number[]): Promise<Map<number, StoryMembership>>;
  /**
   * Every version of the report the article is a version of, itself
   * included, oldest first: the last is the current one. Just the article
   * when it has no other version; empty when there is no such article.
   */
  articleVersions(articleId: number): Promise<ArticleSummary[]>;

  // Translations (translations-table.ts)
  /** Insert or replace the translation of (article, language); a new version needs a new approval. Returns its id. */
  saveTranslation(record: TranslationRecord, now: string): Promise<number>;
  getTranslation(id: number): Promise<StoredTranslation | null>;
  /** Every translation of an article (any status), by target language. */
  translationsOf(articleId: number): Promise<StoredTranslation[]>;
  /** The translations of an article that readers may see (passed, or held for review and approved since), by target language. */
  publishedTranslationsOf(articleId: number): Promise<StoredTranslation[]>;
  /** The translation of an article into `lang` that readers may see, with its body; null when there is none. */
  publishedTranslation(articleId: number, lang: string): Promise<StoredTranslation | null>;
  /** Newest change first. */
  listTranslations(query: TranslationQuery): Promise<StoredTranslation[]>;
  /** Approves a translation held for review; false when there is none with that id in review and not yet approved. */
  approveTranslation(id: number, now: string): Promise<boolean>;
  /** Records that a translation still fits its article at `articleVersion` (rebuilt, but its headline and body read the same): an approval stays. */
  confirmTranslationVersion(id: number, articleVersion: string): Promise<void>;
  /** Takes a translation held for review out of its edition (`rejected`) until the article changes; false when there is none in review and unapproved. */
  rejectTranslation(id: number, now: string): Promise<boolean>;
  /**
   * Articles of the query's sources or sections, not in its language, whose
   * translation into it is missing, stale, pending and due, or unavailable
   * while an engine now serves their language. Oldest first, so a backlog drains in order.
   */
  articlesNeedingTranslation(query: TranslationWorkQuery): Promise<TranslationWork[]>;
  /** When the earliest pending translation of an article not killed is due to be tried again; null when none waits. */
  nextTranslationAttempt(): Promise<string | null>;
  /**
   * The articles an edition lists from other languages, newest first: those
   * whose translation readers may see, with its headline in place of the
   * original's (`translationState: 'machine'`), and the others (pending, held
   * for review, no engine) as the original, marked `unavailable`.
   */
  editionTranslationSummaries(query: EditionTranslationQuery): Promise<ArticleSummary[]>;

  // Translation memory (translation-memory-table.ts)
  /** Remembered outputs by key, for the keys of this engine and pair the memory holds; each one found counts as a hit. */
  lookupMemory(scope: MemoryScope, keys: readonly string[], now: string): Promise<Map<string, string>>;
  /** Remember engine outputs; a segment remembered already keeps its first output, unless `replace`. */
  rememberInMemory(scope: MemoryScope, segments: readonly MemorySegment[], now: string, replace?: boolean): Promise<void>;
  memoryStats(): Promise<MemoryStats>;
  /** A reviewer's post-edits as human segments of the pair, by whom; a source remembered before takes the newer text. */
  rememberHumanSegments(pair: LanguagePair, segments: readonly HumanSegment[], editedBy: string, now: string): Promise<void>;
  /** Human outputs by key, for the keys of this pair the memory holds; each one found counts as a hit. */
  lookupHumanSegments(pair: LanguagePair, keys: readonly string[], now: string): Promise<Map<string, string>>;
  /** Forgets the outputs of one engine (its packages were upgraded), or of all. Returns the segments removed. */
  clearMemory(engine?: string): Promise<number>;

  // ---- The editorial desk (src/desk/): accounts, sessions, login throttling, audit log ----

  /** Returns the new user's id, or null when an account with that email exists already. */
  createUser(user: NewUser, now: string): Promise<number | null>;
  getUser(id: number): Promise<StoredUser | null>;
  /** `email` as normalised by the desk (trimmed, lowercase). */
  getUserByEmail(email: string): Promise<StoredUser | null>;
  /** Every account, disabled ones too, in email order. */
  listUsers(): Promise<StoredUser[]>;
  /** False when there is no such user; `endSessions` ends all the user's sessions in the same transaction. */
  setUserPassword(id: number, passwordHash: string, now: string, options?: { endSessions?: boolean }): Promise<boolean>;
  /**
   * Disables the account and ends its sessions, in one transaction; `unchanged`
   * when absent or disabled already, `last-admin` (nothing done) when it is the
   * only active admin.
   */
  disableUser(id: number, now: string): Promise<DisableOutcome>;
  recordUserLogin(id: number, now: string): Promise<void>;
  /** The TOTP secret while two-factor sign-in is on; null otherwise. */
  getUserTotpSecret(id: number): Promise<string | null>;
  /** On with a secret (the confirming code's step counts as used), or off with null, which also ends the user's sessions. */
  setUserTotp(id: number, setting: { secret: string; acceptedStep: number } | null, now: string): Promise<boolean>;
  /** True, and recorded, when `step` is later than every TOTP step accepted for the user before. */
  claimTotpStep(id: number, step: number): Promise<boolean>;

  /** Stores a session; the session `replaces` names (by id hash) is deleted in the same transaction. */
  startSession(session: NewSession, now: string, replaces: string | null): Promise<void>;
  /** The session and its user, whatever its age: expiry is the desk's to judge. */
  getSession(idHash: string): Promise<StoredSession | null>;
  touchSession(idHash: string, now: string): Promise<void>;
  /** The session waits for `pending.userId`'s TOTP code (two-factor sign-in), or no longer, with null. */
  setSessionPending(idHash: string, pending: { userId: number; at: string } | null): Promise<void>;
  deleteSession(idHash: string): Promise<boolean>;
  deleteExpiredSessions(cutoffs: SessionCutoffs): Promise<number>;
  /** Enabled users with a live session, most recently seen first, each once. */
  signedInUsers(cutoffs: SessionCutoffs): Promise<SignedInUser[]>;

  recordLoginFailure(keys: string[], now: string): Promise<void>;
  /** Failures since `since` per key (every key asked for is present). */
  countLoginFailures(keys: string[], since: string): Promise<Map<string, LoginFailureCount>>;
  clearLoginFailures(key: string): Promise<void>;
  pruneLoginFailures(before: string): Promise<number>;

  /** Appends an entry to the audit log (append-only: nothing updates or deletes it). Returns its id. */
  recordAudit(record: AuditRecord): Promise<number>;
  /** Newest first. */
  listAudit(query: AuditQuery): Promise<StoredAuditEntry[]>;
  /** The newest entry about each of these objects (of one type, e.g. `translation`), by object id; objects never acted on are absent. */
  latestAuditOf(objectType: string, objectIds: readonly string[]): Promise<Map<string, StoredAuditEntry>>;

  /** Translations held for review and not approved, per target language. */
  reviewQueueCounts(): Promise<ReviewQueueCount[]>;

  // ---- Editorial lifecycle: article states and staff revisions (article-lifecycle.ts, editorial-revisions-table.ts) ----

  /**
   * Writes a staff edit or correction, as one new revision, when the article
   * is still at `expectedRevision`; otherwise writes nothing and says
   * `conflict` with the revision it is at now.
   */
  reviseArticle(id: number, write: RevisionWrite): Promise<RevisionOutcome>;
  /**
   * Takes an article off the site (and out of its story, whose summary is
   * then marked for a refresh: `refreshStoryRecords` in src/desk/). Says
   * `unchanged` when it is killed already.
   */
  killArticle(id: number, kill: StateChangeWrite & { reason: string }): Promise<RevisionOutcome>;
  /** Brings a killed article back; it joins a story on the next clustering pass. Says `unchanged` when it is not killed. */
  restoreArticle(id: number, restore: StateChangeWrite): Promise<RevisionOutcome>;
  /** An article's revisions, oldest first. */
  editorialRevisions(articleId: number): Promise<EditorialRevision[]>;
  /** Articles in any state, newest first, with their state at `at`. */
  listArticleStates(query: ArticleStateQuery): Promise<ArticleStateSummary[]>;
  /** Stories an article left since their summary was stored. */
  storiesNeedingSummary(): Promise<string[]>;

  // ---- The public site's feeds and sitemaps (published-articles.ts) ----

  /** These articles whole, in any state (callers pass ids from visible lists), in no particular order; unknown ids are skipped. */
  getArticles(ids: readonly number[]): Promise<StoredArticle[]>;
  /** The translations into `lang` readers may see, with their bodies, by article id; articles without one are absent. */
  publishedTranslationsInto(articleIds: readonly number[], lang: string): Promise<Map<number, StoredTranslation>>;
  /** The months holding listed articles visible at `visibleAt`, oldest first, with counts and their newest change. */
  sitemapMonths(visibleAt: string): Promise<SitemapMonth[]>;
  /** Listed articles visible at `visibleAt` published in [from, until), newest first, with their published translations. */
  sitemapArticles(query: SitemapArticleQuery): Promise<SitemapArticle[]>;

  // ---- Search (search-articles.ts, search-index.ts; the engines in search-sqlite.ts, search-postgres.ts) ----

  /** The visible articles and published translations matching every term, best first; the index is brought up to date first. */
  searchArticles(query: ArticleSearchQuery): Promise<ArticleSearchHit[]>;
  /** Rebuilds the search documents of every article written since they were made; returns how many articles. */
  refreshSearchIndex(onProgress?: (progress: SearchRefreshProgress) => void): Promise<number>;
}

// ---- Search types ----

export type { SearchTerm } from '../text/search-query.ts';
export type { SearchRefreshProgress } from './search-index.ts';

export interface ArticleSearchQuery {
  /** From parseSearchQuery (src/text/search-query.ts); none matches nothing. */
  terms: readonly SearchTerm[];
  /** Originals in this language, or in none of `excludeLangs` (an edition's filter, as for lists). */
  lang?: string;
  excludeLangs?: string[];
  /** Published translations into this language are searched too. */
  translationsInto?: string;
  /** The time embargoes are judged at (UTC ISO). Killed articles never appear. */
  visibleAt: string;
  limit: number;
  offset?: number;
}

export interface ArticleSearchHit {
  articleId: number;
  /** The language of the text that matched: the article's, or a translation's. */
  lang: string;
  articleLang: string;
  translated: boolean;
  /** As shown in that language, with the language of the headline when it differs (a kept original). */
  headline: string;
  headlineLang: string | null;
  standfirst: string | null;
  text: string;
  section: string;
  slug: string;
  /** UTC ISO: publication time, else when stored. */
  published: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

// ---- Feeds and sitemaps types ----

export interface SitemapMonth {
  /** `YYYY-MM`, UTC, of the articles' sort key (publication time, else when stored). */
  month: string;
  articles: number;
  /** UTC ISO: the newest change of these articles or their published translations, or the end of an embargo. */
  lastModified: string;
}

export interface SitemapArticleQuery {
  /** UTC ISO, inclusive: sort keys from here… */
  from: string;
  /** …up to here, exclusive. */
  until: string;
  /** The time embargoes are judged at (UTC ISO). Killed articles never appear. */
  visibleAt: string;
  limit: number;
  offset?: number;
}

/** An article's address data and the languages readers can read it in. */
export interface SitemapArticle {
  id: number;
  lang: string;
  section: string;
  slug: string;
  headline: string;
  /** UTC ISO sort key: publication time, else when stored. */
  published: string;
  /** UTC ISO: its last change, or the end of its embargo when later. */
  modified: string;
  /** Published translations, by language: the headline shown over each (null: the original's). */
  translations: { lang: string; headline: string | null; modified: string }[];
}

// ---- Editorial lifecycle types ----

/** What a source's licence allows (wiredesk.yaml `licence: { edits, translation }`). */
export interface LicenceRules {
  /** `full`: any change; `headline`: only the headline; `none`: no change to the copy. */
  edits: 'full' | 'headline' | 'none';
  /** Machine translations are published, held for staff review even when the gate passes them, or not made. */
  translation: 'publish' | 'review' | 'forbid';
}

export const DEFAULT_LICENCE_RULES: LicenceRules = Object.freeze({ edits: 'full', translation: 'publish' });

/** The fields staff may change; `body` is the article's blocks (and the text made from them). */
export type EditableField = 'headline' | 'standfirst' | 'dateline' | 'body' | 'section';

export const EDITABLE_FIELDS: readonly EditableField[] = ['headline', 'standfirst', 'dateline', 'body', 'section'];

/** `embargoed` is a published article whose embargo has not ended yet: the clock, not a write, ends it. */
export type ArticleStatus = 'published' | 'killed' | 'embargoed';

export interface KillRecord {
  at: string;
  /** `wire:<source id>` when the wire cancelled or withheld the item. */
  by: string;
  reason: string;
}

export interface Correction {
  at: string;
  note: string;
  actor: string;
  /** The revision the correction made. */
  revision: number;
}

/** An article's editorial state, stored with it. */
export interface ArticleEditorialState {
  /** 0 as first built; +1 for every change after (staff, wire). */
  revision: number;
  killed: KillRecord | null;
  /** Hidden before this UTC ISO time; null when not embargoed. */
  embargoedUntil: string | null;
  /** Fields staff have changed: a wire update leaves them as staff left them. */
  staffEdited: EditableField[];
  corrections: Correction[];
}

export type RevisionAction = 'edit' | 'correct' | 'kill' | 'restore' | 'wire-update';

/** One field's value before and after a change; `status` for kills and restores. */
export interface FieldChange {
  field: EditableField | 'status';
  before: unknown;
  after: unknown;
}

export interface EditorialRevision {
  articleId: number;
  revision: number;
  action: RevisionAction;
  /** A desk user's id or email, `cli:<name>`, or `wire:<source id>`. */
  actor: string;
  at: string;
  reason: string | null;
  changes: FieldChange[];
  /** On a wire update: what the wire sent for fields staff had changed, left unapplied. */
  held: FieldChange[];
}

/** The column values a staff edit sets, by field. */
export interface EditedValues {
  headline?: { headline: string; headlineLang: string | null; slug: string };
  standfirst?: string | null;
  dateline?: string | null;
  body?: { blocks: Block[]; text: string; image: Figure | null };
  section?: string;
}

export interface RevisionWrite {
  expectedRevision: number;
  action: 'edit' | 'correct';
  actor: string;
  at: string;
  reason: string | null;
  values: EditedValues;
  /** What changed, field by field: the fields become staff-edited (their `before` kept as the wire's value when they were not yet). */
  changes: FieldChange[];
  /** Added to the article's correction notes (`revision` is filled in). */
  correction?: Omit<Correction, 'revision'>;
}

export interface StateChangeWrite {
  actor: string;
  at: string;
  reason?: string | null;
  /** When given, the change is refused (`conflict`) unless the article is at this revision. */
  expectedRevision?: number;
}

export type RevisionOutcome =
  | { outcome: 'done'; revision: number; changes: FieldChange[]; storyId: string | null }
  | { outcome: 'conflict'; current: number; lastChange: EditorialRevision | null }
  | { outcome: 'unchanged'; current: number }
  | { outcome: 'not-found' };

export interface ArticleStateQuery {
  status?: ArticleStatus;
  /** The time embargoes are judged at (UTC ISO). */
  at: string;
  /** Articles whose headline contains this text, ignoring case (ASCII case on SQLite). */
  headline?: string;
  lang?: string;
  sourceId?: string;
  limit: number;
  offset?: number;
}

export interface ArticleStateSummary extends ArticleSummary {
  status: ArticleStatus;
  revision: number;
  killed: KillRecord | null;
  embargoedUntil: string | null;
}
