/** GET /desk/users: the accounts, with the outcome of the last add or disable (`?added=ID`, `?disabled=ID`). */
import type { DeskDeps, DeskHandler } from '../desk-context.ts';
import { signedInSession } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseUserId } from '../forms/user-form.ts';
import { UsersPage } from '../pages/users-page.tsx';

export const usersShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const users = await deps.store.listUsers();
  const notice = await outcome(deps, parseUserId(c.req.query('added')), parseUserId(c.req.query('disabled')));
  const page = <UsersPage deps={deps} session={session} users={users} notice={notice} error={null} form={{ email: '', role: '' }} />;
  return renderDeskPage(c, page);
};

async function outcome(deps: DeskDeps, added: number | null, disabled: number | null): Promise<string | null> {
  const id = added ?? disabled;
  const user = id === null ? null : await deps.store.getUser(id);
  if (!user) return null;
  return added !== null ? deps.strings.userAdded(user.email) : deps.strings.userDisabled(user.email);
}
