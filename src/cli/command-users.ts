/**
 * `wiredesk users add|list|disable|passwd|reset-two-factor`: the editorial desk's accounts
 * from the command line, where the first admin is made. Passwords come from
 * standard input (`--password-stdin`) or a prompt, never from an argument.
 * Every change goes into the audit log as `cli:<user>`.
 */
import { Option, type Command } from 'commander';
import { addUser, changePassword, disableUser, findUser, type AccountProblem } from '../desk/accounts.ts';
import { commandActor } from './command-actor.ts';
import { describePasswordProblem } from '../desk/password-policy.ts';
import { ROLES } from '../desk/roles.ts';
import type { StoredUser } from '../store/store.ts';
import { write, type CliIo } from './cli-io.ts';
import { withAppContext, type AppContext } from './app-context.ts';
import { passwordFromStdin, promptNewPassword } from './password-input.ts';
import { formatTable } from './text-table.ts';

interface PasswordOptions {
  passwordStdin?: boolean;
}

/** The fields `users list --format jsonl` prints, in this order; never the hash. */
export interface UserLine {
  id: number;
  email: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  disabledAt: string | null;
  lastLoginAt: string | null;
}

export function registerUsers(program: Command, io: CliIo): void {
  const users = program.command('users').description('accounts of the editorial desk (/desk)');

  users
    .command('add <email>')
    .description('add a desk account; the password is asked for, or read from standard input')
    .addOption(new Option('--role <role>', 'what the account may do').choices(ROLES).makeOptionMandatory())
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action((email: string, options: PasswordOptions & { role: string }) =>
      withAppContext(program, io, async (ctx) => {
        const password = await readPassword(io, 'users add', options);
        const result = await addUser(accountDeps(ctx), { email, role: options.role, password }, { actor: commandActor(io) });
        if (!result.ok) throw new Error(`users add: ${problemMessage(result.problem, email)}`);
        write(io.stdout, `user ${result.user.email} added as ${result.user.role}; sign in at /desk/login`);
      }),
    );

  users
    .command('list')
    .description('list the desk accounts')
    .addOption(new Option('--format <format>', 'table for people, jsonl (one JSON object a line) for scripts').choices(['table', 'jsonl']).default('table'))
    .action((options: { format: 'table' | 'jsonl' }) =>
      withAppContext(program, io, async (ctx) => {
        const lines = (await ctx.store.listUsers()).map(userLine);
        if (options.format === 'jsonl') io.stdout.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
        else write(io.stdout, usersTable(lines));
      }),
    );

  users
    .command('disable <email>')
    .description('disable a desk account and end its sessions (the account and its audit history stay)')
    .action((email: string) =>
      withAppContext(program, io, async (ctx) => {
        const user = await existingUser(ctx, 'users disable', email);
        const result = await disableUser(accountDeps(ctx), user, { actor: commandActor(io) });
        if (!result.ok) throw new Error(`users disable: ${problemMessage(result.problem, email)}`);
        write(io.stdout, `user ${user.email} disabled; its sessions have ended`);
      }),
    );

  users
    .command('passwd <email>')
    .description('set a new password for a desk account (its sessions end)')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action((email: string, options: PasswordOptions) =>
      withAppContext(program, io, async (ctx) => {
        const user = await existingUser(ctx, 'users passwd', email);
        const password = await readPassword(io, 'users passwd', options);
        const result = await changePassword(accountDeps(ctx), user, password, { actor: commandActor(io) });
        if (!result.ok) throw new Error(`users passwd: ${problemMessage(result.problem, email)}`);
        write(io.stdout, `password of ${user.email} changed; its sessions have ended`);
      }),
    );

  users
    .command('reset-two-factor <email>')
    .description('turn off two-factor sign-in for an account whose device is lost (its sessions end; it may turn it on again)')
    .action((email: string) =>
      withAppContext(program, io, async (ctx) => {
        const user = await existingUser(ctx, 'users reset-two-factor', email);
        const { resetTwoFactor } = await import('../desk/two-factor.ts');
        const result = await resetTwoFactor(accountDeps(ctx), user, { actor: commandActor(io) });
        if (!result.ok) throw new Error(`users reset-two-factor: two-factor sign-in is not on for ${user.email}`);
        write(io.stdout, `two-factor sign-in of ${user.email} turned off; its sessions have ended, and the password alone signs in until it is turned on again at /desk/account`);
      }),
    );
}

function readPassword(io: CliIo, command: string, options: PasswordOptions): Promise<string> {
  return options.passwordStdin ? passwordFromStdin(io, command) : promptNewPassword(io, command);
}

function accountDeps(ctx: AppContext) {
  return { store: ctx.store, now: ctx.now };
}

async function existingUser(ctx: AppContext, command: string, email: string): Promise<StoredUser> {
  const user = await findUser(ctx.store, email);
  if (!user) throw new Error(`${command}: no desk account "${email}" (see "wiredesk users list")`);
  return user;
}

/** Commands act as `cli:<login name>` in the audit log: who ran them on this machine. */

function problemMessage(problem: AccountProblem, email: string): string {
  switch (problem.code) {
    case 'bad-email':
      return `"${email}" is not an email address`;
    case 'bad-role':
      return `the role must be one of ${ROLES.join(', ')}`;
    case 'exists':
      return `an account "${email.trim().toLowerCase()}" exists already`;
    case 'no-such-user':
      return `no desk account "${email}"`;
    case 'disabled-already':
      return `the account "${email}" is disabled already`;
    case 'last-admin':
      return `"${email}" is the last active admin; add another admin first (wiredesk users add EMAIL --role admin), so someone can still manage accounts`;
    case 'weak-password':
      return `password refused: ${describePasswordProblem(problem.problem)}`;
  }
}

export function userLine(user: StoredUser): UserLine {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    disabledAt: user.disabledAt,
    lastLoginAt: user.lastLoginAt,
  };
}

function usersTable(lines: UserLine[]): string {
  if (lines.length === 0) return 'no desk accounts: add the first with "wiredesk users add EMAIL --role admin"';
  const minute = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
  return formatTable(
    ['id', 'email', 'role', 'status', 'created', 'last sign-in'],
    lines.map((u) => [String(u.id), u.email, u.role, u.disabled ? `disabled ${minute(u.disabledAt)}` : 'active', minute(u.createdAt), minute(u.lastLoginAt)]),
  );
}
