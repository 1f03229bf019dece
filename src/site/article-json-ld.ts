/**
 * Structured data for an article page (schema.org in JSON-LD, as search
 * engines read it): a `NewsArticle` and the `BreadcrumbList` of its section.
 * Plain data in, plain objects out; the layout serialises them.
 */
import { truncateAtWord } from '../text/truncate.ts';

/** Google shows at most 110 characters of a headline in its article results. */
const MAX_HEADLINE_CHARS = 110;

/**
 * Words that make a byline a newsroom rather than a person: "खेल डेस्क",
 * "Northline Post Bureau", "एजेंसी", "हमारे संवाददाता" (our correspondent).
 */
const ORGANISATION_BYLINE = /\b(?:desk|staff|bureau|wire|agency|agencies|news|newsroom|team|correspondents?|reporters|editors|service)\b|डेस्क|ब्यूरो|एजेंसी|संवाददाता|न्यूज़|न्यूज|टीम|समाचार/iu;
/** "By A. Writer", "द्वारा …" are how bylines open, not part of a name. */
const BYLINE_PREFIX = /^(?:by|por|द्वारा)\s+/iu;
/** Several people: "A and B", "A, B", "A & B", "A और B", "A y B". */
const NAME_SEPARATOR = /\s*(?:,|&|\band\b|\by\b|\sऔर\s)\s*/u;

export interface ArticleLdInput {
  /** Absolute URL of this page (its canonical). */
  url: string;
  headline: string;
  description: string;
  lang: string;
  published: string;
  modified: string;
  byline: string | null;
  /** Who to credit when there is no byline, or when the byline is the source itself. */
  sourceName: string | null;
  publisher: { name: string; url: string };
  /** Absolute URL of the lead image the page shows, or null. */
  imageUrl: string | null;
  section: { title: string; url: string };
  /** The original this page translates, or null for an original. */
  translationOf: { url: string; lang: string } | null;
}

type LdObject = Record<string, unknown>;

export function articleJsonLd(input: ArticleLdInput): LdObject[] {
  const article: LdObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: truncateAtWord(input.headline, MAX_HEADLINE_CHARS),
    description: input.description,
    datePublished: input.published,
    dateModified: input.modified,
    author: authors(input.byline, input.sourceName, input.publisher),
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    ...(input.imageUrl ? { image: [input.imageUrl] } : {}),
    inLanguage: input.lang,
    isAccessibleForFree: true,
    articleSection: input.section.title,
    ...(input.translationOf
      ? { translationOfWork: { '@type': 'NewsArticle', '@id': input.translationOf.url, url: input.translationOf.url, inLanguage: input.translationOf.lang } }
      : {}),
  };
  const breadcrumbs: LdObject = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { name: input.publisher.name, item: input.publisher.url },
      { name: input.section.title, item: input.section.url },
      { name: truncateAtWord(input.headline, MAX_HEADLINE_CHARS), item: input.url },
    ].map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, ...crumb })),
  };
  return [article, breadcrumbs];
}

/**
 * A Person per name when the byline names people; an Organization when it
 * names a desk, a bureau or the source itself, or when there is none (the
 * source, else the site, wrote it).
 */
export function authors(byline: string | null, sourceName: string | null, publisher: { name: string; url: string }): LdObject[] {
  const text = byline?.replace(BYLINE_PREFIX, '').trim() ?? '';
  if (!text) return [sourceName ? { '@type': 'Organization', name: sourceName } : { '@type': 'Organization', name: publisher.name, url: publisher.url }];
  if (ORGANISATION_BYLINE.test(text) || text === sourceName) return [{ '@type': 'Organization', name: text }];
  return text
    .split(NAME_SEPARATOR)
    .filter((name) => name.length > 0)
    .map((name) => ({ '@type': 'Person', name }));
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&`
 * escaped as \u sequences, so no text can close the element or open a
 * comment (HTML §4.12.1.3 restrictions for contents of script elements).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
