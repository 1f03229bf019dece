/**
 * Copies an article's images into the data directory's media store, so the
 * site serves them itself and a reader's browser never requests another host.
 * Files are named by the sha-256 of their bytes: the same picture syndicated by
 * five sources is stored once, and a name can never be a path.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Block, Figure } from '../extract/article.ts';
import { fetchResource } from '../ingest/http-fetch.ts';
import type { FetchSettings } from './fetch-settings.ts';
import { errorMessage, type Logger } from './pipeline-context.ts';

/** News photos are rarely above a few MiB; anything larger is not worth a reader's data. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** Formats the site serves, recognised by their first bytes rather than by what a server claims. */
const SIGNATURES: { ext: string; matches: (b: Buffer) => boolean }[] = [
  { ext: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'jpg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'gif', matches: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: 'webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { ext: 'avif', matches: (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif' },
];

export interface MediaStoreOptions {
  mediaDir: string;
  /** The desk's fetch settings; maxBytes is replaced by the image limit. */
  fetch: FetchSettings;
  log: Logger;
}

/** Returns the article with `stored` set on every figure whose image could be copied. */
export async function storeArticleImages(article: Article, options: MediaStoreOptions): Promise<Article> {
  const stored = new Map<string, string | null>();
  const store = async (figure: Figure): Promise<Figure> => {
    if (!stored.has(figure.src)) stored.set(figure.src, await storeImage(figure.src, options));
    const file = stored.get(figure.src);
    return file ? { ...figure, stored: file } : figure;
  };
  const blocks: Block[] = [];
  for (const block of article.blocks) blocks.push(block.type === 'figure' ? await store(block) : block);
  const image = article.image ? await store(article.image) : null;
  return { ...article, blocks, image };
}

/** The stored file name, or null when the image could not be fetched or is not an image. */
export async function storeImage(src: string, options: MediaStoreOptions): Promise<string | null> {
  try {
    const response = await fetchResource(src, { ...options.fetch, maxBytes: MAX_IMAGE_BYTES, accept: 'image/*' });
    const format = SIGNATURES.find((s) => s.matches(response.body));
    if (!format) throw new Error('the answer is not a PNG, JPEG, GIF, WebP or AVIF image');
    const name = `${createHash('sha256').update(response.body).digest('hex')}.${format.ext}`;
    await writeOnce(path.join(options.mediaDir, name), response.body);
    return name;
  } catch (error) {
    options.log.warn(`media: image ${src} not stored: ${errorMessage(error)}`);
    return null;
  }
}

/** Content-addressed, so an existing file is already right; new ones appear whole or not at all. */
async function writeOnce(file: string, bytes: Buffer): Promise<void> {
  if (await exists(file)) return;
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
