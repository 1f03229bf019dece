/** Checks and defaults shared by the commands that add sources (`sources add`, `sources import`). */
import path from 'node:path';
import type { Config } from '../config/schema.ts';
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
