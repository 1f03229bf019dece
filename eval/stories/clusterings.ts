/**
 * The clusterings eval:stories compares: wiredesk's StoryClusterer fed in
 * publication order, the `wiredesk stories cluster` CLI on the corpus
 * directory, and two baselines (every article its own story; articles with
 * the same headline are one story).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { StoryClusterer } from '../../src/stories/story-clusterer.ts';
import type { CorpusArticle } from './stories-corpus.ts';

export interface Clustering {
  /** Article id → predicted story id. */
  story: Map<string, string>;
  /** Article id → the article shown for its group of copies (itself when it is no copy). */
  canonical: Map<string, string>;
}

/** Feeds the articles, oldest first, to one clusterer; stories and canonicals are read once all are in. */
export function wiredeskClustering(articles: readonly CorpusArticle[]): Clustering {
  const clusterer = new StoryClusterer();
  const story = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const article of articles) {
    const assigned = clusterer.add({ id: article.id, lang: article.lang, headline: article.headline, text: article.text, published: article.published });
    story.set(article.id, assigned.storyId);
    canonical.set(article.id, assigned.canonicalId);
  }
  // Merges and later, more complete copies can change both after an article was added.
  for (const [id, storyId] of story) {
    story.set(id, clusterer.resolve(storyId));
    canonical.set(id, clusterer.canonicalOf(id) ?? canonical.get(id)!);
  }
  return { story, canonical };
}

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'wiredesk.js');
/** The CLI reads the whole corpus at once; its JSONL output for 10⁴ articles stays well under this. */
const CLI_MAX_BUFFER = 64 * 1024 * 1024;

/** Runs `wiredesk stories cluster <dir> --format jsonl` and reads one `{input, story, canonical}` line per file. */
export async function cliClustering(articlesDir: string): Promise<Clustering> {
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [BIN, 'stories', 'cluster', articlesDir, '--format', 'jsonl'], { maxBuffer: CLI_MAX_BUFFER }));
  } catch (error) {
    throw new Error(`eval:stories: \`wiredesk stories cluster ${articlesDir} --format jsonl\` failed`, { cause: error });
  }
  const story = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const line of stdout.split('\n').filter((l) => l.trim() !== '')) {
    const row = JSON.parse(line) as { input?: unknown; story?: unknown; canonical?: unknown };
    if (typeof row.input !== 'string' || typeof row.story !== 'string') throw new Error(`eval:stories: unexpected CLI line ${line.slice(0, 120)}`);
    // Inputs may be printed as paths; the corpus names articles by file name.
    const id = path.basename(row.input);
    story.set(id, row.story);
    canonical.set(id, typeof row.canonical === 'string' ? path.basename(row.canonical) : id);
  }
  return { story, canonical };
}

export function eachAloneBaseline(articles: readonly CorpusArticle[]): Clustering {
  const self = new Map(articles.map((a) => [a.id, a.id]));
  return { story: self, canonical: new Map(self) };
}

const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/g;

/** Headlines equal after NFC, case folding and dropping punctuation are one story; the earliest is the canonical. */
export function sameHeadlineBaseline(articles: readonly CorpusArticle[]): Clustering {
  const first = new Map<string, string>();
  const story = new Map<string, string>();
  for (const article of articles) {
    const key = article.headline.normalize('NFC').toLowerCase().replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim();
    if (!first.has(key)) first.set(key, article.id);
    story.set(article.id, first.get(key)!);
  }
  return { story, canonical: new Map(story) };
}
