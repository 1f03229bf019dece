/**
 * The part of search that differs between the engines (ARCHITECTURE.md,
 * "Storage and scale"): the full-text index over `search_documents` and the
 * ranked match against it. Each dialect carries one (search-sqlite.ts,
 * search-postgres.ts); which documents a reader may see is the same SQL on
 * both (search-articles.ts) and comes in as `visible`.
 */
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { SearchTerm } from '../text/search-query.ts';
import type { Database } from './schema.ts';

export interface DocumentMatchQuery {
  /** Every term must match; each matches as itself, or by its roman key where it has one. */
  terms: readonly SearchTerm[];
  /** Over the aliases `d` (search_documents), `a` (articles) and `t` (translations, left-joined). */
  visible: RawBuilder<SqlBool>;
  limit: number;
  offset: number;
}

/** Best first; `score` grows with relevance on both engines. */
export interface DocumentMatch {
  documentId: number;
  score: number;
}

export interface SearchEngine {
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  dropSearchIndex(db: Kysely<unknown>): Promise<void>;
  matchDocuments(db: Kysely<Database>, query: DocumentMatchQuery): Promise<DocumentMatch[]>;
}
