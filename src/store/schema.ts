/**
 * Kysely's view of the tables, column for column (snake_case as in SQL).
 * Timestamps are ISO 8601 text on both engines, JSON values are text, and
 * integer ids are int4 / SQLite integers, so every engine hands back the same
 * JS values. Migrations in ./migrations/ create exactly these shapes.
 */
import type { ColumnType, Generated } from 'kysely';
import type { SourceConfig } from '../config/schema.ts';
import type { LicenceRules, RevisionAction, SourceOrigin } from './store.ts';

export interface SourcesTable {
  id: string;
  name: string;
  /** Where the feed is fetched: the defined URL, or where it has moved for good (301, 308). */
  url: string;
  /** The URL as wiredesk.yaml or `sources add` gave it; null only for rows older than the column. */
  defined_url: string | null;
  format: SourceConfig['format'];
  section: string;
  language: SourceConfig['language'];
  mode: SourceConfig['mode'];
  full_text: SourceConfig['fullText'];
  licence: string | null;
  /** JSON text of a `Localised` value. */
  notice: string | null;
  origin: SourceOrigin;
  created_at: string;
  updated_at: string;
  etag: string | null;
  /** The server's Last-Modified header as sent (an HTTP-date), echoed back verbatim. */
  last_modified: string | null;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_status: number | null;
  last_error: string | null;
  /** What kind of error last_error is (SourceErrorKind); null without an error, or for one recorded before the column. */
  last_error_kind: string | null;
  /** The first characters of the body the server sent with the last failed fetch (0018); desk and CLI only. */
  last_error_body: string | null;
  consecutive_failures: number;
  next_fetch_at: string | null;
  /** What the licence lets staff change (0010): `full`, `headline` or `none`. */
  licence_edits: Generated<LicenceRules['edits']>;
  /** What happens to machine translations (0010): `publish`, `review` or `forbid`. */
  licence_translation: Generated<LicenceRules['translation']>;
  /** When an admin paused the source (0018); null while it is fetched. */
  paused_at: string | null;
}

export interface EntriesTable {
  id: Generated<number>;
  source_id: string;
  guid: string;
  url: string | null;
  title: string;
  summary: string | null;
  content_html: string | null;
  published: string | null;
  updated: string | null;
  /** JSON text of a string array. */
  authors: string;
  /** JSON text of a string array. */
  categories: string;
  language: string | null;
  dateline: string | null;
  byline: string | null;
  /** JSON text of a string array. */
  subjects: string;
  geo_lat: number | null;
  geo_lon: number | null;
  /** The url normalised (link-normalize.ts): finds an entry whose guid changed. */
  link_key: string | null;
  /** The wire's status when not usable (0010): `withheld` or `canceled`; null for usable. */
  pub_status: 'withheld' | 'canceled' | null;
  /** The wire's embargo (0010): not to be published before this UTC ISO time. */
  embargoed: string | null;
  raw: string;
  content_hash: string;
  first_seen_at: string;
  updated_at: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  entry_id: number;
  source_id: string;
  /** The entry's content hash this article was built from; differs once the entry changes. */
  entry_hash: string;
  headline: string;
  headline_lang: string | null;
  standfirst: string | null;
  dateline: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  lang: string;
  url: string | null;
  canonical_url: string | null;
  site_name: string | null;
  /** JSON text of a `Figure`. */
  image: string | null;
  /** JSON text of a `Block[]`. */
  blocks: string;
  text: string;
  section: string;
  slug: string;
  /** UTC ISO time lists are ordered by: `published`, or `created_at` when there is none. */
  sort_key: string;
  created_at: string;
  updated_at: string;
  /** Editorial revision (0010): 0 as first built, +1 for every change after. */
  revision: Generated<number>;
  killed_at: string | null;
  killed_by: string | null;
  kill_reason: string | null;
  /** Hidden before this UTC ISO time; null when not embargoed. */
  embargoed_until: string | null;
  /** JSON text of the `EditableField[]` staff have changed. */
  staff_edited: Generated<string>;
  /** JSON text: the wire's latest value of each staff-edited field, by field. */
  wire_values: Generated<string>;
  /** JSON text of a `Correction[]`. */
  corrections: Generated<string>;
}

export interface EditorialRevisionsTable {
  id: Generated<number>;
  article_id: number;
  /** The article's revision number after this change. */
  revision: number;
  action: RevisionAction;
  actor: string;
  at: string;
  reason: string | null;
  /** JSON text of a `FieldChange[]`: what was applied. */
  changes: string;
  /** JSON text of a `FieldChange[]`: a wire update's values for staff-edited fields, not applied. */
  held: Generated<string>;
}

export interface StoriesTable {
  id: string;
  title: string;
  first_seen: string;
  last_seen: string;
  article_count: number;
  source_count: number;
  /** Sources with a text of their own: syndicated copies of one text count once. */
  independent_source_count: number;
  /** JSON text of a string array. */
  languages: string;
  trend_score: number;
  /** The story this one turned out to be part of, or null. */
  merged_into: string | null;
  updated_at: string;
  /** 1 when an article left the story since its summary was stored (0010): the next refresh recomputes it. */
  needs_summary: Generated<number>;
}

export interface StoryArticlesTable {
  article_id: number;
  story_id: string;
  /** The article this one copies (exactly or nearly), or null. */
  near_duplicate_of: number | null;
  /** The copy shown for this article's group of copies (itself when it is the canonical). */
  canonical_id: number;
  /** 1 when the article is the canonical of its group, else 0 (no boolean type on SQLite). */
  is_canonical: number;
  /** The current version of the report this article is an earlier version of, or null when it is current. */
  superseded_by: number | null;
}

export interface TranslationMemoryTable {
  /** The engine whose output this is; '' for a human segment, which belongs to no engine. */
  engine: string;
  source_lang: string;
  target_lang: string;
  /** sha-256 (hex) of the canonical source segment (translate/translation-memory.ts). */
  source_key: string;
  source: string;
  output: string;
  hits: Generated<number>;
  created_at: string;
  last_used_at: string;
  /** `machine`: an engine's output; `human`: a reviewer's post-edit, keyed on the plain source (translate/human-segments.ts). */
  origin: ColumnType<'machine' | 'human', 'machine' | 'human' | undefined, 'machine' | 'human'>;
  /** Who last wrote a human segment (the desk user's email), and when; null for machine segments. */
  edited_by: string | null;
  edited_at: string | null;
}

export interface TranslationsTable {
  id: Generated<number>;
  article_id: number;
  target_lang: string;
  /** The article's `updated_at` this translation was made from; older means stale. */
  article_version: string;
  engine: string | null;
  headline: string | null;
  headline_lang: string | null;
  /** The headline in the target language under either policy, for story clustering; null when not translated. */
  translated_headline: string | null;
  headline_policy: 'keep' | 'translate';
  /** JSON text of a `Block[]`, null until translated. */
  blocks: string | null;
  text: string | null;
  status: 'pass' | 'review' | 'pending' | 'unavailable' | 'rejected';
  /** JSON text of a `QaIssue[]`. */
  issues: string;
  approved_at: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  /** JSON text of the `SourceSnapshot` it was made from; null before migration 0012 and until translated. */
  source_segments: string | null;
  /** JSON text of its `SegmentOrigins`; null when not recorded. */
  segment_origins: string | null;
  /** When the source's headline or body changed after this was made; null while it is current or once a reviewer has seen it. */
  stale_since: string | null;
  /** JSON text of a `StaleFrom`: what it was made from when the source changed. */
  stale_from: string | null;
}

// The editorial desk (src/desk/): accounts, sessions, login throttling, audit log.

export interface UsersTable {
  id: Generated<number>;
  /** Normalised: trimmed, lowercase. */
  email: string;
  role: 'translator' | 'editor' | 'admin';
  /** Self-describing hash with its parameters (`$scrypt$ln=17,r=8,p=1$salt$key`), see desk/password-hash.ts. */
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** Set when the account was disabled; a disabled account cannot sign in. */
  disabled_at: string | null;
  last_login_at: string | null;
  /** Base32 TOTP secret while two-factor sign-in is on (0018); null otherwise. */
  totp_secret: string | null;
  /** The last TOTP step accepted (0018): a code is good once. */
  totp_last_step: number | null;
}

export interface SessionsTable {
  /** sha-256 (hex) of the session id in the cookie: a leaked table holds no usable id. */
  id_hash: string;
  /** Null for the session a visitor of the login page gets before signing in. */
  user_id: number | null;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  address: string | null;
  /** The account whose password this visitor gave, waiting for its TOTP code (0018); null otherwise. */
  pending_user_id: number | null;
  /** When that password was given (0018). */
  pending_at: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** `account:<email>` or `address:<ip>`: what the failure counts against. */
  throttle_key: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** The desk user who acted; null for a command or an unknown account. */
  actor_user_id: number | null;
  /** The user's email, or `cli:<name>` for a command. */
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  /** JSON text of the object before and after the action, where it applies. */
  before: string | null;
  after: string | null;
  reason: string | null;
  address: string | null;
}

/** One row (id 1): moved by triggers whenever content the site shows is written (0017). */
export interface ContentGenerationTable {
  id: number;
  generation: ColumnType<number | string, number, number>;
}

/** Who runs a pass that must run alone (migration 0015); times are UTC ISO text. */
export interface PassLeasesTable {
  name: string;
  /** A token of the holding pass, unique per acquisition. */
  holder: string;
  pid: number;
  host: string;
  acquired_at: string;
  expires_at: string;
}

/** One searchable text of an article (0016): the original, or one translation. Text folded (src/text/search-fold.ts). */
export interface SearchDocumentsTable {
  id: Generated<number>;
  article_id: number;
  /** The language of this text: the article's, or the translation's target. */
  lang: string;
  /** Null for the original. */
  translation_id: number | null;
  headline: string;
  /** Standfirst and text. */
  body: string;
  /** Roman keys of the Devanagari words of headline and body, space-separated. */
  roman: string;
}

/** Articles whose search documents are out of date (0016); triggers add them, search-index.ts clears them. */
export interface SearchPendingTable {
  article_id: number;
  /** Counts the writes since listed. */
  mark: Generated<number>;
}

export interface Database {
  sources: SourcesTable;
  entries: EntriesTable;
  articles: ArticlesTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  translation_memory: TranslationMemoryTable;
  translations: TranslationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  editorial_revisions: EditorialRevisionsTable;
  content_generation: ContentGenerationTable;
  fetch_hosts: FetchHostsTable;
  fetch_host_leases: FetchHostLeasesTable;
  pass_leases: PassLeasesTable;
  search_documents: SearchDocumentsTable;
  search_pending: SearchPendingTable;
}

/** Per-host politeness shared by workers (fetch-hosts-table.ts); times in ms since the epoch. */
export interface FetchHostsTable {
  host: string;
  next_start_ms: ColumnType<string | number, number | undefined, number>;
  held_until_ms: ColumnType<string | number, number | undefined, number>;
}

export interface FetchHostLeasesTable {
  host: string;
  slot: number;
  holder: string;
  lease_until_ms: ColumnType<string | number, number, number>;
}
