/** The second step of signing in to an account with two-factor sign-in: the code from the authenticator app. */
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { CsrfField, DeskLayout, Messages } from '../desk-layout.tsx';

export interface LoginCodePageProps {
  deps: DeskDeps;
  session: DeskSession;
  next: string;
  error: string | null;
}

export function LoginCodePage({ deps, session, next, error }: LoginCodePageProps) {
  const { strings } = deps;
  return (
    <DeskLayout deps={deps} session={null} title={strings.twoFactor}>
      <section class="login">
        <h1>{strings.twoFactor}</h1>
        <Messages error={error} />
        <p>{strings.loginCodePrompt}</p>
        <form method="post" action="/desk/login/code">
          <CsrfField session={session} />
          {next && <input type="hidden" name="next" value={next} />}
          <label>
            {strings.twoFactorCode}
            <input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" maxlength={16} required autofocus />
          </label>
          <button type="submit">{strings.signIn}</button>
        </form>
      </section>
    </DeskLayout>
  );
}
