/**
 * The golden pages (testdata/golden/<name>.html, written for the project:
 * fictional publishers, people and events) with the URL each was "fetched"
 * from, shared by golden.test.ts and scripts/update-extract-golden.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../article.ts';
import { ExtractError, extract, type ExtractErrorKind } from '../extract.ts';

export const GOLDEN_DIR = path.join(import.meta.dirname, 'golden');

export interface GoldenPage {
  name: string;
  url: string;
  /** For a page that holds no article: the error the extractor must give. */
  expectError?: ExtractErrorKind;
}

export const GOLDEN_PAGES: readonly GoldenPage[] = [
  { name: 'hi-reservoir-graph', url: 'https://www.sahyadri-samachar.example/rajya/devgiri-jalashay-labalab-char-gate-khule-58213' },
  { name: 'en-council-budget', url: 'https://www.harbourside-courier.example/news/local/port-elwyn-budget-night-buses-4471?utm_source=rss' },
  { name: 'en-live-flood', url: 'https://northfieldpost.example/live/2026/nov/02/carrow-valley-floods-live' },
  { name: 'hi-section-index', url: 'https://janpath-times.example/khel', expectError: 'no-article' },
  { name: 'hi-wire-microdata', url: 'https://narmadavani.example/madhya-pradesh/bhopal-saur-bus-depot/article-77410.html' },
  { name: 'en-feature-figures', url: 'https://coastline-review.example/features/2026/01/last-lamplighters-kestrel-bay' },
  { name: 'hi-english-headline', url: 'https://prabhatdarpan.example/trends/sky-lantern-festival-cancelled-storks/' },
];

/** What a golden file holds: the article, or the kind of error for a page that must fail. */
export type GoldenResult = Article | { error: string };

export function readGoldenHtml(page: GoldenPage): Promise<string> {
  return readFile(path.join(GOLDEN_DIR, `${page.name}.html`), 'utf8');
}

export function expectedPath(page: GoldenPage): string {
  return path.join(GOLDEN_DIR, `${page.name}.expected.json`);
}

/** The extractor's answer for a page; needs the language detector loaded. */
export function goldenResult(page: GoldenPage, html: string): GoldenResult {
  try {
    return extract(html, { url: page.url });
  } catch (error) {
    if (error instanceof ExtractError) return { error: error.kind };
    throw error;
  }
}

/**
 * Keys that lead an object in the golden files, in this order: a block's
 * type, an inline's kind, and the article's fields as article.ts declares
 * them, so the metadata reads first and the long body last.
 */
const LEADING_KEYS = [
  'type',
  'kind',
  'headline',
  'headlineLang',
  'standfirst',
  'dateline',
  'byline',
  'published',
  'updated',
  'lang',
  'url',
  'canonicalUrl',
  'siteName',
  'image',
  'blocks',
  'text',
];

/**
 * JSON with a stable key order: the leading keys above, then the rest
 * alphabetical. The files then change only where the output changed.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, inner: unknown) => (isPlainObject(inner) ? ordered(inner) : inner), 2)}\n`;
}

function ordered(object: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (LEADING_KEYS.includes(key) ? LEADING_KEYS.indexOf(key) : LEADING_KEYS.length);
  const keys = Object.keys(object).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
