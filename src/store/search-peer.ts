/**
 * For the search bench only: an in-memory SQLite FTS5 index of given texts,
 * built with a given tokenizer, queried with a given FTS5 MATCH string. It
 * stands for the simpler designs wiredesk's search is compared against: the
 * default `unicode61` tokenizer over the raw text (what a naive
 * implementation does), or the Devanagari-aware tokenizer without folding.
 * What goes in and what is asked is prepared by the bench; this file only
 * holds the driver, which nothing outside src/store/ may import.
 */
import BetterSqlite3 from 'better-sqlite3';

export interface PeerDocument {
  id: number;
  headline: string;
  body: string;
}

export interface SearchPeer {
  add(documents: readonly PeerDocument[]): void;
  /** Ids best first (bm25, headline weighted as the real index weights it); a MATCH string FTS5 rejects finds nothing. */
  search(match: string, limit: number): number[];
  close(): void;
}

/** Headline and body weights, as search-sqlite.ts gives its headline and body columns. */
const BM25_WEIGHTS = '8.0, 1.0';

export function openSearchPeer(tokenize: string): SearchPeer {
  const db = new BetterSqlite3(':memory:');
  // The tokenizer is the bench's own constant, not outside input.
  db.exec(`create virtual table peer using fts5(headline, body, tokenize = "${tokenize.replaceAll('"', '""')}")`);
  const insert = db.prepare('insert into peer (rowid, headline, body) values (?, ?, ?)');
  const query = db.prepare(`select rowid as id from peer where peer match ? order by bm25(peer, ${BM25_WEIGHTS}), rowid desc limit ?`);
  const addAll = db.transaction((documents: readonly PeerDocument[]) => {
    for (const d of documents) insert.run(d.id, d.headline, d.body);
  });
  return {
    add: (documents) => addAll(documents),
    search(match, limit) {
      try {
        return (query.all(match, limit) as { id: number }[]).map((row) => row.id);
      } catch {
        return [];
      }
    },
    close: () => db.close(),
  };
}
