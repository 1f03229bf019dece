/**
 * The settings page (admins): the configuration in effect, read-only. The
 * parts a newsroom asks about come first as tables (site, database, editions,
 * engines, licence rules per source, the latter as the database holds them:
 * the file's sources and those added since); then the whole configuration,
 * redacted (settings-view.ts). Nothing here writes wiredesk.yaml.
 */
import path from 'node:path';
import type { StoredSource, StoredUser } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { DeskLayout, WideBox } from '../desk-layout.tsx';
import { redactedConfig, shownAddress } from '../settings-view.ts';

export interface SettingsPageProps {
  deps: DeskDeps;
  session: DeskSession & { user: StoredUser };
  sources: StoredSource[];
}

export function SettingsPage({ deps, session, sources }: SettingsPageProps) {
  const { strings, config } = deps;
  const file = config.file ? path.basename(config.file) : 'wiredesk.yaml';
  return (
    <DeskLayout deps={deps} session={session} title={strings.settings} current="settings">
      <h1>{strings.settings}</h1>
      <p>{strings.settingsIntro(file)}</p>

      <h2>{strings.site}</h2>
      <WideBox label={strings.site}>
        <table class="settings">
          <tbody>
            <tr>
              <th scope="row">{strings.sourceName}</th>
              <td>{config.site.name}</td>
            </tr>
            <tr>
              <th scope="row">{strings.baseUrl}</th>
              <td dir="ltr">{shownAddress(config.site.baseUrl)}</td>
            </tr>
            <tr>
              <th scope="row">{strings.timeZone}</th>
              <td dir="ltr">{config.site.timeZone}</td>
            </tr>
            <tr>
              <th scope="row">{strings.database}</th>
              <td>{strings.databaseKind(config.databaseUrl === null ? 'sqlite' : 'postgres')}</td>
            </tr>
          </tbody>
        </table>
      </WideBox>

      <h2>{strings.editions}</h2>
      <WideBox label={strings.editions}>
        <table class="settings">
          <thead>
            <tr>
              <th scope="col">{strings.language}</th>
              <th scope="col">{strings.path}</th>
              <th scope="col">{strings.title}</th>
            </tr>
          </thead>
          <tbody>
            {config.editions.map((edition) => (
              <tr>
                <td dir="ltr">{edition.lang}</td>
                <td dir="ltr">{edition.path}</td>
                <td lang={edition.lang}>{edition.title ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideBox>

      <Engines deps={deps} />
      <LicenceRules deps={deps} sources={sources} />

      <h2>{strings.fullConfiguration}</h2>
      <p class="quiet">{strings.redactedNote}</p>
      <pre class="configuration" dir="ltr" tabindex={0} role="group" aria-label={strings.fullConfiguration}>
        {JSON.stringify(redactedConfig(config), null, 2)}
      </pre>
    </DeskLayout>
  );
}

function Engines({ deps }: { deps: DeskDeps }) {
  const { strings, config } = deps;
  const { engines, pairs } = config.translation;
  return (
    <>
      <h2>{strings.engines}</h2>
      {engines.length === 0 ? (
        <p class="quiet">{strings.noEngines}</p>
      ) : (
        <WideBox label={strings.engines}>
          <table class="settings">
            <thead>
              <tr>
                <th scope="col">id</th>
                <th scope="col">{strings.engine}</th>
                <th scope="col">URL</th>
                <th scope="col">{strings.pairs}</th>
              </tr>
            </thead>
            <tbody>
              {engines.map((engine) => (
                <tr>
                  <th scope="row" dir="ltr">
                    {engine.id}
                  </th>
                  <td dir="ltr">{engine.kind === 'openai' ? `openai (${engine.model})` : engine.kind}</td>
                  <td dir="ltr">{shownAddress(engine.url)}</td>
                  <td dir="ltr">
                    {pairs
                      .filter((pair) => pair.engine === engine.id)
                      .map((pair) => `${pair.from} → ${pair.to}`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideBox>
      )}
    </>
  );
}

function LicenceRules({ deps, sources }: { deps: DeskDeps; sources: StoredSource[] }) {
  const { strings } = deps;
  return (
    <>
      <h2>{strings.licenceRules}</h2>
      <WideBox label={strings.licenceRules}>
        <table class="settings">
          <thead>
            <tr>
              <th scope="col">{strings.source}</th>
              <th scope="col">{strings.licenceEdits}</th>
              <th scope="col">{strings.licenceTranslation}</th>
              <th scope="col">{strings.licenceText}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr>
                <th scope="row">
                  {source.name} <span class="id">{source.id}</span>
                  <br />
                  <span class="quiet">{strings.originName(source.origin)}</span>
                </th>
                <td dir="ltr">{source.licenceRules.edits}</td>
                <td dir="ltr">{source.licenceRules.translation}</td>
                <td>{source.licence ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </WideBox>
    </>
  );
}
