/** GET /desk/settings: the configuration in effect, read-only, secrets hidden. */
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { SettingsPage } from '../pages/settings-page.tsx';

export const settingsShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const sources = await deps.store.listSources();
  return renderDeskPage(c, <SettingsPage deps={deps} session={session} sources={sources} />);
};
