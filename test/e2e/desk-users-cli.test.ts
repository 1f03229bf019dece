/**
 * `wiredesk users` and `wiredesk audit list` as an operator runs them, in a
 * fresh desk directory: real processes where the password is piped into
 * standard input, the other commands in-process (they read no input).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { hashParams, verifyPassword } from '../../src/desk/password-hash.ts';
import { openStore } from '../../src/store/open-store.ts';
import { captureIo } from '../../src/cli/cli-test-io.ts';
import { main } from '../../src/cli/main.ts';
import { runCli } from './cli-process.ts';

/** The login name the commands record as `cli:<name>`. */
const OPERATOR = 'deskop';

let dir: string;

const ENV = { USER: OPERATOR, LOGNAME: OPERATOR };

/** A `wiredesk` process with `input` piped into its standard input. */
async function piped(args: string[], input?: string) {
  const cli = runCli(args, { cwd: dir, env: { ...ENV, WIREDESK_DATA_DIR: '', DATABASE_URL: '' }, ...(input === undefined ? {} : { input }) });
  const code = await cli.exit;
  return { code, out: cli.out(), err: cli.err() };
}

/** A command that reads no input, run in this process. */
async function wiredesk(args: string[]) {
  const io = captureIo(dir, ENV);
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

async function storedUser(email: string) {
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    return await store.getUserByEmail(email);
  } finally {
    await store.close();
  }
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wd-users-cli-'));
  const init = await wiredesk(['init']);
  assert.equal(init.code, 0, init.err);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('wiredesk users', () => {
  test('users add --password-stdin reads the password from standard input and stores only its scrypt hash', async () => {
    const added = await piped(['users', 'add', ' Asha@Desk.Example ', '--role', 'admin', '--password-stdin'], 'harbour lanterns at dusk\n');
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /user asha@desk\.example added as admin/);
    const user = await storedUser('asha@desk.example');
    assert.ok(user);
    assert.equal(user.role, 'admin');
    assert.deepEqual(hashParams(user.passwordHash), { logN: 17, r: 8, p: 1, keyLength: 64, saltLength: 16 });
    assert.equal((await verifyPassword('harbour lanterns at dusk', user.passwordHash)).ok, true, 'the trailing newline is not part of the password');
  });

  test('a weak password is refused with the reason, and no account is made', async () => {
    const weak = await piped(['users', 'add', 'ravi@desk.example', '--role', 'editor', '--password-stdin'], 'ravi2026\n');
    assert.equal(weak.code, 1);
    assert.match(weak.err, /users add: password refused: it is too short: at least 12 characters are needed \(it has 8\)/);
    assert.equal(await storedUser('ravi@desk.example'), null);
  });

  test('without --password-stdin and without a terminal it says how to pipe the password in', async () => {
    const noTerminal = await piped(['users', 'add', 'ravi@desk.example', '--role', 'editor']);
    assert.equal(noTerminal.code, 2);
    assert.match(noTerminal.err, /no terminal to ask for the password on; pipe it in with --password-stdin/);
    const badRole = await wiredesk(['users', 'add', 'ravi@desk.example', '--role', 'owner', '--password-stdin']);
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /Allowed choices are translator, editor, admin/);
  });

  test('users passwd, users disable and users list, each recorded in the audit log', async () => {
    const added = await piped(['users', 'add', 'meera@desk.example', '--role', 'translator', '--password-stdin'], 'monsoon over the harbour');
    assert.equal(added.code, 0, added.err);
    const passwd = await piped(['users', 'passwd', 'Meera@desk.example', '--password-stdin'], 'a quieter monsoon evening\n');
    assert.equal(passwd.code, 0, passwd.err);
    const meera = await storedUser('meera@desk.example');
    assert.equal((await verifyPassword('a quieter monsoon evening', meera!.passwordHash)).ok, true);

    const disabled = await wiredesk(['users', 'disable', 'meera@desk.example']);
    assert.equal(disabled.code, 0, disabled.err);
    assert.equal((await wiredesk(['users', 'disable', 'meera@desk.example'])).code, 1, 'disabled already');
    assert.match((await wiredesk(['users', 'disable', 'nobody@desk.example'])).err, /no desk account "nobody@desk.example"/);

    const list = await wiredesk(['users', 'list', '--format', 'jsonl']);
    assert.equal(list.code, 0, list.err);
    assert.doesNotMatch(list.out, /scrypt/, 'no hashes in the output');
    const lines = list.out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => [l['email'], l['role'], l['disabled']]), [
      ['asha@desk.example', 'admin', false],
      ['meera@desk.example', 'translator', true],
    ]);
    assert.deepEqual(Object.keys(lines[0]!), ['id', 'email', 'role', 'disabled', 'createdAt', 'disabledAt', 'lastLoginAt']);
    const table = await wiredesk(['users', 'list']);
    assert.match(table.out, /^id\s+email\s+role\s+status/);
    assert.match(table.out, /meera@desk\.example\s+translator\s+disabled \d{4}-\d\d-\d\d/);

    const audit = await wiredesk(['audit', 'list', '--format', 'jsonl']);
    assert.equal(audit.code, 0, audit.err);
    const entries = audit.out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(entries.map((e) => [e['action'], e['actor'], e['objectId']]), [
      ['user-disable', `cli:${OPERATOR}`, String(meera!.id)],
      ['user-passwd', `cli:${OPERATOR}`, String(meera!.id)],
      ['user-add', `cli:${OPERATOR}`, String(meera!.id)],
      ['user-add', `cli:${OPERATOR}`, '1'],
    ]);
    assert.doesNotMatch(audit.out, /monsoon|scrypt/, 'neither passwords nor hashes are logged');
    const limited = await wiredesk(['audit', 'list', '--limit', '1', '--action', 'user-add']);
    assert.match(limited.out, /^id\s+time \(UTC\)\s+actor\s+action/);
    assert.match(limited.out, new RegExp(`cli:${OPERATOR}\\s+user-add\\s+user ${meera!.id}`));
    assert.equal(limited.out.trimEnd().split('\n').length, 2);
  });

  test('users disable refuses the last active admin, saying what to do, and changes nothing', async () => {
    const refused = await wiredesk(['users', 'disable', 'asha@desk.example']);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /users disable: "asha@desk\.example" is the last active admin; add another admin first \(wiredesk users add EMAIL --role admin\)/);
    assert.equal((await storedUser('asha@desk.example'))?.disabledAt, null);

    const second = await piped(['users', 'add', 'ravi@desk.example', '--role', 'admin', '--password-stdin'], 'lanterns over the second harbour');
    assert.equal(second.code, 0, second.err);
    assert.equal((await wiredesk(['users', 'disable', 'asha@desk.example'])).code, 0, 'with another admin active it may go');
    assert.equal((await wiredesk(['users', 'disable', 'ravi@desk.example'])).code, 1, 'and then the other is the last');
  });
});
