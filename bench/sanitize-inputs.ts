/**
 * The HTML the sanitiser benchmark feeds to each sanitiser, read fresh on
 * every run and never copied into the repo: the item bodies of the demo's
 * feeds (as wiredesk's own feed parser reads them), the hostile snippets of
 * the XSS test suite, and, where the shared evaluation folder is present,
 * the bodies of real web pages as a heavier load.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveFixtureUrls } from '../src/cli/demo-fixture-server.ts';
import { VECTOR_BASE_URL, XSS_VECTORS } from '../src/extract/html/testdata/xss-vectors.ts';
import { parseFeed } from '../src/ingest/feed-parser.ts';

export interface BenchDocument {
  html: string;
  /** What wiredesk resolves relative URLs against (the item's link). */
  baseUrl: string | null;
}

export interface InputSet {
  name: string;
  documents: BenchDocument[];
  /** UTF-8 size of all the documents' HTML. */
  bytes: number;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_SITES = path.join(REPO_ROOT, 'fixtures', 'demo', 'sites');
const FEED_FILE = /\.(?:xml|json)$/u;

/** Real pages from Mozilla Readability's test suite, kept in shared/ beside the repo and never in it. */
export const READABILITY_PAGES = path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'readability-test-pages');
/** Enough real pages to outweigh the feeds many times over while a run stays under a minute or so. */
const MAX_READABILITY_PAGES = 40;
const BODY = /<body\b[^>]*>([\s\S]*)<\/body\s*>/iu;

function inputSet(name: string, documents: BenchDocument[]): InputSet {
  const bytes = documents.reduce((sum, doc) => sum + Buffer.byteLength(doc.html, 'utf8'), 0);
  return { name, documents, bytes };
}

/** Every item's content and summary, from every feed file of every demo site. */
export async function loadFeedBodies(): Promise<InputSet> {
  const documents: BenchDocument[] = [];
  for (const site of (await readdir(DEMO_SITES)).sort()) {
    const siteDir = path.join(DEMO_SITES, site);
    for (const file of (await readdir(siteDir)).filter((name) => FEED_FILE.test(name)).sort()) {
      const body = resolveFixtureUrls(await readFile(path.join(siteDir, file), 'utf8'));
      const feed = parseFeed(body, { sourceId: site, url: `http://${site}.example/${file}` });
      for (const entry of feed.entries) {
        for (const html of [entry.contentHtml, entry.summary]) {
          if (html && html.trim() !== '') documents.push({ html, baseUrl: entry.url });
        }
      }
    }
  }
  return inputSet('demo feeds', documents);
}

export function loadXssVectors(): InputSet {
  return inputSet(
    'xss vectors',
    XSS_VECTORS.map((vector) => ({ html: vector.html, baseUrl: VECTOR_BASE_URL })),
  );
}

/**
 * The <body> of up to MAX_READABILITY_PAGES pages, in name order; null when
 * the folder is absent (it lives in shared/, not in the repo).
 */
export async function loadReadabilityPages(): Promise<InputSet | null> {
  if (!existsSync(READABILITY_PAGES)) return null;
  const documents: BenchDocument[] = [];
  for (const name of (await readdir(READABILITY_PAGES)).sort()) {
    if (documents.length === MAX_READABILITY_PAGES) break;
    const source = path.join(READABILITY_PAGES, name, 'source.html');
    if (!existsSync(source)) continue;
    const page = await readFile(source, 'utf8');
    // The pages do not say where they came from; a made-up origin per page lets relative URLs resolve.
    documents.push({ html: BODY.exec(page)?.[1] ?? page, baseUrl: `https://${name}.example/` });
  }
  return inputSet('readability pages', documents);
}
