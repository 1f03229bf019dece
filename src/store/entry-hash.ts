/** The fingerprint that says whether a feed item changed in a way its article would show. */
import { createHash } from 'node:crypto';
import type { Entry } from '../ingest/entry.ts';

/**
 * sha-256 (hex) over the fields an article is made of. They are hashed as one
 * JSON array so that no two different field sets can run together into the
 * same input. Categories, language and `raw` are left out: a feed re-ordering
 * its tags is not news.
 */
export function entryContentHash(entry: Entry): string {
  const fields = [
    entry.title,
    entry.summary,
    entry.contentHtml,
    entry.url,
    entry.published,
    entry.updated,
    entry.authors,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
