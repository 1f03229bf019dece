/** GET /desk/login: the sign-in form, with a session for its token; the signed-in go to the desk. */
import { safeNextPath } from '../access.ts';
import type { DeskHandler } from '../desk-context.ts';
import { renderDeskPage } from '../desk-layout.tsx';
import { LoginPage } from '../pages/login-page.tsx';
import { ensureVisitorSession } from '../session/session-middleware.ts';

export const loginShow: DeskHandler = async (c, deps) => {
  const next = c.req.query('next');
  if (c.get('session')?.user) return c.redirect(safeNextPath(next), 303);
  const session = await ensureVisitorSession(c, deps);
  const page = <LoginPage deps={deps} session={session} email="" next={next ? safeNextPath(next) : ''} error={null} />;
  return renderDeskPage(c, page);
};
