/**
 * Reads a labelled story corpus: `articles/NNN.json` (one article each:
 * headline, text, lang, published, source) and `labels.json` (for each file
 * its event, its kind, and the file it copies when it is a syndicated copy).
 * The same layout serves the bundled set and any held-out set.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const CORPUS_DIR = path.join(import.meta.dirname, 'corpus');

const articleSchema = z.object({
  headline: z.string(),
  text: z.string(),
  lang: z.string().min(2),
  published: z.string().refine((value) => Number.isFinite(Date.parse(value)), 'an ISO 8601 time'),
  source: z.string(),
});

const labelSchema = z.object({
  event: z.string().min(1),
  kind: z.string().optional(),
  copyOf: z.string().optional(),
});

const labelsSchema = z.object({
  events: z.record(z.string(), z.object({ title: z.string().optional(), sharesWith: z.array(z.string()).optional() }).passthrough()).optional(),
  articles: z.record(z.string(), labelSchema),
});

export type CorpusArticle = z.infer<typeof articleSchema> & {
  /** The file name, which is the article's id throughout the evaluation. */
  id: string;
  event: string;
  kind: string;
  copyOf: string | null;
};

export interface Corpus {
  /** Oldest first (ties by id), the order a newsroom would receive them in. */
  articles: CorpusArticle[];
  /** Events that share a name or a place with another event, by event id. */
  hardNegatives: Set<string>;
}

export async function readCorpus(dir: string = CORPUS_DIR): Promise<Corpus> {
  const labelsFile = path.join(dir, 'labels.json');
  const labels = labelsSchema.parse(await readJson(labelsFile));
  const articlesDir = path.join(dir, 'articles');
  const files = (await readdir(articlesDir)).filter((file) => file.endsWith('.json')).sort();
  const articles: CorpusArticle[] = [];
  for (const file of files) {
    const label = labels.articles[file];
    if (!label) throw new Error(`eval:stories: ${file} has no entry in ${labelsFile}`);
    if (label.copyOf !== undefined && !labels.articles[label.copyOf]) {
      throw new Error(`eval:stories: ${file} copies ${label.copyOf}, which is not labelled`);
    }
    const article = articleSchema.safeParse(await readJson(path.join(articlesDir, file)));
    if (!article.success) throw new Error(`eval:stories: ${file} is not a corpus article: ${article.error.message}`, { cause: article.error });
    articles.push({ ...article.data, id: file, event: label.event, kind: label.kind ?? 'article', copyOf: label.copyOf ?? null });
  }
  const missing = Object.keys(labels.articles).filter((file) => !files.includes(file));
  if (missing.length > 0) throw new Error(`eval:stories: ${labelsFile} labels ${missing.length} missing files, e.g. ${missing[0]}`);
  articles.sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || (a.id < b.id ? -1 : 1));
  const hardNegatives = new Set(Object.entries(labels.events ?? {}).filter(([, event]) => (event.sharesWith ?? []).length > 0).map(([id]) => id));
  return { articles, hardNegatives };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`eval:stories: cannot read ${file}`, { cause: error });
  }
}
