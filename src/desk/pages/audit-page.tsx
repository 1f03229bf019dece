/** The audit log page (admins): newest first, filterable by actor and action, exportable as JSON Lines. */
import type { StoredAuditEntry } from '../../store/store.ts';
import { AUDIT_ACTIONS } from '../audit.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatDeskTime } from '../desk-dates.ts';
import { DeskLayout, WideBox } from '../desk-layout.tsx';
import { auditFilterQuery, type AuditFilter } from '../forms/audit-filter.ts';

export interface AuditPageProps {
  deps: DeskDeps;
  session: DeskSession;
  filter: AuditFilter;
  entries: StoredAuditEntry[];
  /** The id to page back from, when older entries exist. */
  olderFrom: number | null;
}

export function AuditPage({ deps, session, filter, entries, olderFrom }: AuditPageProps) {
  const { strings, config } = deps;
  return (
    <DeskLayout deps={deps} session={session} title={strings.auditTitle} current="audit">
      <h1>{strings.auditTitle}</h1>
      <form method="get" action="/desk/audit" class="inline-form filters">
        <label>
          {strings.actor}
          <input type="text" name="actor" value={filter.actor ?? ''} placeholder="name@example.org, cli:name" />
        </label>
        <label>
          {strings.action}
          <select name="action">
            <option value="">{strings.anyAction}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option value={action} selected={action === filter.action}>
                {strings.actionName(action)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{strings.filter}</button>
        <a href={`/desk/audit${auditFilterQuery(filter, { format: 'jsonl' })}`}>{strings.exportJsonl}</a>
      </form>
      {entries.length === 0 ? (
        <p class="quiet">{strings.noEntries}</p>
      ) : (
        <WideBox label={strings.auditTitle}>
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.actor}</th>
                <th scope="col">{strings.action}</th>
                <th scope="col">{strings.object}</th>
                <th scope="col">{strings.change}</th>
                <th scope="col">{strings.reason}</th>
                <th scope="col">{strings.address}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr class={entry.action}>
                  <td>{formatDeskTime(entry.at, deps.lang, config.site.timeZone)}</td>
                  <td>{entry.actor}</td>
                  <td>{strings.actionName(entry.action)}</td>
                  <td>{entry.objectType ? `${entry.objectType} ${entry.objectId ?? ''}` : ''}</td>
                  <td>
                    <Change entry={entry} />
                  </td>
                  <td>{entry.reason ?? ''}</td>
                  <td>{entry.address ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
      {olderFrom !== null && (
        <p>
          <a href={`/desk/audit${auditFilterQuery(filter, { before: String(olderFrom) })}`}>{strings.olderEntries} →</a>
        </p>
      )}
    </DeskLayout>
  );
}

/** Before and after as compact JSON; the full values are in the export. */
function Change({ entry }: { entry: StoredAuditEntry }) {
  if (entry.before === null && entry.after === null) return null;
  return (
    <code class="change">
      {entry.before !== null && <del>{JSON.stringify(entry.before)}</del>}
      {entry.before !== null && entry.after !== null && ' → '}
      {entry.after !== null && <ins>{JSON.stringify(entry.after)}</ins>}
    </code>
  );
}
