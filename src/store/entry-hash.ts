/** The fingerprint that says whether a feed item changed in a way its article would show. */
import { createHash } from 'node:crypto';
import type { Entry } from '../ingest/entry.ts';

/**
 * sha-256 (hex) over the fields an article is made of. They are hashed as one
 * JSON array so that no two different field sets can run together into the
 * same input. Categories count as a set (they choose the article's section):
 * a feed re-ordering its tags is not news, re-filing a story is. Language and
 * `raw` are left out.
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
    [...new Set(entry.categories.map((c) => c.trim().toLowerCase()))].sort(),
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
