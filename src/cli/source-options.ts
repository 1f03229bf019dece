/** Checks and defaults shared by the commands that add sources (`sources add`, `sources import`). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/schema.ts';
import { normalizeLink } from '../ingest/link-normalize.ts';
import { UsageError } from './cli-io.ts';

/** `https://www.wire.example.org/rss` → `wire-example-org`. */
export function idFromUrl(url: string): string {
  let base: string;
  try {
    base = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    base = path.basename(url).replace(/\.[^.]+$/, '');
  }
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** The section named by --section, or the first configured one; an unknown id is a usage error. */
export function requireSection(config: Config, section: string | undefined): string {
  const id = section ?? config.sections[0]?.id ?? 'trends';
  if (!config.sections.some((s) => s.id === id)) {
    throw new UsageError(`--section: unknown section "${id}" (sections: ${config.sections.map((s) => s.id).join(', ')})`);
  }
  return id;
}

export function requireMode(mode: string): void {
  if (!['republish', 'link'].includes(mode)) throw new UsageError(`--mode: must be republish or link`);
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * One spelling per feed location, to tell whether a source exists already:
 * an http(s) address normalised as entries' links are (host case, default
 * port, fragment and tracking parameters do not make another feed), a file
 * by its absolute file: URL, relative paths taken from the configuration's folder.
 */
export function feedLocationKey(location: string, baseDir: string): string {
  const trimmed = location.trim();
  if (/^https?:/i.test(trimmed)) return normalizeLink(trimmed);
  if (/^file:/i.test(trimmed)) {
    try {
      return new URL(trimmed).href;
    } catch {
      return trimmed;
    }
  }
  return pathToFileURL(path.resolve(baseDir, trimmed)).href;
}
