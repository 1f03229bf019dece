/**
 * The inputs of `wiredesk extract`: files, the pages in a directory, or URLs,
 * each read into bytes under the same size limit as a fetch (fetch.maxBytes).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Config } from '../config/schema.ts';

export interface ExtractInput {
  /** As the user named it: a path (a directory's entries joined to it) or a URL. */
  name: string;
  kind: 'file' | 'url';
}

export interface PageBytes {
  bytes: Uint8Array;
  /** The Content-Type of a fetched page, for its charset; null for files. */
  contentType: string | null;
  /** The URL that answered, after redirects; null for files. */
  url: string | null;
}

/** Saved pages, compressed or not. `.htm` too: browsers on Windows still save pages under that name. */
const PAGE_FILE = /\.html?(?:\.gz)?$/iu;
const GZIPPED = /\.gz$/iu;
const HTTP_URL = /^https?:\/\//iu;

/** What a fetch of a page asks for: HTML first, anything else accepted so the error can say what came. */
const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/**
 * Media types that are certainly not a page. Anything else is tried: servers
 * label HTML as text/plain or application/octet-stream often enough, and the
 * extractor recognises binary data itself.
 */
const NOT_A_PAGE = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-gzip|json|msword|vnd\.)/u;

const gunzipAsync = promisify(gunzip);

/**
 * A directory stands for the pages directly in it, sorted by name so runs
 * compare line by line. Not recursive: a folder of saved pages is flat, and
 * walking into a site mirror's or a project's subfolders by accident could
 * read thousands of files nobody asked for; `find … -exec` is there for that.
 */
export async function expandInputs(names: readonly string[], cwd: string): Promise<ExtractInput[]> {
  const inputs: ExtractInput[] = [];
  for (const name of names) {
    if (HTTP_URL.test(name)) {
      inputs.push({ name, kind: 'url' });
      continue;
    }
    const info = await stat(path.resolve(cwd, name)).catch(() => null);
    if (!info?.isDirectory()) {
      // A missing file is reported as that input's failure, not as a usage error, so the others go on.
      inputs.push({ name, kind: 'file' });
      continue;
    }
    const entries = await readdir(path.resolve(cwd, name), { withFileTypes: true });
    const pages = entries.filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name)).map((entry) => entry.name);
    for (const page of pages.sort()) inputs.push({ name: path.join(name, page), kind: 'file' });
  }
  return inputs;
}

/** The fetcher (undici and its guarded pool) is loaded for the first URL; saved pages never need it. */
export async function readInput(input: ExtractInput, cwd: string, config: Config): Promise<PageBytes> {
  if (input.kind === 'url') {
    const [{ fetchResource }, { fetchSettings }] = await Promise.all([import('../ingest/http-fetch.ts'), import('../pipeline/fetch-settings.ts')]);
    const result = await fetchResource(input.name, { ...fetchSettings(config), accept: ACCEPT_HTML });
    const contentType = result.headers['content-type'] ?? null;
    const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (NOT_A_PAGE.test(type)) throw new Error(`extract: ${result.url} is ${type}, not an HTML page`);
    return { bytes: result.body, contentType, url: result.url };
  }
  return { bytes: await readPageFile(path.resolve(cwd, input.name), input.name, config.fetch.maxBytes), contentType: null, url: null };
}

/**
 * A saved page is read with the synchronous calls: a page is read in a
 * millisecond or two, while the promise-based stat and readFile cost about
 * 0.7 ms of CPU a file in a short-lived process (a FileHandle, several trips
 * through the thread pool, code not yet optimised), 3 % of `wiredesk
 * extract`'s time over a folder of 329 pages.
 */
async function readPageFile(file: string, name: string, maxBytes: number): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (cause) {
    // "No such file" is the whole story; the system's message would only repeat it with the absolute path.
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`extract: cannot read ${name}: no such file`);
    throw new Error(`extract: cannot read ${name}: ${(cause as Error).message}`, { cause });
  }
  if (!info.isFile()) throw new Error(`extract: ${name} is not a file`);
  if (info.size > maxBytes) throw tooLarge(name, `is ${info.size} bytes`, maxBytes);
  const bytes = readFileSync(file);
  if (!GZIPPED.test(name)) return bytes;
  // The limit applies to the page, not to its compressed form: a small .gz can hold gigabytes.
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(name, 'unpacks to more bytes', maxBytes);
    throw new Error(`extract: ${name} is not a readable gzip file`, { cause });
  }
}

function tooLarge(name: string, what: string, maxBytes: number): Error {
  return new Error(`extract: ${name} ${what}, over the limit of ${maxBytes} bytes (fetch.maxBytes)`);
}
