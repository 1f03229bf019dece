/**
 * The evaluation suites of ../shared/eval (see its README), read into one
 * shape: a page's HTML, its URL and what a perfect extractor returns for it.
 * Nothing is copied into the repository; a missing folder is reported by the
 * caller, not here.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlToText } from './html-to-text.ts';

export const EVAL_ROOT = path.resolve(import.meta.dirname, '../../../shared/eval');

export const SUITE_NAMES = ['readability', 'wcxb'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

export const SUITE_FOLDERS: Record<SuiteName, string> = {
  readability: path.join(EVAL_ROOT, 'readability-test-pages'),
  wcxb: path.join(EVAL_ROOT, 'wcxb-dev-articles'),
};

/**
 * Readability's own test harness loads every page at this address, and some
 * expected outputs hold links resolved against it.
 */
const READABILITY_PAGE_URL = 'http://fakehost/test/page.html';

export interface PageTruth {
  /**
   * The article's text; null where the suite gives none for the page (a
   * wcxb record without `main_content`). Such a page is left out of the body
   * scores: an absent annotation is not an empty article, and scoring text
   * against nothing would count every word of it wrong.
   */
  text: string | null;
  /** Null where the suite gives none; such pages are left out of that field's rate. */
  title: string | null;
  author: string | null;
  date: string | null;
  /**
   * wcxb's snippets: passages the article must hold (`with`) and passages of
   * the page's furniture it must not (`without`). Null for readability.
   */
  snippets: Snippets | null;
}

export interface Snippets {
  with: string[];
  without: string[];
}

export interface EvalPage {
  suite: SuiteName;
  /** Folder name (readability) or file number (wcxb). */
  name: string;
  url: string;
  html: string;
  truth: PageTruth;
}

export function suiteAvailable(suite: SuiteName): boolean {
  return existsSync(SUITE_FOLDERS[suite]);
}

/**
 * The suite's pages, or every `every`-th of them in name order. Without truth,
 * only the HTML is read: the benchmark needs no more, and reading less keeps
 * its memory baseline low.
 */
export async function loadSuite(suite: SuiteName, options: { every?: number; truth?: boolean } = {}): Promise<EvalPage[]> {
  const every = options.every ?? 1;
  const names = (await pageNames(suite)).filter((_, i) => i % every === 0);
  const read = suite === 'readability' ? readReadabilityPage : readWcxbPage;
  return Promise.all(names.map((name) => read(name, options.truth ?? true)));
}

async function pageNames(suite: SuiteName): Promise<string[]> {
  if (suite === 'readability') {
    const entries = await readdir(SUITE_FOLDERS.readability, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  }
  const files = await readdir(path.join(SUITE_FOLDERS.wcxb, 'ground-truth'));
  return files.filter((f) => f.endsWith('.json')).map((f) => path.basename(f, '.json')).sort();
}

const NO_TRUTH: PageTruth = { text: null, title: null, author: null, date: null, snippets: null };

interface ReadabilityMetadata {
  title?: string | null;
  /** The byline Readability finds, where the page has one. */
  byline?: string | null;
  /** The publication time Readability reads from the page's metadata, where it has one. */
  publishedTime?: string | null;
}

async function readReadabilityPage(name: string, withTruth: boolean): Promise<EvalPage> {
  const folder = path.join(SUITE_FOLDERS.readability, name);
  const html = await readFile(path.join(folder, 'source.html'), 'utf8');
  const page: EvalPage = { suite: 'readability', name, url: READABILITY_PAGE_URL, html, truth: NO_TRUTH };
  if (!withTruth) return page;
  const metadataPath = path.join(folder, 'expected-metadata.json');
  const [expected, metadataJson] = await Promise.all([
    readFile(path.join(folder, 'expected.html'), 'utf8'),
    readFile(metadataPath, 'utf8'),
  ]);
  const metadata = parseJson<ReadabilityMetadata>(metadataJson, metadataPath);
  const truth = { title: metadata.title || null, author: metadata.byline || null, date: metadata.publishedTime || null };
  return { ...page, truth: { text: htmlToText(expected), ...truth, snippets: null } };
}

interface WcxbRecord {
  url?: string;
  ground_truth?: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
    with?: string[] | null;
    without?: string[] | null;
  } | null;
}

/** The URL is in the truth file, so that is read either way. */
async function readWcxbPage(name: string, withTruth: boolean): Promise<EvalPage> {
  const truthPath = path.join(SUITE_FOLDERS.wcxb, 'ground-truth', `${name}.json`);
  const [gzipped, recordJson] = await Promise.all([
    readFile(path.join(SUITE_FOLDERS.wcxb, 'html', `${name}.html.gz`)),
    readFile(truthPath, 'utf8'),
  ]);
  const record = parseJson<WcxbRecord>(recordJson, truthPath);
  const truth = record.ground_truth ?? {};
  return {
    suite: 'wcxb',
    name,
    url: record.url ?? `http://wcxb.invalid/${name}.html`,
    html: gunzipSync(gzipped).toString('utf8'),
    truth: withTruth
      ? {
          text: typeof truth.main_content === 'string' ? truth.main_content : null,
          title: truth.title || null,
          author: truth.author || null,
          date: truth.publish_date || null,
          snippets: { with: truth.with ?? [], without: truth.without ?? [] },
        }
      : NO_TRUTH,
  };
}

function parseJson<T>(text: string, file: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`eval: ${file} is not valid JSON`, { cause: error });
  }
}
