/** POST /desk/users/:id/disable: disables an account and ends its sessions; an admin cannot lock themselves out. */
import { disableUser } from '../accounts.ts';
import { userActor } from '../audit.ts';
import { signedInSession, type DeskContext, type DeskDeps, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseUserId } from '../forms/user-form.ts';
import { renderNotFound } from '../pages/message-page.tsx';
import { UsersPage } from '../pages/users-page.tsx';
import { problemText } from './user-create.tsx';

export const userDisable: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const id = parseUserId(c.req.param('id'));
  const user = id === null ? null : await deps.store.getUser(id);
  if (!user) return renderNotFound(c, deps);
  if (user.id === session.user.id) return refuse(c, deps, deps.strings.cannotDisableSelf);
  const result = await disableUser({ store: deps.store, now: deps.now }, user, { actor: userActor(session.user), address: deps.clientAddress(c) });
  if (!result.ok) return refuse(c, deps, problemText(deps.strings, result.problem));
  return c.redirect(`/desk/users?disabled=${user.id}`, 303);
};

async function refuse(c: DeskContext, deps: DeskDeps, error: string): Promise<Response> {
  const session = signedInSession(c);
  const users = await deps.store.listUsers();
  const page = <UsersPage deps={deps} session={session} users={users} notice={null} error={error} form={{ email: '', role: '' }} />;
  return renderDeskPage(c, page, 409);
}
