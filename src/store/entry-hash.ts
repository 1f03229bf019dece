/** The fingerprint that says whether a feed item changed in a way its article would show. */
import { createHash } from 'node:crypto';
import type { Entry } from '../ingest/entry.ts';

/**
 * sha-256 (hex) over the fields an article is made of. They are hashed as one
 * JSON array so that no two different field sets can run together into the
 * same input. Categories count as a set (they choose the article's section):
 * a feed re-ordering its tags is not news, re-filing a story is. Language and
 * `raw` are left out.
 *
 * The wire fields (dateline, byline, subjects, geo) join the array only when
 * one of them is set: entries stored before they existed, and feed items that
 * never have them, keep the hash they always had, so an upgrade does not
 * mark every stored entry as changed. The wire's status and embargo join it
 * the same way, so a wire that cancels or embargoes an item changes its
 * hash and the pipeline applies it on the next pass.
 */
export function entryContentHash(entry: Entry): string {
  const fields: unknown[] = [
    entry.title,
    entry.summary,
    entry.contentHtml,
    entry.url,
    entry.published,
    entry.updated,
    entry.authors,
    [...new Set(entry.categories.map((c) => c.trim().toLowerCase()))].sort(),
  ];
  const { dateline, byline, subjects, geo } = entry;
  if (dateline !== null || byline !== null || subjects.length > 0 || geo !== null) {
    fields.push({ dateline, byline, subjects, geo });
  }
  if (entry.pubStatus !== undefined || entry.embargoed !== undefined) {
    fields.push({ pubStatus: entry.pubStatus ?? null, embargoed: entry.embargoed ?? null });
  }
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
