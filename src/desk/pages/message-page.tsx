/** Pages that say why the desk did not do something: not allowed, not found, failed. */
import type { Context } from 'hono';
import type { DeskDeps, DeskSession } from '../desk-context.ts';
import { DeskLayout, renderDeskPage } from '../desk-layout.tsx';

interface MessageProps {
  deps: DeskDeps;
  session: DeskSession | null;
  title: string;
  message: string;
}

export function MessagePage({ deps, session, title, message }: MessageProps) {
  return (
    <DeskLayout deps={deps} session={session} title={title}>
      <section class="message">
        <h1>{title}</h1>
        <p>{message}</p>
        <p>
          <a href="/desk">{deps.strings.backHome}</a>
        </p>
      </section>
    </DeskLayout>
  );
}

function sessionOf(c: Context): DeskSession | null {
  return (c.get('session') as DeskSession | null | undefined) ?? null;
}

export function renderForbidden(c: Context, deps: DeskDeps, message: string): Promise<Response> {
  const page = <MessagePage deps={deps} session={sessionOf(c)} title={deps.strings.forbiddenTitle} message={message} />;
  return renderDeskPage(c, page, 403);
}

export function renderNotFound(c: Context, deps: DeskDeps): Promise<Response> {
  const page = <MessagePage deps={deps} session={sessionOf(c)} title={deps.strings.notFoundTitle} message={deps.strings.notFoundBody} />;
  return renderDeskPage(c, page, 404);
}

export function renderServerError(c: Context, deps: DeskDeps): Promise<Response> {
  // The session may be what failed to load: the error page does not depend on it.
  const page = <MessagePage deps={deps} session={null} title={deps.strings.errorTitle} message={deps.strings.errorBody} />;
  return renderDeskPage(c, page, 500);
}
