/**
 * Kysely's view of the tables, column for column (snake_case as in SQL).
 * Timestamps are ISO 8601 text on both engines, JSON values are text, and
 * integer ids are int4 / SQLite integers, so every engine hands back the same
 * JS values. Migrations in ./migrations/ create exactly these shapes.
 */
import type { Generated } from 'kysely';
import type { SourceConfig } from '../config/schema.ts';
import type { SourceOrigin } from './store.ts';

export interface SourcesTable {
  id: string;
  name: string;
  url: string;
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
  consecutive_failures: number;
  next_fetch_at: string | null;
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
}

export interface Database {
  sources: SourcesTable;
  entries: EntriesTable;
  articles: ArticlesTable;
}
