/**
 * The desk over a real store, with one account per role, a clock the test
 * moves, and a small client that keeps the session cookie and posts forms
 * with their hidden token, as a browser would. Requests go through
 * `app.request()`, no sockets.
 */
import type { Hono } from 'hono';
import { configSchema, type Config } from '../../config/schema.ts';
import type { Store } from '../../store/store.ts';
import { addUser } from '../accounts.ts';
import { cliActor } from '../audit.ts';
import { createDeskApp } from '../desk-app.tsx';
import type { DeskEnv } from '../desk-context.ts';
import type { DeskTranslation } from '../desk-translation.ts';
import { SCRYPT_DEFAULTS, type ScryptParams } from '../password-hash.ts';
import type { Role } from '../roles.ts';
import { SESSION_COOKIE } from '../session/session-cookie.ts';

export const T0 = '2026-03-02T08:00:00.000Z';
/** Cheap scrypt for tests that are not about its cost (the default's cost is tested in password-hash.test.ts). */
export const TEST_PASSWORD_PARAMS: ScryptParams = { ...SCRYPT_DEFAULTS, logN: 10 };
export const ORIGIN = 'http://localhost';
export const DEFAULT_ADDRESS = '192.0.2.10';
/** Requests from tests name their client address in this header; the app reads it in place of the socket's. */
export const ADDRESS_HEADER = 'x-test-address';

export interface TestAccount {
  id: number;
  email: string;
  password: string;
}

export interface DeskFixture {
  app: Hono<DeskEnv>;
  store: Store;
  config: Config;
  accounts: Record<Role, TestAccount>;
  clock: { now: Date; advance(ms: number): void };
  errors: unknown[];
  client(address?: string): DeskClient;
}

/** A desk whose main edition is Hindi, as the demo's, unless `main` names another (the desk speaks its language). */
export function deskTestConfig(baseUrl = 'https://news.example/', main: { lang: string; title: string } = { lang: 'hi', title: 'संगम समाचार' }): Config {
  const parsed = configSchema.parse({
    site: { name: 'संगम समाचार', baseUrl, timeZone: 'Asia/Kolkata' },
    editions: [
      { lang: main.lang, path: '/', title: main.title },
      { lang: 'es', path: '/es/', title: 'Sangam Noticias' },
    ],
    sections: [{ id: 'world', title: { hi: 'दुनिया', en: 'World' } }],
  });
  return { ...parsed, file: null, dataDir: '/nonexistent', databaseUrl: null };
}

export async function openDeskFixture(store: Store, options: { config?: Config; passwordParams?: ScryptParams; translation?: DeskTranslation | null } = {}): Promise<DeskFixture> {
  const config = options.config ?? deskTestConfig();
  const passwordParams = options.passwordParams ?? TEST_PASSWORD_PARAMS;
  const clock = {
    now: new Date(T0),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const now = () => clock.now;
  const accounts = {} as Record<Role, TestAccount>;
  for (const role of ['translator', 'editor', 'admin'] as const) {
    const email = `${role}@desk.example`;
    const password = `${role} harbour lanterns`;
    const result = await addUser({ store, now, passwordParams }, { email, role, password }, { actor: cliActor('fixture') });
    // A second desk on the same database finds the accounts the first one added.
    const user = result.ok ? result.user : result.problem.code === 'exists' ? await store.getUserByEmail(email) : null;
    if (!user) throw new Error(`desk fixture: cannot add ${email}: ${result.ok ? 'vanished' : result.problem.code}`);
    accounts[role] = { id: user.id, email, password };
  }
  const errors: unknown[] = [];
  const app = createDeskApp({
    config,
    store,
    now,
    passwordParams,
    logError: (_message, error) => errors.push(error),
    clientAddress: (c) => c.req.header(ADDRESS_HEADER) ?? DEFAULT_ADDRESS,
    translation: options.translation ?? null,
  });
  return { app, store, config, accounts, clock, errors, client: (address = DEFAULT_ADDRESS) => new DeskClient(app, address) };
}

/** A browser stand-in: one cookie jar, the address it comes from, and the token of the last form it saw. */
export class DeskClient {
  sessionId: string | null = null;
  token: string | null = null;
  /** The Set-Cookie header of the last response that set one. */
  lastSetCookie: string | null = null;

  constructor(
    private readonly app: Hono<DeskEnv>,
    readonly address: string,
  ) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(path, { headers: { ...this.headers(), ...headers } });
    await this.remember(response);
    return response;
  }

  /**
   * Posts a form. The hidden token of the last page seen is added unless the
   * fields name `csrf` themselves (or `withToken` is false); Origin is this site's unless given.
   */
  async post(path: string, fields: Record<string, string>, options: { withToken?: boolean; origin?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (options.withToken !== false && !('csrf' in fields) && this.token !== null) body.set('csrf', this.token);
    const headers: Record<string, string> = { ...this.headers(), 'Content-Type': 'application/x-www-form-urlencoded', ...options.headers };
    const origin = options.origin === undefined ? ORIGIN : options.origin;
    if (origin !== null) headers['Origin'] = origin;
    const response = await this.app.request(path, { method: 'POST', body, headers });
    await this.remember(response);
    return response;
  }

  /** Opens the login page and posts the form; returns the POST's response. */
  async login(email: string, password: string, next?: string): Promise<Response> {
    await this.get(next ? `/desk/login?next=${encodeURIComponent(next)}` : '/desk/login');
    return this.post('/desk/login', { email, password, ...(next ? { next } : {}) });
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { [ADDRESS_HEADER]: this.address };
    if (this.sessionId !== null) headers['Cookie'] = `${SESSION_COOKIE}=${this.sessionId}`;
    return headers;
  }

  private async remember(response: Response): Promise<void> {
    const cookie = response.headers.get('set-cookie');
    if (cookie !== null && cookie.startsWith(`${SESSION_COOKIE}=`)) {
      this.lastSetCookie = cookie;
      const value = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '';
      this.sessionId = /Max-Age=0/i.test(cookie) || value === '' ? null : value;
    }
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const html = await response.clone().text();
      const found = /name="csrf" value="([^"]+)"/.exec(html);
      if (found) this.token = found[1]!;
    }
  }
}

/** A client signed in as the demo account of `role` (login answered 303), its session settled by a first page. */
export async function signedIn(desk: DeskFixture, role: Role, address?: string): Promise<DeskClient> {
  const client = desk.client(address);
  const login = await client.login(desk.accounts[role].email, desk.accounts[role].password);
  if (login.status !== 303) throw new Error(`desk fixture: ${role} could not sign in (HTTP ${login.status})`);
  await client.get('/desk');
  return client;
}
