/** The sign-in form: email, password, the session's token and where to go next. */
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { CsrfField, DeskLayout, Messages } from '../desk-layout.tsx';

export interface LoginPageProps {
  deps: DeskDeps;
  /** The visitor's session: its token goes in the form. */
  session: DeskSession;
  email: string;
  next: string;
  error: string | null;
}

export function LoginPage({ deps, session, email, next, error }: LoginPageProps) {
  const { strings } = deps;
  return (
    <DeskLayout deps={deps} session={null} title={strings.loginTitle}>
      <section class="login">
        <h1>{strings.loginTitle}</h1>
        <Messages error={error} />
        <form method="post" action="/desk/login">
          <CsrfField session={session} />
          {next && <input type="hidden" name="next" value={next} />}
          <label>
            {strings.email}
            <input type="email" name="email" value={email} autocomplete="username" required autofocus />
          </label>
          <label>
            {strings.password}
            <input type="password" name="password" autocomplete="current-password" required />
          </label>
          <button type="submit">{strings.signIn}</button>
        </form>
      </section>
    </DeskLayout>
  );
}
