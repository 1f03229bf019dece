/**
 * The JSON API. `GET /api/sources`: every source with its fetch health, for
 * monitoring and for scripts. The site is public, so nothing secret leaves:
 * no ETags or licence texts, no credentials in feed URLs (user:password@, or
 * query parameters named like keys and tokens), no server paths of local feed
 * files, only their file names, and of the last error only its kind and HTTP
 * status: its text may quote what the server sent, which is for the command
 * line and the desk.
 */
import path from 'node:path';
import type { Hono } from 'hono';
import { readSourceHealth, type SourceHealth, type SourceWithHealth } from '../store/source-health.ts';
import type { Store, StoredSource } from '../store/store.ts';
import { withoutUrlCredentials } from '../util/secret-values.ts';
import { addStoryApiRoutes } from './stories-api.ts';

export interface ApiDeps {
  store: Store;
  now: () => Date;
}

export interface ApiSource {
  id: string;
  name: string;
  url: string;
  format: StoredSource['format'];
  section: string;
  language: string;
  mode: StoredSource['mode'];
  fullText: StoredSource['fullText'];
  health: Omit<SourceHealth, 'lastError'>;
}

/** Health changes with every fetch; a cached copy would show a feed as fine after it broke. */
const API_CACHE_CONTROL = 'no-store';

const HTTP_URL = /^https?:\/\//i;
/** The API's stand-in for a hidden value: a plain word, which stays readable inside a URL. */
const REDACTED = 'redacted';

export function addApiRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/sources', async (c) => {
    const sources = await readSourceHealth(deps.store, deps.now());
    c.header('Cache-Control', API_CACHE_CONTROL);
    return c.json({ sources: sources.map(apiSource) });
  });
  addStoryApiRoutes(app, deps.store);
}

function apiSource({ source, health: { lastError: _text, ...health } }: SourceWithHealth): ApiSource {
  return {
    id: source.id,
    name: source.name,
    url: publicFeedUrl(source.url),
    format: source.format,
    section: source.section,
    language: source.language,
    mode: source.mode,
    fullText: source.fullText,
    health,
  };
}

/** An http(s) URL without its credentials (util/secret-values.ts); a local file by its name alone. */
export function publicFeedUrl(url: string): string {
  if (!HTTP_URL.test(url)) return path.basename(url);
  return withoutUrlCredentials(url, REDACTED) ?? REDACTED;
}
