/**
 * One item as a feed or wire delivered it, before any cleaning. Everything the
 * later stages need is here, and `raw` keeps the parsed item so an entry can be
 * re-processed when the extractor improves without fetching it again.
 */
export interface Entry {
  sourceId: string;
  /** The feed's own id for the item, or else its link: the idempotency key within a source. */
  guid: string;
  url: string | null;
  title: string;
  /** Summary or description as the feed gave it: HTML or plain text, unsanitised. */
  summary: string | null;
  /** Full content (content:encoded, atom:content, content_html), unsanitised. */
  contentHtml: string | null;
  /** ISO 8601 with zone, or null when the feed gave no usable date. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  /** BCP 47 language the feed declares for the item or the whole feed, if any. */
  language: string | null;
  /** The parsed item as JSON, for re-processing. */
  raw: string;
}
