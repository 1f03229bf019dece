/**
 * `/media/:file`: images the pipeline copied into the media store, named by the
 * sha-256 of their bytes. Only such names are served, so no request can reach
 * any other file, and a name never changes content: the cache may keep it forever.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';

/** Content-addressed names only: 64 hex digits of sha-256 and a known image extension. */
const MEDIA_FILE_NAME = /^[a-f0-9]{64}\.(jpg|png|gif|webp|avif)$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** A year, the longest lifetime caches honour (RFC 9111 §5.2.2.1 advises no more). */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

export function isMediaFileName(name: string): boolean {
  return MEDIA_FILE_NAME.test(name);
}

/** The site path of a stored image, or null when the stored name is not a valid media name. */
export function mediaPath(stored: string): string | null {
  return isMediaFileName(stored) ? `/media/${stored}` : null;
}

export function addMediaRoute(app: Hono, mediaDir: string): void {
  app.get('/media/:file', async (c) => {
    const name = c.req.param('file');
    const match = MEDIA_FILE_NAME.exec(name);
    if (!match) return c.notFound();
    const etag = `"${name.slice(0, 64)}"`;
    const headers = { 'Cache-Control': IMMUTABLE_CACHE, ETag: etag };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(mediaDir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return c.notFound();
      throw new Error(`site: cannot read media file ${name} in ${mediaDir}`, { cause: error });
    }
    const type = CONTENT_TYPES[match[1] ?? ''] ?? 'application/octet-stream';
    return c.body(new Uint8Array(bytes), 200, { ...headers, 'Content-Type': type });
  });
}
