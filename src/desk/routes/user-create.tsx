/** POST /desk/users: adds an account, or shows the form again with the reason it was refused. */
import { addUser, type AccountProblem } from '../accounts.ts';
import { userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import type { DeskStrings } from '../desk-strings.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { parseNewUserForm } from '../forms/user-form.ts';
import { UsersPage } from '../pages/users-page.tsx';

export const userCreate: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const form = parseNewUserForm((await c.req.parseBody()));
  const origin = { actor: userActor(session.user), address: deps.clientAddress(c) };
  const result = await addUser({ store: deps.store, now: deps.now, passwordParams: deps.passwordParams }, form, origin);
  if (result.ok) return c.redirect(`/desk/users?added=${result.user.id}`, 303);
  const users = await deps.store.listUsers();
  const error = problemText(deps.strings, result.problem);
  const status = result.problem.code === 'exists' ? 409 : 422;
  const page = <UsersPage deps={deps} session={session} users={users} notice={null} error={error} form={{ email: form.email, role: form.role }} />;
  return renderDeskPage(c, page, status);
};

export function problemText(strings: DeskStrings, problem: AccountProblem): string {
  switch (problem.code) {
    case 'bad-email':
      return strings.badEmail;
    case 'bad-role':
      return strings.badRole;
    case 'exists':
      return strings.userExists;
    case 'no-such-user':
      return strings.noSuchUser;
    case 'disabled-already':
      return strings.disabledAlready;
    case 'last-admin':
      return strings.lastAdmin;
    case 'weak-password':
      return strings.weakPassword(problem.problem);
  }
}
