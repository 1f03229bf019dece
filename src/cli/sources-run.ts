/** What the `wiredesk sources` commands do (command-sources.ts registers them). */
import { sourceFieldSchemas, sourceFormats, type SourceConfig } from '../config/schema.ts';
import { feedBaseDir } from '../pipeline/fetch-settings.ts';
import { readSourceFeed } from '../pipeline/ingest-source.ts';
import { readSourceHealth, type SourceWithHealth } from '../store/source-health.ts';
import type { SourceDefinition } from '../store/store.ts';
import { recordAudit } from '../desk/audit.ts';
import { pauseSource, removeSource as removeStoredSource, resumeSource, sourceRecord, type SourceProblem } from '../desk/source-actions.ts';
import { UsageError, write, type CliIo } from './cli-io.ts';
import { commandActor } from './command-actor.ts';
import { terminalJson } from './terminal-text.ts';
import type { AppContext } from './app-context.ts';
import { feedLocationKey, idFromUrl, requireMode, requireSection, uniqueId } from './source-options.ts';
import { formatTable, terminalText } from './text-table.ts';

export interface AddOptions {
  id?: string;
  name?: string;
  section?: string;
  lang?: string;
  mode: SourceConfig['mode'];
  format: SourceConfig['format'];
  check: boolean;
}

export async function listSources(ctx: AppContext, io: CliIo, options: { json?: boolean }): Promise<void> {
  const list = await readSourceHealth(ctx.store, ctx.now());
  if (!options.json) {
    write(io.stdout, sourcesTable(list));
    return;
  }
  const withRate = list.map(({ source, health }) => ({ ...source, entriesPerDay: health.entriesPerDay }));
  write(io.stdout, terminalJson(withRate, 2));
}

export async function removeSource(ctx: AppContext, io: CliIo, id: string): Promise<void> {
  const result = await removeStoredSource(ctx, id, { actor: commandActor(io), reason: 'sources remove' });
  if (!result.ok) throw new UsageError(problemText(ctx, id, result.problem));
  write(io.stdout, `removed source "${id}" with its entries and articles`);
}

/** `sources pause ID`, `sources resume ID`: the same change as the desk's buttons, audited as the command. */
export async function pauseOrResume(ctx: AppContext, io: CliIo, id: string, change: 'pause' | 'resume'): Promise<void> {
  const act = change === 'pause' ? pauseSource : resumeSource;
  const result = await act(ctx, id, { actor: commandActor(io), reason: `sources ${change}` });
  if (!result.ok) throw new UsageError(problemText(ctx, id, result.problem));
  write(io.stdout, change === 'pause' ? `paused source "${id}": no pass fetches it until "wiredesk sources resume ${id}"` : `resumed source "${id}": the next pass fetches it when it is due`);
}

function problemText(ctx: AppContext, id: string, problem: SourceProblem): string {
  switch (problem.code) {
    case 'no-source':
      return `no source with id "${id}" (see "wiredesk sources list")`;
    case 'defined-in-config':
      return `source "${id}" is defined in ${ctx.config.file ?? 'the configuration'}; delete it there`;
    case 'paused-already':
      return `source "${id}" is paused already`;
    case 'not-paused':
      return `source "${id}" is not paused`;
    case 'id-taken':
      return `a source with id "${id}" exists already`;
    case 'same-feed':
      return `that feed is source "${problem.sourceId}" already`;
  }
}

export async function addSource(ctx: AppContext, io: CliIo, url: string, options: AddOptions): Promise<void> {
  const { config, store } = ctx;
  const section = requireSection(config, options.section);
  requireMode(options.mode);
  if (!sourceFieldSchemas.format.safeParse(options.format).success) {
    throw new UsageError(`--format: must be one of ${sourceFormats.join(', ')}`);
  }
  // Without --lang, each item's language comes from the feed's declaration or
  // the text itself (the schema's default, auto); a feed-wide <language> is too
  // often wrong to pin a source to.
  const language = sourceFieldSchemas.language.safeParse(options.lang);
  if (!language.success) throw new UsageError(`--lang: "${options.lang}" is not a language code such as hi or en`);
  const sources = await store.listSources();
  const existing = new Set(sources.map((s) => s.id));
  const id = options.id ?? uniqueId(idFromUrl(url), existing);
  if (!sourceFieldSchemas.id.safeParse(id).success) throw new UsageError(`--id: "${id}" must be lowercase letters, digits and dashes`);
  if (existing.has(id)) throw new UsageError(`a source with id "${id}" exists already`);
  const key = feedLocationKey(url, feedBaseDir(config));
  const same = sources.find((s) => feedLocationKey(s.url, feedBaseDir(config)) === key);
  if (same) throw new UsageError(`${url} is source "${same.id}" already (see "wiredesk sources list")`);
  const feed = options.check ? await checkFeed(ctx, url, options.format) : null;
  const definition: SourceDefinition = {
    id,
    name: options.name ?? feed?.title ?? id,
    url,
    format: options.format,
    section,
    language: language.data,
    mode: options.mode,
    fullText: 'feed',
    licence: null,
    notice: null,
  };
  await store.upsertSource(definition, 'cli', ctx.now().toISOString());
  const added = await store.getSource(id);
  await recordAudit(store, commandActor(io), { action: 'source-change', object: { type: 'source', id }, after: added && sourceRecord(added), reason: 'sources add' }, ctx.now());
  const count = feed ? ` (${feed.entries} items now)` : '';
  // The name may be the feed's own title: one line, whatever it holds.
  write(io.stdout, `added source "${id}": ${terminalText(definition.name)}${count}; "wiredesk ingest" fetches it`);
}

async function checkFeed(ctx: AppContext, url: string, format: SourceConfig['format']) {
  const result = await readSourceFeed(ctx, { id: 'new-source', url, format });
  const feed = result.feed;
  return { title: feed?.title ?? null, entries: feed?.entries.length ?? 0 };
}

function sourcesTable(list: SourceWithHealth[]): string {
  if (list.length === 0) return 'no sources yet: add one with "wiredesk sources add URL"';
  return formatTable(
    ['id', 'section', 'lang', 'state', 'last attempt', 'status', 'last success', 'failures', 'next fetch', 'per day', 'last error', 'body started'],
    list.map(({ source: s, health: h }) => [
      s.id,
      s.section,
      s.language,
      s.pausedAt === null ? 'active' : 'paused',
      shortTime(h.lastAttemptAt),
      h.lastStatus === null ? '—' : String(h.lastStatus),
      shortTime(h.lastSuccessAt),
      String(h.consecutiveFailures),
      shortTime(h.nextFetchAt),
      h.entriesPerDay.toFixed(1),
      h.lastError ?? '',
      s.lastErrorBody ?? '',
    ]),
  );
}

function shortTime(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—';
}
