/** The desk home: what waits for review, which sources are in trouble, recent kills and corrections, who is here. */
import type { ReviewQueueCount, SignedInUser, StoredAuditEntry } from '../../store/store.ts';
import type { SourceWithHealth } from '../../store/source-health.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { formatAge, formatDeskTime } from '../desk-dates.ts';
import { DeskLayout, WideBox } from '../desk-layout.tsx';
import { editionName } from '../edition-name.ts';
import { hasPrivilege } from '../roles.ts';

export interface HomeData {
  queue: ReviewQueueCount[];
  troubled: SourceWithHealth[];
  kills: StoredAuditEntry[];
  signedIn: SignedInUser[];
  now: Date;
}

export function HomePage({ deps, session, data }: { deps: DeskDeps; session: DeskSession; data: HomeData }) {
  const { strings } = deps;
  return (
    <DeskLayout deps={deps} session={session} title={strings.home} current="home">
      <h1>{strings.desk}</h1>
      <div class="panels">
        <QueuePanel deps={deps} data={data} />
        <SourcesPanel deps={deps} troubled={data.troubled} canManage={session.user !== null && hasPrivilege(session.user.role, 'manage-sources')} />
        <KillsPanel deps={deps} kills={data.kills} canEdit={session.user !== null && hasPrivilege(session.user.role, 'edit-articles')} />
        <SignedInPanel deps={deps} data={data} />
      </div>
    </DeskLayout>
  );
}

/** Every edition, in configuration order, then any other language something waits in. */
function queueRows(deps: DeskDeps, queue: ReviewQueueCount[]): { lang: string; title: string; count: ReviewQueueCount | null }[] {
  const { config } = deps;
  const byLang = new Map(queue.map((q) => [q.lang, q]));
  const rows = config.editions.map((e) => ({ lang: e.lang, title: editionName(deps, e.lang), count: byLang.get(e.lang) ?? null }));
  for (const q of queue) if (!config.editions.some((e) => e.lang === q.lang)) rows.push({ lang: q.lang, title: editionName(deps, q.lang), count: q });
  return rows;
}

function QueuePanel({ deps, data }: { deps: DeskDeps; data: HomeData }) {
  const { strings } = deps;
  const rows = queueRows(deps, data.queue);
  return (
    <section class="panel" aria-labelledby="queue">
      <h2 id="queue">{strings.queueTitle}</h2>
      <WideBox>
        <table>
          <thead>
            <tr>
              <th scope="col">{strings.edition}</th>
              <th scope="col" class="num">{strings.waiting}</th>
              <th scope="col">{strings.oldest}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr class={row.count ? 'waiting' : undefined}>
                <th scope="row" lang={row.lang}>
                  {row.title}
                </th>
                <td class="num">
                  <a href={`/desk/review?edition=${encodeURIComponent(row.lang)}`}>{row.count?.count ?? 0}</a>
                </td>
                <td>{row.count ? formatAge(row.count.oldestAt, data.now, deps.lang) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideBox>
      {data.queue.length === 0 && <p class="quiet">{strings.queueEmpty}</p>}
    </section>
  );
}

function SourcesPanel({ deps, troubled, canManage }: { deps: DeskDeps; troubled: SourceWithHealth[]; canManage: boolean }) {
  const { strings, config } = deps;
  return (
    <section class="panel" aria-labelledby="sources">
      <h2 id="sources">{strings.sourcesInTrouble}</h2>
      {canManage && (
        <p>
          <a href="/desk/sources">{strings.allSources}</a> · <a href="/desk/settings">{strings.settings}</a>
        </p>
      )}
      {troubled.length === 0 ? (
        <p class="quiet">{strings.noSourceTrouble}</p>
      ) : (
        <WideBox>
          <table>
            <thead>
              <tr>
                <th scope="col">{strings.source}</th>
                <th scope="col">{strings.problem}</th>
                <th scope="col">{strings.lastSuccess}</th>
              </tr>
            </thead>
            <tbody>
              {troubled.map(({ source, health }) => (
                <tr class={health.consecutiveFailures > 0 ? 'failing' : 'silent'}>
                  <th scope="row">
                    {canManage ? <a href={`/desk/sources#source-${source.id}`}>{source.name}</a> : source.name} <span class="id">{source.id}</span>
                  </th>
                  <td>{health.consecutiveFailures > 0 ? strings.failing(health.consecutiveFailures, health.lastError ?? '') : strings.silent}</td>
                  <td>{health.lastSuccessAt ? formatDeskTime(health.lastSuccessAt, deps.lang, config.site.timeZone) : strings.never}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
    </section>
  );
}

function KillsPanel({ deps, kills, canEdit }: { deps: DeskDeps; kills: StoredAuditEntry[]; canEdit: boolean }) {
  const { strings, config } = deps;
  return (
    <section class="panel" aria-labelledby="kills">
      <h2 id="kills">{strings.recentKills}</h2>
      {canEdit && (
        <p>
          <a href="/desk/articles?status=killed">{strings.allKilledArticles}</a> · <a href="/desk/articles">{strings.allArticles}</a>
        </p>
      )}
      {kills.length === 0 ? (
        <p class="quiet">{strings.noRecentKills}</p>
      ) : (
        <WideBox>
          <table>
            <thead>
              <tr>
                <th scope="col">{strings.when}</th>
                <th scope="col">{strings.action}</th>
                <th scope="col">{strings.object}</th>
                <th scope="col">{strings.who}</th>
                <th scope="col">{strings.reason}</th>
              </tr>
            </thead>
            <tbody>
              {kills.map((entry) => (
                <tr class={entry.action}>
                  <td>{formatDeskTime(entry.at, deps.lang, config.site.timeZone)}</td>
                  <td>{strings.actionName(entry.action)}</td>
                  <td>{objectCell(entry, canEdit)}</td>
                  <td>{entry.actor}</td>
                  <td>{entry.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
    </section>
  );
}

/** Articles link to their desk page for those who may open it; other objects are named. */
function objectCell(entry: StoredAuditEntry, canEdit: boolean) {
  if (entry.objectType === 'article' && entry.objectId && canEdit) return <a href={`/desk/articles/${encodeURIComponent(entry.objectId)}`}>#{entry.objectId}</a>;
  return entry.objectType ? `${entry.objectType} ${entry.objectId ?? ''}` : '';
}

function SignedInPanel({ deps, data }: { deps: DeskDeps; data: HomeData }) {
  const { strings } = deps;
  return (
    <section class="panel" aria-labelledby="signed-in">
      <h2 id="signed-in">{strings.signedInNow}</h2>
      <WideBox labelledBy="signed-in">
        <table>
          <thead>
            <tr>
              <th scope="col">{strings.email}</th>
              <th scope="col">{strings.role}</th>
              <th scope="col">{strings.lastSeen}</th>
            </tr>
          </thead>
          <tbody>
            {data.signedIn.map((u) => (
              <tr>
                <td>{u.email}</td>
                <td>{strings.roleName(u.role)}</td>
                <td>{formatAge(u.lastSeenAt, data.now, deps.lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideBox>
    </section>
  );
}
