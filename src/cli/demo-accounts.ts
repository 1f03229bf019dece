/**
 * The demo's desk accounts: one per role, in the demo's own data directory
 * only, each given a new random password every time the demo starts, which
 * is printed with the desk's address. Nothing here runs outside `wiredesk demo`.
 */
import { randomBytes } from 'node:crypto';
import { addUser, changePassword, findUser } from '../desk/accounts.ts';
import { cliActor } from '../desk/audit.ts';
import type { Role } from '../desk/roles.ts';
import type { AppContext } from './app-context.ts';

export interface DemoLogin {
  email: string;
  role: Role;
  password: string;
}

/** The editor first: that is the login the quick start names. */
export const DEMO_ACCOUNTS: readonly { email: string; role: Role }[] = [
  { email: 'editor@demo.example', role: 'editor' },
  { email: 'translator@demo.example', role: 'translator' },
  { email: 'admin@demo.example', role: 'admin' },
];

/** 12 random bytes: 16 characters of base64url, easy to copy, never guessed. */
function demoPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Creates the demo accounts, or gives them new passwords; returns the logins to print. */
export async function resetDemoAccounts(ctx: AppContext): Promise<DemoLogin[]> {
  const deps = { store: ctx.store, now: ctx.now };
  const origin = { actor: cliActor('demo') };
  return Promise.all(
    DEMO_ACCOUNTS.map(async ({ email, role }) => {
      const password = demoPassword();
      const existing = await findUser(ctx.store, email);
      const result = existing ? await changePassword(deps, existing, password, origin) : await addUser(deps, { email, role, password }, origin);
      if (!result.ok) throw new Error(`demo: cannot set up the desk account ${email}: ${result.problem.code}`);
      return { email, role: result.user.role, password };
    }),
  );
}

export function formatDemoLogins(deskUrl: string, logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  const lines = logins.map((l) => `  ${l.role.padEnd(10)}  ${l.email.padEnd(width)}  ${l.password}`);
  return [`demo: sign in to the desk at ${deskUrl} with (demo only; new passwords on every start):`, ...lines].join('\n');
}
