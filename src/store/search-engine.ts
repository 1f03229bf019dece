/**
 * The part of search that differs between the engines (ARCHITECTURE.md,
 * "Storage and scale"): the full-text index over `search_documents` and the
 * ranked match against it. Each dialect carries one (search-sqlite.ts,
 * search-postgres.ts). The engine ranks documents by their own table alone:
 * which of them a reader may see is the same SQL on both engines and is
 * judged afterwards on the best candidates (search-articles.ts).
 */
import type { Kysely } from 'kysely';
import type { SearchTerm } from '../text/search-query.ts';
import type { Database } from './schema.ts';

export interface DocumentMatchQuery {
  /** Every term must match; each matches as itself, or by its roman key where it has one. */
  terms: readonly SearchTerm[];
  /**
   * The languages of the documents that may match: those of an edition and
   * of the translations into it (`only`), or all but other editions' (`except`).
   * A superset of the edition's documents is fine: the exact rule is applied
   * to the candidates afterwards.
   */
  langs: { only: readonly string[] } | { except: readonly string[] };
  /** The best this many. */
  limit: number;
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
