/**
 * Two-factor sign-in end to end on the desk: turning it on from the account
 * page, signing in with a code, codes that are refused (wrong, reused, too
 * old), and an admin's reset, over a real store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cliActor } from './audit.ts';
import { base32Decode, hotp, totpStep } from './totp.ts';
import { resetTwoFactor } from './two-factor.ts';
import { openDeskFixture, signedIn, type DeskFixture } from './testdata/desk-fixture.ts';

const STEP_MS = 30_000;

/** The code an app holding `secret` shows `offset` steps from the desk's clock. */
function codeAt(desk: DeskFixture, secret: string, offset = 0): string {
  return hotp(base32Decode(secret), totpStep(desk.clock.now) + offset);
}

/** Signs the translator's account up for two-factor sign-in from the account page; returns the key it was shown. */
async function turnOn(desk: DeskFixture): Promise<string> {
  const translator = await signedIn(desk, 'translator');
  const page = await (await translator.get('/desk/account')).text();
  const secret = /otpauth:\/\/totp\/[^?]+\?secret=([A-Z2-7]{32})&amp;issuer=/.exec(page)?.[1];
  assert.ok(secret, 'the page shows an otpauth:// address with the key');
  const on = await translator.post('/desk/account/two-factor', { secret, code: codeAt(desk, secret) });
  assert.equal(on.status, 303);
  return secret;
}

/** Email and password, then (when the code page comes) `code`: the status of the last step, and whether the client is signed in. */
async function signIn(desk: DeskFixture, code: string | null): Promise<number> {
  const client = desk.client();
  await client.get('/desk/login');
  const { email, password } = desk.accounts.translator;
  const first = await client.post('/desk/login', { email, password });
  if (first.status !== 200) return first.status;
  assert.match(await first.text(), /action="\/desk\/login\/code"/, 'the code is asked for');
  assert.equal((await client.get('/desk')).status, 303, 'the password alone does not sign in');
  if (code === null) return first.status;
  return (await client.post('/desk/login/code', { code })).status;
}

for (const dialect of testDialects) {
  void describe(`two-factor sign-in on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('is turned on with a code from the app; the key is then never shown again, nor logged', async () => {
      const desk = await openDeskFixture(await database().open());
      const translator = await signedIn(desk, 'translator');
      const first = await (await translator.get('/desk/account')).text();
      assert.match(first, /दो-चरण साइन इन बंद है/);
      assert.match(first, /otpauth:\/\/totp\/%E0[^?]*:translator%40desk\.example\?secret=[A-Z2-7]{32}&amp;issuer=/);
      const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(first)?.[1] ?? '';
      const other = /name="secret" value="([A-Z2-7]{32})"/.exec(await (await translator.get('/desk/account')).text())?.[1];
      assert.notEqual(other, secret, 'each visit offers a new key');

      const wrong = await translator.post('/desk/account/two-factor', { secret, code: codeAt(desk, secret, 3) });
      assert.equal(wrong.status, 422);
      const wrongPage = await wrong.text();
      assert.match(wrongPage, /कोड मेल नहीं खाता/);
      assert.match(wrongPage, new RegExp(`value="${secret}"`), 'the same key, which the app may hold already');
      assert.equal((await translator.post('/desk/account/two-factor', { secret: 'NOT-A-KEY', code: '123456' })).status, 422);
      assert.equal((await desk.store.getUser(desk.accounts.translator.id))?.totpEnabled, false);

      const on = await translator.post('/desk/account/two-factor', { secret, code: codeAt(desk, secret) });
      assert.equal(on.status, 303);
      assert.equal(on.headers.get('location'), '/desk/account?two-factor=on');
      const after = await (await translator.get('/desk/account?two-factor=on')).text();
      assert.match(after, /दो-चरण साइन इन चालू हो गया/);
      assert.doesNotMatch(after, /otpauth:|name="secret"/);
      assert.doesNotMatch(after, new RegExp(secret));
      assert.equal((await translator.post('/desk/account/two-factor', { secret, code: codeAt(desk, secret, 1) })).status, 409);

      const users = await (await signedIn(desk, 'admin')).get('/desk/users');
      assert.match(await users.text(), /translator@desk\.example<\/th><td>अनुवादक<\/td><td>सक्रिय<span class="two-factor"> · दो-चरण साइन इन<\/span><\/td>/, 'admins see who has it on');
      const [entry] = await desk.store.listAudit({ actions: ['two-factor-on'], limit: 5 });
      assert.equal(entry?.actor, 'translator@desk.example');
      assert.deepEqual(entry?.after, { email: 'translator@desk.example', twoFactor: true });
      const log = JSON.stringify(await desk.store.listAudit({ limit: 100 }));
      assert.doesNotMatch(log, new RegExp(secret), 'the key is not in the log');
    });

    void it('sign-in then asks for a fresh code: not a wrong one, not one used before, not one too old', async () => {
      const desk = await openDeskFixture(await database().open());
      const secret = await turnOn(desk);
      assert.equal(await signIn(desk, null), 200, 'the password leads to the code page, not into the desk');
      assert.equal(await signIn(desk, codeAt(desk, secret)), 401, 'the code that turned it on is spent');

      desk.clock.advance(STEP_MS);
      const code = codeAt(desk, secret);
      assert.equal(await signIn(desk, '000000' === code ? '111111' : '000000'), 401);
      assert.equal(await signIn(desk, code.replace(/^(...)/, '$1 ')), 303, 'a fresh code, spaced as apps show it');
      assert.equal(await signIn(desk, code), 401, 'the same code again, within its window');

      desk.clock.advance(STEP_MS);
      assert.equal(await signIn(desk, codeAt(desk, secret, -2)), 401, 'two steps old');
      assert.equal(await signIn(desk, codeAt(desk, secret, 1)), 303, 'one step ahead: a clock a little fast');
      desk.clock.advance(STEP_MS);
      assert.equal(await signIn(desk, codeAt(desk, secret, -1)), 401, 'behind a step accepted already');

      const failures = await desk.store.listAudit({ actions: ['login-failed'], limit: 20 });
      assert.equal(failures.length, 5, 'each wrong code is a failed sign-in, counted and throttled like a wrong password');
      assert.ok(failures.every((entry) => entry.actor === desk.accounts.translator.email));
      const wrongPassword = desk.client();
      await wrongPassword.get('/desk/login');
      const refused = await wrongPassword.post('/desk/login', { email: desk.accounts.translator.email, password: 'not the password at all' });
      assert.equal(refused.status, 401, 'a wrong password never reaches the code page');
      assert.doesNotMatch(await refused.text(), /\/desk\/login\/code/);
    });

    void it('the code page lasts five minutes, and a session that gave no password is sent back to the form', async () => {
      const desk = await openDeskFixture(await database().open());
      const secret = await turnOn(desk);
      desk.clock.advance(STEP_MS);
      const client = desk.client();
      await client.get('/desk/login');
      assert.equal((await client.post('/desk/login', { email: desk.accounts.translator.email, password: desk.accounts.translator.password })).status, 200);
      desk.clock.advance(5 * 60_000 + 1_000);
      const late = await client.post('/desk/login/code', { code: codeAt(desk, secret) });
      assert.equal(late.status, 401);
      assert.match(await late.text(), /साइन इन समय पर पूरा नहीं हुआ/);
      assert.equal((await client.post('/desk/login/code', { code: codeAt(desk, secret) })).status, 401, 'the wait was cleared');

      const stranger = desk.client();
      await stranger.get('/desk/login');
      assert.equal((await stranger.post('/desk/login/code', { code: codeAt(desk, secret) })).status, 401);
      assert.equal((await stranger.get('/desk')).status, 303);
      assert.equal((await stranger.post('/desk/login/code', { code: codeAt(desk, secret) }, { withToken: false })).status, 403, 'the code form has its token too');
    });

    void it('an admin\'s reset turns it off and ends the sessions; the password alone signs in again', async () => {
      const desk = await openDeskFixture(await database().open());
      const secret = await turnOn(desk);
      desk.clock.advance(STEP_MS);
      const client = desk.client();
      assert.equal((await client.login(desk.accounts.translator.email, desk.accounts.translator.password)).status, 200);
      assert.equal((await client.post('/desk/login/code', { code: codeAt(desk, secret) })).status, 303);
      assert.equal((await client.get('/desk')).status, 200);

      const user = (await desk.store.getUser(desk.accounts.translator.id))!;
      const reset = await resetTwoFactor({ store: desk.store, now: () => desk.clock.now }, user, { actor: cliActor('deskop') });
      assert.deepEqual(reset, { ok: true });
      assert.equal((await client.get('/desk')).status, 303, 'its session has ended');
      const plain = desk.client();
      assert.equal((await plain.login(desk.accounts.translator.email, desk.accounts.translator.password)).status, 303, 'the password alone signs in again');
      const [entry] = await desk.store.listAudit({ actions: ['two-factor-reset'], limit: 1 });
      assert.equal(entry?.actor, 'cli:deskop');
      assert.deepEqual(await resetTwoFactor({ store: desk.store, now: () => desk.clock.now }, (await desk.store.getUser(user.id))!, { actor: cliActor('deskop') }), { ok: false, problem: { code: 'not-on' } });
    });
  });
}
