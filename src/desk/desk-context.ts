/** What every desk handler is given: the app's dependencies, and the request's session. */
import type { Context } from 'hono';
import type { Config } from '../config/schema.ts';
import type { Store, StoredUser } from '../store/store.ts';
import type { DeskStylesheet } from './desk-assets.ts';
import type { DeskStrings } from './desk-strings.ts';
import type { DeskTranslation } from './desk-translation.ts';
import type { ScryptParams } from './password-hash.ts';

export interface DeskDeps {
  config: Config;
  store: Store;
  now: () => Date;
  logError: (message: string, error: unknown) => void;
  /** The client's address, for throttling and the audit log. */
  clientAddress: (c: Context) => string;
  /** scrypt parameters for new hashes and for the unknown-account check. */
  passwordParams: ScryptParams;
  /** The main edition's language, in which the desk speaks (English where it has no strings). */
  lang: string;
  strings: DeskStrings;
  /** Cookies are Secure when the site's base URL is https. */
  secureCookies: boolean;
  stylesheet: DeskStylesheet;
  /** The configured engines, for "translate again"; null when none is configured. */
  translation: DeskTranslation | null;
}

/** The request's session: before sign-in it exists (for the login form's token) with no user. */
export interface DeskSession {
  idHash: string;
  csrfToken: string;
  createdAt: string;
  user: StoredUser | null;
  /** An account whose password was given here and whose TOTP code is awaited (two-factor sign-in). */
  pending?: { userId: number; at: string } | null;
}

export interface DeskEnv {
  Variables: { session: DeskSession | null };
}

export type DeskContext = Context<DeskEnv>;

export type DeskHandler = (c: DeskContext, deps: DeskDeps) => Promise<Response>;

/** The session of a route that requires a signed-in user (the access check ran before the handler). */
export function signedInSession(c: DeskContext): DeskSession & { user: StoredUser } {
  const session = c.get('session');
  if (!session?.user) throw new Error(`desk: ${c.req.method} ${c.req.path} ran without a signed-in user`);
  return { ...session, user: session.user };
}

export function signedInUser(c: DeskContext): StoredUser {
  return signedInSession(c).user;
}
