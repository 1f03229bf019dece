/**
 * The clean, structured article every entry becomes. Blocks are sanitised data,
 * not HTML: the site renders them through JSX, which escapes every string, so
 * nothing from a source reaches a reader's browser as markup.
 */

/** Inline content of a paragraph, heading, list item or caption. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong' | 'code' | 'sub' | 'sup'; children: Inline[] }
  /** href is absolute and http(s) or mailto; anything else is dropped by the sanitiser. */
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export interface Figure {
  type: 'figure';
  /** Absolute http(s) URL. */
  src: string;
  alt: string;
  caption: Inline[];
  credit: string | null;
  /**
   * File name in the data directory's media store once the pipeline has copied the
   * image there; the site serves only stored images, so readers never request
   * another host. Absent until then.
   */
  stored?: string;
}

/** One cell of a data table; spans are at least 1. */
export interface TableCell {
  header: boolean;
  content: Inline[];
  colspan: number;
  rowspan: number;
}

/**
 * Where an item stands in a list that holds other lists: how deep it is nested
 * (0 for the list's own items) and the number the reader sees before it, or
 * null in an unordered list.
 */
export interface ListItemPlace {
  depth: number;
  number: number | null;
}

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; content: Inline[] }
  | { type: 'quote'; paragraphs: Inline[][]; cite: string | null }
  /**
   * items: every item in reading order, the items of nested lists after the item
   * they sit in. start: the number of an ordered list's first item when it is not 1
   * (`<ol start="4">`); absent otherwise. places: one per item, present only when
   * the list nests others or its numbers do not simply count up from start.
   */
  | { type: 'list'; ordered: boolean; items: Inline[][]; start?: number; places?: ListItemPlace[] }
  /** A table of data (results, figures, timetables); tables used for page layout are walked as containers instead. */
  | { type: 'table'; caption: Inline[]; rows: TableCell[][] }
  | Figure;

export interface Article {
  headline: string;
  /**
   * Language of the headline when it is not the body's: a Hindi site keeps an
   * English wire headline over the translated body. Null when they agree.
   */
  headlineLang: string | null;
  standfirst: string | null;
  /** Place line the wire story opens with, without its punctuation: `SEOUL`, `सियोल`. */
  dateline: string | null;
  byline: string | null;
  /** ISO 8601 with zone. */
  published: string | null;
  updated: string | null;
  /** BCP 47 primary language (`hi`, `en`). */
  lang: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  image: Figure | null;
  blocks: Block[];
  /** Plain text of the body, paragraphs separated by blank lines, NFC. */
  text: string;
}
