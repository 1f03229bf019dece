/** POST /desk/logout: ends the session, here and in the database, and goes back to the login page. */
import { LOGIN_PATH } from '../access.ts';
import { recordAudit, userActor } from '../audit.ts';
import { signedInUser, type DeskHandler } from '../desk-context.ts';
import { endSession } from '../session/session-middleware.ts';

export const logout: DeskHandler = async (c, deps) => {
  const user = signedInUser(c);
  await endSession(c, deps);
  await recordAudit(deps.store, userActor(user), { action: 'logout', object: { type: 'user', id: user.id }, address: deps.clientAddress(c) }, deps.now());
  return c.redirect(LOGIN_PATH, 303);
};
