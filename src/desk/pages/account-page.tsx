/**
 * The signed-in user's own account: who they are, and two-factor sign-in.
 * While it is off, the page shows a new key (and its otpauth:// address) with
 * a form to confirm it by a code; the key is on this page only, and is never
 * shown again once two-factor sign-in is on.
 */
import type { StoredUser } from '../../store/store.ts';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { CsrfField, DeskLayout, Messages } from '../desk-layout.tsx';
import { otpauthUri } from '../totp.ts';

export interface AccountPageProps {
  deps: DeskDeps;
  session: DeskSession & { user: StoredUser };
  /** The key offered while two-factor sign-in is off. */
  secret: string | null;
  notice: string | null;
  error: string | null;
}

export function AccountPage({ deps, session, secret, notice, error }: AccountPageProps) {
  const { strings, config } = deps;
  const { user } = session;
  return (
    <DeskLayout deps={deps} session={session} title={strings.account} current="account">
      <h1>{strings.account}</h1>
      <p>{strings.signedInAs(user.email, strings.roleName(user.role))}</p>
      <Messages notice={notice} error={error} />
      <section aria-labelledby="two-factor">
        <h2 id="two-factor">{strings.twoFactor}</h2>
        {user.totpEnabled || secret === null ? (
          <>
            <p>{strings.twoFactorOn}</p>
            <p class="quiet">{strings.twoFactorLost}</p>
          </>
        ) : (
          <>
            <p>{strings.twoFactorOff}</p>
            <p>{strings.twoFactorSteps}</p>
            <p>
              <code class="otpauth" dir="ltr">
                {otpauthUri(secret, user.email, config.site.name)}
              </code>
            </p>
            <p>
              {strings.twoFactorSecret}: <code dir="ltr">{secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
            </p>
            <form method="post" action="/desk/account/two-factor" class="inline-form">
              <CsrfField session={session} />
              <input type="hidden" name="secret" value={secret} />
              <label>
                {strings.twoFactorCode}
                <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" maxlength={16} required />
              </label>
              <button type="submit">{strings.turnOn}</button>
            </form>
          </>
        )}
      </section>
    </DeskLayout>
  );
}
