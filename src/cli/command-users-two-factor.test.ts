import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import { captureIo } from './cli-test-io.ts';
import { main } from './main.ts';

async function run(cwd: string, ...args: string[]) {
  const io = captureIo(cwd, { USER: 'deskop', LOGNAME: 'deskop' });
  const code = await main(['node', 'wiredesk', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

test('users reset-two-factor turns a lost two-factor sign-in off, ends the sessions and is audited as the operator', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wd-users-2fa-'));
  assert.equal((await run(dir, 'init')).code, 0);
  const store = await openStore({ dataDir: path.join(dir, 'data'), databaseUrl: null });
  try {
    const id = await store.createUser({ email: 'asha@desk.example', role: 'translator', passwordHash: '$scrypt$ln=10,r=8,p=1$c2FsdA$a2V5' }, '2026-03-02T08:00:00.000Z');
    assert.ok(id !== null);
    await store.setUserTotp(id, { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', acceptedStep: 1 }, '2026-03-02T08:00:00.000Z');
    await store.startSession({ idHash: 'open', userId: id, csrfToken: 'csrf', address: null }, '2026-03-02T08:00:00.000Z', null);

    const reset = await run(dir, 'users', 'reset-two-factor', 'Asha@Desk.Example');
    assert.equal(reset.code, 0, reset.err);
    assert.match(reset.out, /two-factor sign-in of asha@desk\.example turned off/);
    assert.equal((await store.getUser(id))?.totpEnabled, false);
    assert.equal(await store.getSession('open'), null);
    const [entry] = await store.listAudit({ actions: ['two-factor-reset'], limit: 1 });
    assert.equal(entry?.actor, 'cli:deskop');
    assert.equal(entry?.objectId, String(id));
    assert.doesNotMatch(JSON.stringify(entry), /GEZDGNBV/);

    const again = await run(dir, 'users', 'reset-two-factor', 'asha@desk.example');
    assert.equal(again.code, 1);
    assert.match(again.err, /two-factor sign-in is not on for asha@desk\.example/);
    assert.equal((await run(dir, 'users', 'reset-two-factor', 'nobody@desk.example')).code, 1);
  } finally {
    await store.close();
  }
});
