/** POST /desk/account/two-factor: turns two-factor sign-in on once the code shows the app holds the key the page offered. */
import { userActor } from '../audit.ts';
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { textField } from '../forms/form-values.ts';
import { AccountPage } from '../pages/account-page.tsx';
import { isTotpSecret, newTotpSecret } from '../totp.ts';
import { enableTwoFactor } from '../two-factor.ts';

export const accountTwoFactor: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const body = await c.req.parseBody();
  const secret = textField(body, 'secret');
  const result = await enableTwoFactor({ store: deps.store, now: deps.now }, session.user, { secret, code: textField(body, 'code') }, { actor: userActor(session.user), address: deps.clientAddress(c) });
  if (result.ok) return c.redirect('/desk/account?two-factor=on', 303);
  const status = result.problem.code === 'already-on' ? 409 : 422;
  // A wrong code keeps the key the user may have added to the app already.
  const offered = session.user.totpEnabled ? null : isTotpSecret(secret) ? secret : newTotpSecret();
  const page = <AccountPage deps={deps} session={session} secret={offered} notice={null} error={deps.strings.twoFactorProblem(result.problem.code)} />;
  return renderDeskPage(c, page, status);
};
