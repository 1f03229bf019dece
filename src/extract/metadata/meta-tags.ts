/**
 * Metadata from the page head: OpenGraph (https://ogp.me, `og:*` and
 * `article:*`), Twitter cards, Dublin Core (`DC.*`, `dcterms.*`), the
 * conventional `name=` tags of CMSs and analytics (author, byl, pubdate,
 * parsely-*, sailthru.*), microdata `itemprop`s, `<html lang>`,
 * `<link rel=canonical>` and `<base href>`. Each field lists its sources
 * strongest first; page-metadata.ts decides between them and the others.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { normalizeText } from '../../text/normalize.ts';
import { attribute, visibleText, type PageElements } from './page-elements.ts';

export interface MetaTagMetadata {
  /** Title candidates in order: og:title, DC, twitter:title, CMS tags, microdata headline. */
  titles: string[];
  /** The `<title>` element: often "Headline | Site", weaker than any of the above. */
  documentTitle: string | null;
  /** The values of the strongest author key present: several keys usually repeat one credit. */
  authors: string[];
  microdataAuthors: string[];
  published: string[];
  updated: string[];
  lang: string[];
  htmlLang: string | null;
  siteNames: string[];
  /** Names of the site as a web app: usually the site's name, sometimes the page title. */
  appNames: string[];
  canonical: string[];
  descriptions: string[];
  images: { url: string; alt: string | null }[];
  sections: string[];
  keywords: string[];
  baseHref: string | null;
}

/** Meta keys per field, strongest first. Keys are lower-cased; DC's "DC." and "dc:" spellings both appear. */
const KEYS = {
  titles: ['og:title', 'dc.title', 'dcterms.title', 'twitter:title', 'parsely-title', 'sailthru.title', 'title', 'headline'],
  authors: [
    'article:author', 'dc.creator', 'dcterms.creator', 'author', 'byl', 'parsely-author', 'sailthru.author',
    'article:author_name', 'og:article:author', 'cxenseparse:author', 'citation_author',
  ],
  published: [
    'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publish-date',
    'publishdate', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dcterms.date',
    'parsely-pub-date', 'sailthru.date', 'article.published', 'original-publish-date', 'cxenseparse:publishtime',
    'citation_publication_date', 'citation_date',
  ],
  updated: [
    'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'last-modified',
    'dcterms.modified', 'article.updated',
  ],
  lang: ['og:locale', 'dc.language', 'dcterms.language', 'content-language', 'language'],
  siteNames: ['og:site_name', 'dc.publisher', 'dcterms.publisher'],
  appNames: ['application-name', 'apple-mobile-web-app-title'],
  canonical: ['og:url', 'twitter:url'],
  descriptions: ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description', 'dcterms.abstract'],
  images: ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'],
  sections: ['article:section', 'parsely-section', 'sailthru.section', 'section'],
  keywords: ['article:tag', 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags'],
} as const;

/**
 * A vendor's publication-date key: "xyz:publish_date", "abc.pubdate", "cludo:date". A bare "…_date"
 * is left alone: "expiration_date" and "event_date" are dates of something else.
 */
const VENDOR_DATE_KEY = /(?:^|[:._-])(?:pub(?:lish(?:ed)?)?[-_]?(?:date|time)|date[-_]?pub(?:lished)?)$|[:.]date$/u;

const IMAGE_ALT_KEYS = ['og:image:alt', 'twitter:image:alt'];

/**
 * Twitter's label and data pairs (`twitter:label1` "Written by", `twitter:data1` the name), which
 * SEO plugins write on most WordPress sites: the weakest author source among the meta tags.
 */
const AUTHOR_LABEL = /^(?:written|posted|published)\s+by$|^(?:authors?|by)$/iu;
const MAX_LABELLED_PAIRS = 9;

/** A profile link is no name: `article:author` often holds the author's Facebook page. */
const LINK_ONLY = /^(?:https?:\/\/|www\.)\S*$/iu;

/** Microdata properties per field, read from an element's content/datetime attribute or its text. */
const ITEMPROPS = {
  titles: ['headline'],
  authors: ['author', 'creator'],
  published: ['datepublished', 'datecreated'],
  updated: ['datemodified'],
  lang: ['inlanguage'],
  sections: ['articlesection'],
} as const;

export function readMetaTags(elements: PageElements): MetaTagMetadata {
  const values = metaValues(elements.metas);
  const pick = (keys: readonly string[]): string[] => keys.flatMap((key) => values.get(key) ?? []);
  const microdata = microdataValues(elements.itemprops);
  const fromItemprop = (props: readonly string[]): string[] => props.flatMap((prop) => microdata.get(prop) ?? []);
  const alt = pick(IMAGE_ALT_KEYS)[0] ?? null;
  return {
    titles: [...pick(KEYS.titles), ...fromItemprop(ITEMPROPS.titles)],
    documentTitle: elements.title ? normalizeText(elements.title.children.map(textOf).join('')) || null : null,
    authors: [...KEYS.authors.map((key) => values.get(key) ?? []), labelledData(values, AUTHOR_LABEL)].find(namesSomeone) ?? [],
    microdataAuthors: fromItemprop(ITEMPROPS.authors),
    published: [...pick(KEYS.published), ...fromItemprop(ITEMPROPS.published), ...otherDateKeys(values)],
    updated: [...pick(KEYS.updated), ...fromItemprop(ITEMPROPS.updated)],
    lang: [...pick(KEYS.lang), ...fromItemprop(ITEMPROPS.lang)],
    htmlLang: elements.html ? attribute(elements.html, 'lang') ?? attribute(elements.html, 'xml:lang') : null,
    siteNames: pick(KEYS.siteNames),
    appNames: pick(KEYS.appNames),
    canonical: [...linkHrefs(elements.links, 'canonical'), ...pick(KEYS.canonical)],
    descriptions: pick(KEYS.descriptions),
    images: [...pick(KEYS.images), ...linkHrefs(elements.links, 'image_src'), ...microdataImages(elements.itemprops)]
      .map((url) => ({ url, alt })),
    sections: [...pick(KEYS.sections), ...fromItemprop(ITEMPROPS.sections)],
    keywords: pick(KEYS.keywords).flatMap((value) => value.split(',')).map(normalizeText).filter((k) => k !== ''),
    baseHref: elements.base ? attribute(elements.base, 'href') : null,
  };
}

/** Whether an author key's values hold a name rather than profile links alone, so the next key is read. */
function namesSomeone(list: readonly string[]): boolean {
  return list.some((value) => !LINK_ONLY.test(value));
}

/** The `twitter:dataN` values whose `twitter:labelN` matches the label. */
function labelledData(values: ReadonlyMap<string, string[]>, label: RegExp): string[] {
  const found: string[] = [];
  for (let i = 1; i <= MAX_LABELLED_PAIRS; i++) {
    const name = values.get(`twitter:label${i}`)?.[0];
    const data = values.get(`twitter:data${i}`)?.[0];
    if (name !== undefined && data !== undefined && label.test(name)) found.push(data);
  }
  return found;
}

/**
 * Publication dates under keys of vendors not listed above ("cludo:date",
 * "xyz:publish_date"): the weakest meta source, after every known key.
 */
function otherDateKeys(values: ReadonlyMap<string, string[]>): string[] {
  const known = new Set<string>([...KEYS.published, ...KEYS.updated]);
  return [...values]
    .filter(([key]) => !known.has(key) && VENDOR_DATE_KEY.test(key))
    .flatMap(([, list]) => list);
}

/** Every meta tag's content under each of its keys (property, name, http-equiv, itemprop may list several). */
function metaValues(metas: readonly Element[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of metas) {
    const content = normalizeText(meta.attribs['content'] ?? '');
    if (content === '') continue;
    const keys = ['property', 'name', 'http-equiv', 'itemprop']
      .flatMap((attr) => (meta.attribs[attr] ?? '').toLowerCase().split(/\s+/u))
      .filter((key) => key !== '')
      .map((key) => key.replace(/^dc:/u, 'dc.').replace(/^dcterms:/u, 'dcterms.'));
    for (const key of new Set(keys)) {
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

function microdataValues(elements: readonly Element[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of elements) {
    if (element.name === 'meta') continue; // read with the other meta tags
    for (const prop of (element.attribs['itemprop'] ?? '').toLowerCase().split(/\s+/u)) {
      const value = microdataValue(element, prop);
      if (!value) continue;
      const list = values.get(prop) ?? [];
      list.push(value);
      values.set(prop, list);
    }
  }
  return values;
}

/** A person's name sits in a nested itemprop=name; a date in datetime or content; anything else in the text. */
function microdataValue(element: Element, prop: string): string | null {
  const fromAttribute = attribute(element, 'content') ?? attribute(element, 'datetime');
  if (fromAttribute) return normalizeText(fromAttribute);
  if (element.attribs['itemscope'] !== undefined) {
    const name = findItemprop(element, 'name');
    return name ? attribute(name, 'content') ?? (visibleText(name) || null) : null;
  }
  if (prop === 'image' || prop === 'url') return null;
  const text = visibleText(element);
  return text === '' || text.length > 300 ? null : text;
}

/** The first element below root (breadth first) with the property. */
function findItemprop(root: Element, prop: string): Element | null {
  const queue = [...root.children];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (!isTag(node)) continue;
    if ((node.attribs['itemprop'] ?? '').toLowerCase().split(/\s+/u).includes(prop)) return node;
    queue.push(...node.children);
  }
  return null;
}

/** itemprop=image on an img or meta, or on an ImageObject whose url (or contentUrl) is inside it. */
function microdataImages(elements: readonly Element[]): string[] {
  return elements
    .filter((element) => /(?:^|\s)image(?:\s|$)/iu.test(element.attribs['itemprop'] ?? ''))
    .map((element) => {
      const holder = element.attribs['itemscope'] === undefined ? element : findItemprop(element, 'url') ?? findItemprop(element, 'contenturl');
      return holder ? attribute(holder, 'src') ?? attribute(holder, 'content') ?? attribute(holder, 'href') : null;
    })
    .filter((url): url is string => url !== null);
}

function linkHrefs(links: readonly Element[], rel: string): string[] {
  return links
    .filter((link) => (link.attribs['rel'] ?? '').toLowerCase().split(/\s+/u).includes(rel))
    .map((link) => attribute(link, 'href'))
    .filter((href): href is string => href !== null);
}

function textOf(node: ChildNode): string {
  return isText(node) ? node.data : '';
}
