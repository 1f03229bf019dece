/**
 * The sources page (admins): every source with its health, including what
 * the public API keeps back (the last error's text and the start of the body
 * the server sent), its state and entries, the actions that fit where it is
 * defined, and a form to add a feed. Everything from a source or its server
 * is text, escaped by the renderer.
 */
import path from 'node:path';
import { sourceFormats } from '../../config/source-formats.ts';
import type { SourceWithHealth } from '../../store/source-health.ts';
import type { StoredSource, StoredUser } from '../../store/store.ts';
import { maskUrlPasswords, withoutUrlCredentials } from '../../util/secret-values.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { CsrfField, DeskLayout, Messages, WideBox } from '../desk-layout.tsx';
import type { NewSourceForm } from '../forms/source-form.ts';

export interface SourceRow extends SourceWithHealth {
  /** Every entry stored for it. */
  entries: number;
}

export interface SourcesPageProps {
  deps: DeskDeps;
  session: DeskSession & { user: StoredUser };
  sources: SourceRow[];
  notice: string | null;
  error: string | null;
  /** The add form's values after a refusal. */
  form: NewSourceForm | null;
}

export const EMPTY_SOURCE_FORM: NewSourceForm = { id: '', name: '', url: '', section: '', language: 'auto', mode: 'republish', format: 'auto' };

export function SourcesPage({ deps, session, sources, notice, error, form }: SourcesPageProps) {
  const { strings, config } = deps;
  const file = config.file ? path.basename(config.file) : 'wiredesk.yaml';
  return (
    <DeskLayout deps={deps} session={session} title={strings.sources} current="sources">
      <h1>{strings.sources}</h1>
      <Messages notice={notice} error={error} />
      <p>{strings.sourcesIntro}</p>
      <p class="quiet">{strings.configSourcesNote(file)}</p>
      {sources.length === 0 ? (
        <p class="quiet">{strings.noSources}</p>
      ) : (
        <WideBox>
          <table class="sources">
            <thead>
              <tr>
                <th scope="col">{strings.source}</th>
                <th scope="col">{strings.state}</th>
                <th scope="col">{strings.lastFetch}</th>
                <th scope="col">{strings.lastSuccess}</th>
                <th scope="col" class="num">{strings.httpStatus}</th>
                <th scope="col">{strings.errorKind}</th>
                <th scope="col">{strings.bodyStart}</th>
                <th scope="col" class="num">{strings.failures}</th>
                <th scope="col" class="num">{strings.entries}</th>
                <th scope="col" class="num">{strings.perDay}</th>
                <th scope="col">{strings.nextFetch}</th>
                <th scope="col">{strings.actions}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((row) => (
                <SourceTableRow deps={deps} session={session} row={row} />
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
      <AddSourceForm deps={deps} session={session} form={form ?? EMPTY_SOURCE_FORM} />
    </DeskLayout>
  );
}

function SourceTableRow({ deps, session, row }: { deps: DeskDeps; session: DeskSession; row: SourceRow }) {
  const { strings, config } = deps;
  const { source, health } = row;
  const time = (iso: string | null) => (iso ? formatDeskTime(iso, deps.lang, config.site.timeZone) : strings.never);
  const paused = source.pausedAt !== null;
  const failing = health.consecutiveFailures > 0;
  return (
    <tr id={`source-${source.id}`} class={paused ? 'paused' : failing ? 'failing' : undefined}>
      <th scope="row">
        {source.name} <span class="id">{source.id}</span>
        <br />
        <span class="quiet">
          {strings.originName(source.origin)} · {source.section} · {source.language} · <span dir="ltr">{shownUrl(source)}</span>
        </span>
      </th>
      <td>{paused ? strings.pausedSince(time(source.pausedAt)) : strings.activeSource}</td>
      <td>{time(health.lastAttemptAt)}</td>
      <td>{time(health.lastSuccessAt)}</td>
      <td class="num">{health.lastStatus ?? ''}</td>
      <td>
        {health.lastErrorKind === null ? '' : strings.errorKindName(health.lastErrorKind)}
        {health.lastError && (
          <>
            <br />
            <span class="quiet" dir="ltr">
              {maskUrlPasswords(health.lastError)}
            </span>
          </>
        )}
      </td>
      <td>{source.lastErrorBody !== null && <code dir="ltr">{source.lastErrorBody}</code>}</td>
      <td class="num">{health.consecutiveFailures}</td>
      <td class="num">{row.entries}</td>
      <td class="num">{health.entriesPerDay.toFixed(1)}</td>
      <td>{paused ? '' : time(health.nextFetchAt)}</td>
      <td class="source-actions">
        <SourceActions deps={deps} session={session} source={source} />
      </td>
    </tr>
  );
}

function SourceActions({ deps, session, source }: { deps: DeskDeps; session: DeskSession; source: StoredSource }) {
  const { strings } = deps;
  const base = `/desk/sources/${encodeURIComponent(source.id)}`;
  const paused = source.pausedAt !== null;
  return (
    <>
      <form method="post" action={`${base}/${paused ? 'resume' : 'pause'}`} class="inline-form">
        <CsrfField session={session} />
        <label>
          <span class="visually-hidden">{strings.reasonOptional}</span>
          <input type="text" name="reason" maxlength={500} placeholder={strings.reasonOptional} />
        </label>
        <button type="submit" aria-label={`${paused ? strings.resume : strings.pause}: ${source.id}`}>
          {paused ? strings.resume : strings.pause}
        </button>
      </form>
      {!paused && (
        <form method="post" action={`${base}/fetch-now`} class="inline-form">
          <CsrfField session={session} />
          <button type="submit" aria-label={`${strings.fetchNow}: ${source.id}`}>
            {strings.fetchNow}
          </button>
        </form>
      )}
      {source.origin !== 'config' && (
        <form method="post" action={`${base}/remove`} class="inline-form">
          <CsrfField session={session} />
          <label>
            <span class="visually-hidden">{strings.removeConfirm(source.id)}</span>
            <input type="text" name="confirm" required autocomplete="off" placeholder={source.id} title={strings.removeConfirm(source.id)} />
          </label>
          <button type="submit" class="danger" aria-label={`${strings.remove}: ${source.id}`}>
            {strings.remove}
          </button>
        </form>
      )}
    </>
  );
}

/** An http(s) feed without credentials in its address; a local file as configured (admins run the server). */
function shownUrl(source: StoredSource): string {
  return /^https?:/i.test(source.url) ? (withoutUrlCredentials(source.url) ?? source.url) : source.url;
}

function AddSourceForm({ deps, session, form }: { deps: DeskDeps; session: DeskSession; form: NewSourceForm }) {
  const { strings, config } = deps;
  return (
    <section class="add-source" aria-labelledby="add-source">
      <h2 id="add-source">{strings.addSource}</h2>
      <form method="post" action="/desk/sources" class="inline-form">
        <CsrfField session={session} />
        <label>
          {strings.feedUrl}
          <input type="url" name="url" value={form.url} required maxlength={2048} dir="ltr" />
        </label>
        <label>
          {strings.sourceId}
          <input type="text" name="id" value={form.id} required pattern="[a-z0-9][a-z0-9\-]*" dir="ltr" />
        </label>
        <label>
          {strings.sourceName}
          <input type="text" name="name" value={form.name} maxlength={200} />
        </label>
        <label>
          {strings.section}
          <select name="section" required>
            {config.sections.map((section) => (
              <option value={section.id} selected={section.id === form.section}>
                {section.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.languageOrAuto}
          <input type="text" name="language" value={form.language} required dir="ltr" />
        </label>
        <label>
          {strings.mode}
          <select name="mode">
            {(['republish', 'link'] as const).map((mode) => (
              <option value={mode} selected={mode === form.mode}>
                {mode}
              </option>
            ))}
          </select>
        </label>
        <label>
          {strings.format}
          <select name="format">
            {sourceFormats.map((format) => (
              <option value={format} selected={format === form.format}>
                {format}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{strings.add}</button>
      </form>
      <p class="quiet">{strings.cliAddHint}</p>
    </section>
  );
}
