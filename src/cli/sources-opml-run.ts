/** What `wiredesk sources import` and `sources export` do (command-sources-opml.ts registers them). */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.ts';
import { normalizeLink } from '../ingest/link-normalize.ts';
import { parseOpml, writeOpml, type OpmlOutline } from '../ingest/opml.ts';
import { entrySection } from '../pipeline/entry-section.ts';
import { pickLocalised } from '../site/localised-text.ts';
import type { SourceDefinition, StoredSource } from '../store/store.ts';
import { slugify } from '../text/slug.ts';
import { leadingSubtag } from '../text/language-tag.ts';
import { write, type CliIo } from './cli-io.ts';
import { terminalText } from './text-table.ts';
import type { AppContext } from './app-context.ts';
import type { ImportOptions, WithAppContext } from './command-sources-opml.ts';
import { idFromUrl, requireMode, requireSection, uniqueId } from './source-options.ts';
import { recordAudit } from '../desk/audit.ts';
import { sourceRecord } from '../desk/source-actions.ts';
import { commandActor } from './command-actor.ts';

/** Ids are typed on command lines: a long feed title makes a short id. */
const MAX_IMPORTED_ID_LENGTH = 40;
const HTTP_URL = /^https?:\/\//i;
const TRAILING_DASHES = /-+$/;
/** slugify() answers "article" when a title has nothing it can spell in ASCII. */
const SLUG_FALLBACK = 'article';
const MENTIONS_FALLBACK = /article/i;

/** Reads and checks the file before the store opens: a broken file changes nothing. */
export async function importOpmlFile(withContext: WithAppContext, io: CliIo, file: string, options: ImportOptions): Promise<void> {
  const doc = parseOpml(await readOpmlFile(io, file), file);
  await withContext((ctx) => importSources(ctx, io, file, doc.outlines, doc.warnings, options));
}

export async function exportSources(ctx: AppContext, io: CliIo, options: { output?: string }): Promise<void> {
  const opml = exportOpml(ctx.config, await ctx.store.listSources(), ctx.now());
  if (options.output === undefined) {
    write(io.stdout, opml);
    return;
  }
  await writeFile(path.resolve(io.cwd, options.output), opml);
  write(io.stderr, `wrote ${options.output}`);
}

async function readOpmlFile(io: CliIo, file: string): Promise<Buffer> {
  try {
    return await readFile(path.resolve(io.cwd, file));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read it';
    throw new Error(`sources import: ${file}: ${reason}`, { cause });
  }
}

async function importSources(
  ctx: AppContext,
  io: CliIo,
  file: string,
  outlines: OpmlOutline[],
  warnings: string[],
  options: ImportOptions,
): Promise<void> {
  const fallback = requireSection(ctx.config, options.section);
  requireMode(options.mode);
  const existing = await ctx.store.listSources();
  const plan = planImport(outlines, existing, { config: ctx.config, fallbackSection: fallback, ...options });
  for (const warning of [...warnings, ...plan.warnings]) ctx.log.warn(warning);
  const now = ctx.now().toISOString();
  for (const def of plan.added) {
    if (!options.dryRun) {
      await ctx.store.upsertSource(def, 'cli', now);
      const added = await ctx.store.getSource(def.id);
      await recordAudit(ctx.store, commandActor(io), { action: 'source-change', object: { type: 'source', id: def.id }, after: added && sourceRecord(added), reason: `sources import ${file}` }, ctx.now());
    }
    write(io.stdout, `${options.dryRun ? 'would add' : 'added'} ${def.id} (${def.section}): ${terminalText(def.name)}`);
  }
  const skipped = plan.skipped === 0 ? '' : `, ${plan.skipped} skipped (already present)`;
  const verb = options.dryRun ? 'would be added' : 'added';
  write(io.stdout, `${file}: ${plan.added.length} ${verb}${skipped}${options.dryRun ? '; nothing was changed' : ''}`);
}

interface ImportPlan {
  added: SourceDefinition[];
  /** Feeds whose URL is already a source (or listed twice in the file). */
  skipped: number;
  warnings: string[];
}

interface PlanOptions extends ImportOptions {
  config: Config;
  fallbackSection: string;
}

/**
 * Which outlines become sources, with which ids and sections. A feed goes to
 * the section its innermost folder names (by id or by a section title in any
 * language, as feed categories do), else an outer folder's, else the fallback.
 */
function planImport(outlines: OpmlOutline[], existing: StoredSource[], options: PlanOptions): ImportPlan {
  const takenIds = new Set(existing.map((s) => s.id));
  const knownUrls = new Set(existing.map((s) => feedKey(s.url)));
  const plan: ImportPlan = { added: [], skipped: 0, warnings: [] };
  for (const outline of outlines) {
    if (!HTTP_URL.test(outline.xmlUrl)) {
      // A list from elsewhere must not point the desk at files on this machine.
      plan.warnings.push(`opml: feed "${outline.xmlUrl}" is not an http(s) address; skipped`);
      continue;
    }
    const key = feedKey(outline.xmlUrl);
    if (knownUrls.has(key)) {
      plan.skipped += 1;
      continue;
    }
    knownUrls.add(key);
    const name = outline.text ?? outline.title ?? idFromUrl(outline.xmlUrl);
    const id = uniqueId(importedId(name, outline.xmlUrl), takenIds);
    takenIds.add(id);
    plan.added.push({
      id,
      name,
      url: outline.xmlUrl,
      format: 'auto',
      section: entrySection([...outline.folders].reverse(), options.fallbackSection, options.config.sections),
      language: options.pinLang ? languageOf(outline, plan.warnings) : 'auto',
      mode: options.mode,
      fullText: 'feed',
      licence: null,
      notice: null,
    });
  }
  return plan;
}

/** The feed's title as a slug; its host name when the title leaves nothing to spell. */
function importedId(name: string, url: string): string {
  const slug = slugify(name, '');
  if (slug === SLUG_FALLBACK && !MENTIONS_FALLBACK.test(name)) return idFromUrl(url);
  return slug.length <= MAX_IMPORTED_ID_LENGTH ? slug : slug.slice(0, MAX_IMPORTED_ID_LENGTH).replace(TRAILING_DASHES, '');
}

/** `en-GB` → `en`: editions and sources use primary language subtags only. */
function languageOf(outline: OpmlOutline, warnings: string[]): SourceDefinition['language'] {
  if (outline.language === null) return 'auto';
  const primary = leadingSubtag(outline.language);
  if (primary !== null) return primary;
  warnings.push(`opml: feed ${outline.xmlUrl}: language "${outline.language}" is not a language code; auto`);
  return 'auto';
}

/** Two spellings of one address (host case, default port, fragment, tracking parameters) are one feed, as for `sources add`. */
function feedKey(url: string): string {
  return normalizeLink(url);
}

function exportOpml(config: Config, sources: StoredSource[], now: Date): string {
  const mainLang = (config.editions.find((e) => e.path === '/') ?? config.editions[0])?.lang ?? 'en';
  const sectionTitles = new Map(
    config.sections.map((s) => [s.id, pickLocalised(s.title, [mainLang, 'en']) ?? s.id] as const),
  );
  const list = sources.map((s) => ({
    name: s.name,
    url: s.url,
    language: s.language === 'auto' ? null : s.language,
    section: s.section,
  }));
  return writeOpml(list, { title: `${config.site.name}: sources`, dateCreated: now, sectionTitles });
}
