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
  /**
   * Full content (content:encoded, atom:content, content_html, a wire's body),
   * unsanitised. The item's lead image (Media RSS, an image enclosure, JSON
   * Feed's image, a ninjs picture) is put in front as a <figure>, the way
   * images reach articles from any other feed, unless the content shows it.
   */
  contentHtml: string | null;
  /** ISO 8601 with zone, or null when the feed gave no usable date. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  /** BCP 47 language the feed declares for the item or the whole feed, if any. */
  language: string | null;
  /** The wire's own dateline as it gives it ("SEOUL, Nov 27"); null for feeds, which have none. */
  dateline: string | null;
  /** The wire's own byline line ("By Jane Doe, Staff Writer") when it has one apart from its authors. */
  byline: string | null;
  /**
   * Subject codes and/or names as the wire gives them ("medtop:20000763 elections").
   * Categories stay the human labels that choose a section.
   */
  subjects: string[];
  /** Where the story happened, from georss, a ninjs place or a NewsML-G2 location. */
  geo: GeoPoint | null;
  /**
   * A wire's word that the item must not be shown: `withheld` (for now) or
   * `canceled` (ninjs pubstatus, NewsML-G2 pubStatus, NITF
   * management-status). Absent: usable, as every feed item is.
   */
  pubStatus?: WireWithdrawal;
  /** A wire's embargo: not to be shown before this time (ISO 8601 with zone). Absent: none. */
  embargoed?: string;
  /** The parsed item as JSON, for re-processing. */
  raw: string;
}

export type WireWithdrawal = 'withheld' | 'canceled';

/** WGS 84 degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}
