/**
 * What an admin may do to a source, for the desk's sources page and the
 * `wiredesk sources` commands alike: pause, resume, fetch now, add, remove.
 * Each checks, changes the store and appends a `source-change` entry with the
 * source before and after. A refusal comes back as a problem code, which each
 * caller words in its own language; storage failures are thrown.
 *
 * Sources defined in wiredesk.yaml are synced from the file at every start:
 * they can be paused (the pause is the database's, and survives the sync) but
 * not removed here, which the next start would undo; the file is never
 * written from the web.
 */
import type { SourceDefinition, SourceOrigin, Store, StoredSource } from '../store/store.ts';
import { recordAudit } from './audit.ts';
import { withoutUrlCredentials } from '../util/secret-values.ts';
import type { ChangeOrigin } from './accounts.ts';

export interface SourceActionDeps {
  store: Store;
  now: () => Date;
}

export type SourceProblem =
  | { code: 'no-source' }
  | { code: 'paused-already' }
  | { code: 'not-paused' }
  /** Removing it would last until the next start, which syncs it back from the file. */
  | { code: 'defined-in-config' }
  | { code: 'id-taken' }
  /** Another source fetches the same feed. */
  | { code: 'same-feed'; sourceId: string };

export type SourceResult = { ok: true; source: StoredSource } | { ok: false; problem: SourceProblem };

/**
 * What the log keeps of a source: its definition and the state an admin
 * changes, not its validators; and its address without credentials (a key in
 * a feed's query string stays out of an append-only log that admins export).
 */
export function sourceRecord(source: StoredSource) {
  const { id, name, format, section, language, mode, fullText, licence, licenceRules, origin, pausedAt, nextFetchAt } = source;
  const url = /^https?:/i.test(source.url) ? (withoutUrlCredentials(source.url) ?? source.url) : source.url;
  return { id, name, url, format, section, language, mode, fullText, licence, licenceRules, origin, pausedAt, nextFetchAt };
}

export async function pauseSource(deps: SourceActionDeps, id: string, origin: ChangeOrigin & { reason: string | null }): Promise<SourceResult> {
  const before = await deps.store.getSource(id);
  if (!before) return refused({ code: 'no-source' });
  if (before.pausedAt !== null) return refused({ code: 'paused-already' });
  const now = deps.now();
  await deps.store.setSourcePaused(id, now.toISOString());
  return changed(deps, before, origin, now);
}

export async function resumeSource(deps: SourceActionDeps, id: string, origin: ChangeOrigin & { reason: string | null }): Promise<SourceResult> {
  const before = await deps.store.getSource(id);
  if (!before) return refused({ code: 'no-source' });
  if (before.pausedAt === null) return refused({ code: 'not-paused' });
  const now = deps.now();
  await deps.store.setSourcePaused(id, null);
  return changed(deps, before, origin, now);
}

/**
 * Makes the source due at once: the next pass (the scheduler looks every
 * minute) fetches it, within its host's politeness limits, and a host that
 * asked to wait (Retry-After) is still not asked before its time. The web
 * request itself fetches nothing.
 */
export async function fetchSourceNow(deps: SourceActionDeps, id: string, origin: ChangeOrigin & { reason: string | null }): Promise<SourceResult> {
  const before = await deps.store.getSource(id);
  if (!before) return refused({ code: 'no-source' });
  if (before.pausedAt !== null) return refused({ code: 'paused-already' });
  const now = deps.now();
  await deps.store.scheduleSourceFetch(id, now.toISOString());
  return changed(deps, before, origin, now);
}

/**
 * Adds a source the database owns (`origin` says who added it). `sameFeed`
 * tells two spellings of one feed apart from two feeds; the caller knows how
 * locations are normalised.
 */
export async function addSource(
  deps: SourceActionDeps,
  definition: SourceDefinition,
  options: ChangeOrigin & { reason: string | null; origin: Exclude<SourceOrigin, 'config'>; sameFeed: (a: string, b: string) => boolean },
): Promise<SourceResult> {
  const sources = await deps.store.listSources();
  if (sources.some((s) => s.id === definition.id)) return refused({ code: 'id-taken' });
  const same = sources.find((s) => options.sameFeed(s.url, definition.url));
  if (same) return refused({ code: 'same-feed', sourceId: same.id });
  const now = deps.now();
  await deps.store.upsertSource(definition, options.origin, now.toISOString());
  const source = await deps.store.getSource(definition.id);
  if (!source) throw new Error(`desk: source "${definition.id}" vanished as it was added`);
  await recordAudit(deps.store, options.actor, { action: 'source-change', object: { type: 'source', id: source.id }, after: sourceRecord(source), reason: options.reason, address: options.address ?? null }, now);
  return { ok: true, source };
}

/** Removes a source the database owns, with its entries and articles. */
export async function removeSource(deps: SourceActionDeps, id: string, origin: ChangeOrigin & { reason: string | null }): Promise<SourceResult> {
  const before = await deps.store.getSource(id);
  if (!before) return refused({ code: 'no-source' });
  if (before.origin === 'config') return refused({ code: 'defined-in-config' });
  const now = deps.now();
  // Removed meanwhile by someone else: nothing was changed by this call.
  if (!(await deps.store.removeSource(id))) return refused({ code: 'no-source' });
  await recordAudit(deps.store, origin.actor, { action: 'source-change', object: { type: 'source', id }, before: sourceRecord(before), reason: origin.reason, address: origin.address ?? null }, now);
  return { ok: true, source: before };
}

async function changed(deps: SourceActionDeps, before: StoredSource, origin: ChangeOrigin & { reason: string | null }, now: Date): Promise<SourceResult> {
  const after = await deps.store.getSource(before.id);
  if (!after) return refused({ code: 'no-source' });
  await recordAudit(
    deps.store,
    origin.actor,
    { action: 'source-change', object: { type: 'source', id: before.id }, before: sourceRecord(before), after: sourceRecord(after), reason: origin.reason, address: origin.address ?? null },
    now,
  );
  return { ok: true, source: after };
}

function refused(problem: SourceProblem): SourceResult {
  return { ok: false, problem };
}
