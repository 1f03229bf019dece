/**
 * The frame of every desk page: a bar with the desk's sections (those the
 * user's role opens), who is signed in and the sign-out form, then the page.
 * Server-rendered, no script: every action is a form.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { languageAttributes } from '../text/direction.ts';
import { CSRF_FIELD } from './csrf-middleware.ts';
import type { DeskDeps, DeskSession } from './desk-context.ts';
import { deskLanguage } from './desk-strings.ts';
import { hasPrivilege, type Privilege } from './roles.ts';

export type DeskSection = 'home' | 'review' | 'articles' | 'users' | 'sources' | 'settings' | 'audit' | 'account';

interface NavItem {
  id: DeskSection;
  href: string;
  privilege: Privilege | null;
}

const NAV: NavItem[] = [
  { id: 'home', href: '/desk', privilege: null },
  { id: 'review', href: '/desk/review', privilege: 'review' },
  { id: 'articles', href: '/desk/articles', privilege: 'edit-articles' },
  { id: 'users', href: '/desk/users', privilege: 'manage-users' },
  { id: 'sources', href: '/desk/sources', privilege: 'manage-sources' },
  { id: 'settings', href: '/desk/settings', privilege: 'manage-settings' },
  { id: 'audit', href: '/desk/audit', privilege: 'view-audit' },
  { id: 'account', href: '/desk/account', privilege: null },
];

export interface DeskLayoutProps {
  deps: DeskDeps;
  /** The signed-in session; null on the login page and for visitors. */
  session: DeskSession | null;
  title: string;
  current?: DeskSection;
  children: Child;
}

export function DeskLayout({ deps, session, title, current, children }: DeskLayoutProps) {
  const { strings, config } = deps;
  const lang = deskLanguage(deps.lang);
  const user = session?.user ?? null;
  return (
    <html {...languageAttributes(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · ${strings.desk} · ${config.site.name}`}</title>
        <link rel="stylesheet" href={deps.stylesheet.url} />
      </head>
      <body>
        <header class="desk-bar">
          <a class="desk-name" href="/desk">
            {config.site.name} · {strings.desk}
          </a>
          {user && session && (
            <>
              <nav aria-label={strings.desk}>
                <ul>
                  {NAV.filter((item) => item.privilege === null || hasPrivilege(user.role, item.privilege)).map((item) => (
                    <li>
                      <a href={item.href} aria-current={item.id === current ? 'page' : undefined}>
                        {navLabel(deps, item.id)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <form class="desk-user" method="post" action="/desk/logout">
                <span>{strings.signedInAs(user.email, strings.roleName(user.role))}</span>
                <CsrfField session={session} />
                <button type="submit">{strings.logout}</button>
              </form>
            </>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

/** The hidden field with the session's token, in every form that posts. */
export function CsrfField({ session }: { session: DeskSession }) {
  return <input type="hidden" name={CSRF_FIELD} value={session.csrfToken} />;
}

function navLabel(deps: DeskDeps, id: DeskSection): string {
  const s = deps.strings;
  return { home: s.home, review: s.review, articles: s.articles, users: s.users, sources: s.sources, settings: s.settings, audit: s.audit, account: s.account }[id];
}

/** Desk pages are private and change with every action: never stored by a browser or a proxy. */
export async function renderDeskPage(c: Context, page: JSX.Element, status: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 = 200): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  return c.html(`<!DOCTYPE html>${(await page).toString()}`, status);
}

/** What the last action did (a notice) and what went wrong (an error), where a page shows them. */
export function Messages({ notice = null, error = null }: { notice?: string | null; error?: string | null }) {
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * The box a wide table (or block) scrolls in on a phone, so the page itself
 * never scrolls sideways (desk.css `.wide`). A table that holds links or
 * buttons is reached through them; one that holds none must itself be
 * reachable to be scrolled from the keyboard, so give it a name: `label`, or
 * `labelledBy` a heading's id. Named, the box is a focusable group (not a
 * landmark region: the page's sections are those).
 */
export function WideBox({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: Child }) {
  if (label === undefined && labelledBy === undefined) return <div class="wide">{children}</div>;
  return (
    <div class="wide" tabindex={0} role="group" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
