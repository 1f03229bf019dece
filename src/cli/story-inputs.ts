/**
 * Articles for `wiredesk stories cluster`, read from a directory: `.txt`
 * (first line the headline, the rest the text), `.html`/`.htm` (through the
 * extractor; a page it rejects still gives its <title> or <h1> and its
 * paragraphs) and `.json` (an object with headline or title, text or body,
 * and optionally lang and published). Files are taken in name order so the
 * output is the same on every machine.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findAll, findOne, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { extract } from '../extract/extract.ts';
import { decodeHtml } from '../extract/html/html-decoding.ts';
import { parseHtml } from '../text/nesting-limit.ts';
import { normalizeText } from '../text/normalize.ts';
import { dominantScript } from '../text/script.ts';
import type { ArticleInput } from '../stories/story-clusterer.ts';

const ARTICLE_FILE = /\.(txt|html?|json)$/iu;
const TAGS = /<[^>]*>/gu;

export interface StoryFile {
  /** File name relative to the directory. */
  name: string;
  article: ArticleInput;
}

export async function readStoryDirectory(dir: string): Promise<StoryFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String).filter((name) => ARTICLE_FILE.test(name));
  } catch (error) {
    throw new Error(`stories cluster: cannot read directory ${dir}`, { cause: error });
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: StoryFile[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name)).catch((error: unknown) => {
      throw new Error(`stories cluster: cannot read ${name}`, { cause: error });
    });
    files.push({ name, article: articleFromFile(name, bytes) });
  }
  return files;
}

export function articleFromFile(name: string, bytes: Uint8Array): ArticleInput {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.json') return fromJson(name, new TextDecoder().decode(bytes));
  if (extension === '.txt') return fromText(name, new TextDecoder().decode(bytes));
  return fromHtml(name, decodeHtml(bytes, null).html);
}

function fromText(name: string, text: string): ArticleInput {
  const clean = text.replace(/^\uFEFF/u, '');
  const newline = clean.indexOf('\n');
  const headline = normalizeText(newline < 0 ? clean : clean.slice(0, newline));
  const body = newline < 0 ? '' : clean.slice(newline + 1).trim();
  return { id: name, lang: languageOf(`${headline}\n${body}`), headline, text: body, published: null };
}

function fromJson(name: string, json: string): ArticleInput {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`stories cluster: ${name} is not JSON`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`stories cluster: ${name} is not a JSON object`);
  const record = data as Record<string, unknown>;
  const headline = stringField(record, 'headline') ?? stringField(record, 'title') ?? '';
  const text = stringField(record, 'text') ?? stringField(record, 'body') ?? '';
  const published = stringField(record, 'published');
  if (published !== null && !Number.isFinite(Date.parse(published))) {
    throw new Error(`stories cluster: ${name} has an unreadable "published" date "${published}"`);
  }
  return { id: name, lang: stringField(record, 'lang') ?? languageOf(`${headline}\n${text}`), headline, text, published };
}

function fromHtml(name: string, html: string): ArticleInput {
  // Tags end at a ">": past the last one there is none to take out, and each "<" there would look to the end.
  const lastTagEnd = html.lastIndexOf('>') + 1;
  const lang = languageOf(`${html.slice(0, lastTagEnd).replace(TAGS, ' ')}${html.slice(lastTagEnd)}`);
  try {
    const article = extract(html, { url: null, language: lang });
    return { id: name, lang: article.lang, headline: article.headline, text: article.text, published: article.published };
  } catch {
    // A page the extractor rejects (too short, not an article) still has a title and paragraphs to cluster by.
    const document = parseHtml(html);
    const heading = findOne((el: Element) => el.name === 'h1' || el.name === 'title', document.children, true);
    const paragraphs = findAll((el: Element) => el.name === 'p', document.children).map((p) => normalizeText(textContent(p)));
    const headline = heading ? normalizeText(textContent(heading)) : '';
    return { id: name, lang, headline, text: paragraphs.filter(Boolean).join('\n\n'), published: null };
  }
}

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

/** The script decides between the desk's languages without loading a language model. */
function languageOf(text: string): string {
  const script = dominantScript(text);
  if (script === 'Devanagari') return 'hi';
  if (script === 'Latin' || script === null) return 'en';
  return script.toLowerCase();
}
