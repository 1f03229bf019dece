/**
 * A news page's metadata: headline, authors, dates, language, site, canonical
 * URL, lead image, dateline, section and keywords, from what the page declares
 * and what it shows.
 *
 * Order of precedence (first usable value wins unless a check below says otherwise):
 * - Structured metadata first: JSON-LD (an article type, NewsArticle and its
 *   relatives above Article, WebPage last; `@graph`, `mainEntity` and `@id`
 *   references followed), then OpenGraph and `article:*`, then Dublin Core,
 *   Twitter and `name=` tags (author, byl, pubdate, parsely-*, sailthru.*),
 *   then microdata (`itemprop`); the `<title>` element after all of them.
 * - The visible page checks that metadata (page-headline.ts, page-authors.ts,
 *   publication-dates.ts). Headline: the first candidate that matches an h1,
 *   or else a headline-classed element or h2, wins, with the page's text kept
 *   when the candidate is cut short with "…" or wrapped in "Site | Section |"
 *   segments; an h1 sharing most words with a reworded SEO title wins over
 *   it; a candidate that is only the site's name is ignored; with no match,
 *   the first candidate not cut short, without " | Site Name" segments.
 *   Authors: URLs and @handles are dropped; login names, the site's name,
 *   desks ("Staff", "डेस्क") and agencies count only when no source names a
 *   person; the visible byline nearest the headline ("By …", "द्वारा …",
 *   byline classes, rel=author, author-page links) is the last source.
 *   Dates: the first declared one that parses with a plausible year
 *   (1990–2099) and, for the publication, not more than a year after the
 *   date in the URL; then the `<time>` or date line nearest the headline, then
 *   the last update when nothing else dates the page, then a date in the
 *   URL's path; an update before the publication is dropped.
 * - Language: JSON-LD inLanguage, `<html lang>`, og:locale, DC and
 *   content-language tags. Site name: JSON-LD publisher, og:site_name, DC
 *   publisher, the JSON-LD WebSite, application-name (unless it repeats the
 *   title). Canonical URL: `<link rel=canonical>`, og:url, JSON-LD url.
 *   Image: JSON-LD (with its caption and credit), then og:image,
 *   twitter:image, image_src, microdata; never the site's logo, a default
 *   sharing card or a beacon (site-furniture-images.ts).
 * - Relative URLs resolve against the page URL joined with `<base href>`.
 */
import type { Document, Element } from 'domhandler';
import { comparisonKey, normalizeText } from '../../text/normalize.ts';
import { leadingSubtag } from '../../text/language-tag.ts';
import { bylineFromAuthors } from './byline.ts';
import { readJsonLd, type JsonLdMetadata } from './jsonld-metadata.ts';
import { readMetaTags, type MetaTagMetadata } from './meta-tags.ts';
import { chooseAuthors } from './page-authors.ts';
import { dateFromUrl } from './page-dates.ts';
import { collectPageElements, contains } from './page-elements.ts';
import { chooseHeadline } from './page-headline.ts';
import { chooseDates } from './publication-dates.ts';
import { safeImageUrl, usableBaseUrl } from '../html/safe-url.ts';
import { headlinePosition, readVisibleMetadata } from './visible-metadata.ts';
import { furnitureImageUrls, isFurnitureImage } from './site-furniture-images.ts';
import { sameImage } from './lead-image.ts';

export interface PageImage { url: string; alt: string | null; caption: string | null; credit: string | null }
export interface PageMetadata {
  headline: string | null;      // the article's title, without " | Site Name" suffixes
  authors: string[];            // people; "Staff", "Desk", "Web Desk", "डेस्क", agency names dropped when a person is named
  byline: string | null;        // display line made from authors (see byline.ts bylineFromAuthors)
  published: string | null;     // ISO 8601 with zone
  updated: string | null;
  lang: string | null;          // BCP 47 primary subtag
  siteName: string | null;
  canonicalUrl: string | null;  // absolute http(s)
  description: string | null;
  image: PageImage | null;      // absolute URL
  dateline: string | null;
  section: string | null;
  keywords: string[];
  baseUrl: string | null;       // pageUrl resolved with <base href>, for resolving every relative URL of the page
  /** The element the page shows as its headline (usually the h1), so the body extractor can drop it. */
  headlineElement: Element | null;
  /** The visible byline/date elements, likewise. */
  bylineElements: Element[];
}

export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const elements = collectPageElements(document);
  const jsonLd = readJsonLd(elements.jsonLdScripts);
  const meta = readMetaTags(elements);
  const visible = readVisibleMetadata(elements);
  const baseUrl = resolveBase(pageUrl, meta.baseHref);
  const canonicalUrl = firstUrl([...meta.canonical, jsonLd?.url], baseUrl);
  const host = hostOf(baseUrl ?? canonicalUrl);
  // application-name sometimes repeats the page title: a headline is no site name.
  const titleKeys = new Set(present([jsonLd?.headline, ...meta.titles]).map(comparisonKey));
  const appNames = present(meta.appNames).filter((name) => !titleKeys.has(comparisonKey(name)));
  const siteNames = present([jsonLd?.publisher, ...meta.siteNames, jsonLd?.websiteName, ...appNames]);
  const siteName = siteNames[0] ?? null;
  const lang = chooseLanguage(jsonLd, meta);
  const headline = chooseHeadline({
    declared: present([jsonLd?.headline, ...meta.titles, jsonLd?.pageName]),
    documentTitle: meta.documentTitle,
    visible,
    siteNames,
    host,
  });
  const { authors, bylineElements } = chooseAuthors({
    jsonLd: jsonLd?.authors ?? [],
    metaTags: meta.authors,
    microdata: meta.microdataAuthors,
    visible,
    // A personal site names its author as publisher: that name is no sign of a false author there.
    siteNames: jsonLd?.publisherIsPerson ? siteNames.filter((name) => name !== jsonLd.publisher) : siteNames,
    headlineElement: headline.element,
  });
  const { published, updated, timeElements } = chooseDates({
    published: [jsonLd?.published, ...meta.published],
    updated: [jsonLd?.updated, ...meta.updated],
    visible,
    headlinePosition: headlinePosition(visible, headline.element),
    urlDate: dateFromUrl(canonicalUrl ?? baseUrl),
  });
  return {
    headline: headline.text,
    authors,
    byline: bylineFromAuthors(authors, lang ?? 'en'),
    published,
    updated,
    lang,
    siteName,
    canonicalUrl,
    description: present([jsonLd?.description, ...meta.descriptions])[0] ?? null,
    image: chooseImage(jsonLd, meta, baseUrl, () => furnitureImageUrls(document, baseUrl)),
    dateline: jsonLd?.dateline ?? null,
    section: present([jsonLd?.section, ...meta.sections])[0] ?? null,
    keywords: uniqueText(jsonLd && jsonLd.keywords.length > 0 ? jsonLd.keywords : meta.keywords),
    baseUrl,
    headlineElement: headline.element,
    bylineElements: outermost([...bylineElements, ...timeElements]),
  };
}

/** The page URL joined with `<base href>` (HTML §4.2.3: a relative base resolves against the document URL). */
function resolveBase(pageUrl: string | null, baseHref: string | null): string | null {
  const page = usableBaseUrl(pageUrl);
  if (!baseHref) return page;
  return safeImageUrl(baseHref, page) ?? page;
}

function firstUrl(candidates: readonly (string | null | undefined)[], baseUrl: string | null): string | null {
  for (const candidate of candidates) {
    const url = candidate ? safeImageUrl(candidate, baseUrl) : null;
    if (url) return url;
  }
  return null;
}

function hostOf(url: string | null): string | null {
  return url ? new URL(url).hostname : null;
}

function chooseLanguage(jsonLd: JsonLdMetadata | null, meta: MetaTagMetadata): string | null {
  for (const candidate of present([jsonLd?.lang, meta.htmlLang, ...meta.lang])) {
    const subtag = leadingSubtag(candidate);
    if (subtag && subtag !== 'und') return subtag;
  }
  return null;
}

/** The first candidate that is not the site's furniture (a logo, a default card, a beacon: site-furniture-images.ts). */
function chooseImage(jsonLd: JsonLdMetadata | null, meta: MetaTagMetadata, baseUrl: string | null, findFurniture: () => readonly string[]): PageImage | null {
  // The page is walked for its furniture only when it names an image to check.
  let furniture: readonly string[] | undefined;
  const usable = (url: string | null) => (url && !isFurnitureImage(url, (furniture ??= findFurniture())) ? url : null);
  const tagged = meta.images.map((image) => ({ url: usable(safeImageUrl(image.url, baseUrl)), alt: image.alt }));
  const fromJsonLd = jsonLd?.image ? usable(safeImageUrl(jsonLd.image.url, baseUrl)) : null;
  if (jsonLd?.image && fromJsonLd) {
    const alt = tagged.find((image) => image.url !== null && sameImage(image.url, fromJsonLd))?.alt ?? meta.images[0]?.alt ?? null;
    return { url: fromJsonLd, alt, caption: jsonLd.image.caption, credit: jsonLd.image.credit };
  }
  const chosen = tagged.find((image) => image.url !== null);
  return chosen?.url ? { url: chosen.url, alt: chosen.alt, caption: null, credit: null } : null;
}

/** The elements without repeats and without those inside another of them: dropping the outer drops the inner. */
function outermost(elements: readonly Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && contains(other, element)));
}

function present(values: readonly (string | null | undefined)[]): string[] {
  return values.map((value) => (value ? normalizeText(value) : '')).filter((value) => value !== '');
}

function uniqueText(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = comparisonKey(value);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
