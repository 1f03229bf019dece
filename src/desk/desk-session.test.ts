import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { sessionIdHash } from './session/session-cookie.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session/session-limits.ts';
import { deskTestConfig, openDeskFixture, type DeskClient } from './testdata/desk-fixture.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function isSignedIn(client: DeskClient): Promise<boolean> {
  const response = await client.get('/desk');
  if (response.status === 303) return false;
  assert.equal(response.status, 200);
  return true;
}

for (const dialect of testDialects) {
  void describe(`desk sessions on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('sends the desk to the login page without a session, and back to the page asked for after it', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      const home = await client.get('/desk');
      assert.equal(home.status, 303);
      assert.equal(home.headers.get('location'), '/desk/login');
      const audit = await client.get('/desk/audit?action=login');
      assert.equal(audit.headers.get('location'), '/desk/login?next=%2Fdesk%2Faudit%3Faction%3Dlogin');
      const login = await client.login(desk.accounts.admin.email, desk.accounts.admin.password, '/desk/audit?action=login');
      assert.equal(login.status, 303);
      assert.equal(login.headers.get('location'), '/desk/audit?action=login');
    });

    void it('the login page is a POST form with email, password and hidden fields', async () => {
      const desk = await openDeskFixture(await database().open());
      const html = await (await desk.client().get('/desk/login')).text();
      assert.match(html, /<form method="post" action="\/desk\/login">/);
      assert.match(html, /<input type="email" name="email"/);
      assert.match(html, /<input type="password" name="password"/);
      assert.match(html, /<input type="hidden" name="csrf" value="[A-Za-z0-9_-]{43}"\/>/);
      assert.match(html, /<html lang="hi"/);
      assert.match(html, /डेस्क में साइन इन करें/);
    });

    void it('never follows `next` off the desk', async () => {
      const desk = await openDeskFixture(await database().open());
      for (const next of ['https://evil.example/desk', '//evil.example/desk', '/desk/../admin', '/deskx', '/\\evil.example']) {
        const client = desk.client();
        const response = await client.login(desk.accounts.editor.email, desk.accounts.editor.password, next);
        assert.equal(response.headers.get('location'), '/desk', next);
      }
    });

    void it('issues a new session id at login and drops the one from before', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      await client.get('/desk/login');
      const before = client.sessionId;
      assert.ok(before);
      assert.ok(await desk.store.getSession(sessionIdHash(before)));
      await client.post('/desk/login', { email: desk.accounts.editor.email, password: desk.accounts.editor.password });
      assert.ok(client.sessionId);
      assert.notEqual(client.sessionId, before);
      assert.equal(await desk.store.getSession(sessionIdHash(before)), null, 'the pre-login session is gone');
      // Someone who planted or saw the old id gets nothing from it.
      const planted = desk.client();
      planted.sessionId = before;
      assert.equal(await isSignedIn(planted), false);
      assert.equal(await isSignedIn(client), true);
    });

    void it('stores only a hash of the id, and sets an HttpOnly, SameSite=Lax cookie for /desk, Secure on https', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      await client.login(desk.accounts.editor.email, desk.accounts.editor.password);
      const cookie = client.lastSetCookie ?? '';
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Lax/);
      assert.match(cookie, /; Path=\/desk(;|$)/);
      assert.match(cookie, /; Secure/);
      assert.equal(client.sessionId!.length, 43, '32 random bytes, base64url');
      assert.equal(await desk.store.getSession(client.sessionId!), null, 'the raw id is not a key');
      assert.ok(await desk.store.getSession(sessionIdHash(client.sessionId!)));

      const plain = await openDeskFixture(await database().open(), { config: deskTestConfig('http://localhost:8080/') });
      const local = plain.client();
      await local.get('/desk/login');
      assert.doesNotMatch(local.lastSetCookie ?? '', /Secure/);
    });

    void it('logout ends the session on the server, not just in the browser', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      await client.login(desk.accounts.editor.email, desk.accounts.editor.password);
      const id = client.sessionId!;
      await client.get('/desk');
      const out = await client.post('/desk/logout', {});
      assert.equal(out.status, 303);
      assert.equal(out.headers.get('location'), '/desk/login');
      assert.match(client.lastSetCookie ?? '', /Max-Age=0/);
      assert.equal(await desk.store.getSession(sessionIdHash(id)), null);
      const replay = desk.client();
      replay.sessionId = id;
      assert.equal(await isSignedIn(replay), false);
    });

    void it('ends a session left idle too long', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      await client.login(desk.accounts.translator.email, desk.accounts.translator.password);
      desk.clock.advance(SESSION_IDLE_MS - MINUTE);
      assert.equal(await isSignedIn(client), true, 'used just before the limit');
      desk.clock.advance(SESSION_IDLE_MS - MINUTE);
      assert.equal(await isSignedIn(client), true, 'each use restarts the idle clock');
      desk.clock.advance(SESSION_IDLE_MS + MINUTE);
      assert.equal(await isSignedIn(client), false);
    });

    void it('ends a session at its absolute limit however busy it is', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      await client.login(desk.accounts.translator.email, desk.accounts.translator.password);
      for (let used = 0; used < SESSION_ABSOLUTE_MS - 2 * HOUR; used += 2 * HOUR) {
        desk.clock.advance(2 * HOUR);
        if (used % (24 * HOUR) === 0) assert.equal(await isSignedIn(client), true);
        else await client.get('/desk');
      }
      desk.clock.advance(3 * HOUR);
      assert.equal(await isSignedIn(client), false);
    });

    void it('a disabled user is signed out everywhere and cannot sign in again, with the usual message', async () => {
      const desk = await openDeskFixture(await database().open());
      const laptop = desk.client();
      const phone = desk.client('198.51.100.4');
      await laptop.login(desk.accounts.editor.email, desk.accounts.editor.password);
      await phone.login(desk.accounts.editor.email, desk.accounts.editor.password);
      const admin = desk.client();
      await admin.login(desk.accounts.admin.email, desk.accounts.admin.password);
      await admin.get('/desk/users');
      const disabled = await admin.post(`/desk/users/${desk.accounts.editor.id}/disable`, {});
      assert.equal(disabled.status, 303);
      assert.equal(await isSignedIn(laptop), false);
      assert.equal(await isSignedIn(phone), false);
      const again = await desk.client().login(desk.accounts.editor.email, desk.accounts.editor.password);
      assert.equal(again.status, 401);
      assert.match(await again.text(), /ईमेल या पासवर्ड ग़लत है/);
    });

    void it('pages are never cached and have the desk\'s own strict CSP', async () => {
      const desk = await openDeskFixture(await database().open());
      const client = desk.client();
      for (const response of [await client.get('/desk/login'), await client.login(desk.accounts.editor.email, desk.accounts.editor.password), await client.get('/desk')]) {
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.match(csp, /script-src 'self'/);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      }
      const html = await (await client.get('/desk')).text();
      assert.doesNotMatch(html, /<script|style="/, 'no inline script or style');
      assert.equal(desk.errors.length, 0);
    });
  });
}
