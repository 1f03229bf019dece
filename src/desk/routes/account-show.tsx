/** GET /desk/account: the user's own account; while two-factor sign-in is off, a new key to turn it on with. */
import { signedInSession, type DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { AccountPage } from '../pages/account-page.tsx';
import { newTotpSecret } from '../totp.ts';

export const accountShow: DeskHandler = async (c, deps) => {
  const session = signedInSession(c);
  const secret = session.user.totpEnabled ? null : newTotpSecret();
  const notice = c.req.query('two-factor') === 'on' && session.user.totpEnabled ? deps.strings.twoFactorEnabled : null;
  return renderDeskPage(c, <AccountPage deps={deps} session={session} secret={secret} notice={notice} error={null} />);
};
