import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { openDeskFixture, type DeskFixture } from './testdata/desk-fixture.ts';

/** An admin signed in and looking at the users page; the POST under test tries to add this account. */
async function adminOnUsersPage(desk: DeskFixture) {
  const admin = desk.client();
  await admin.login(desk.accounts.admin.email, desk.accounts.admin.password);
  await admin.get('/desk/users');
  return admin;
}

const NEW_USER = { email: 'intruder@desk.example', role: 'admin', password: 'planted by a forged form' };

async function userAdded(desk: DeskFixture): Promise<boolean> {
  return (await desk.store.getUserByEmail(NEW_USER.email)) !== null;
}

for (const dialect of testDialects) {
  void describe(`CSRF on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('accepts a same-origin POST with the session\'s token, from the form or the X-CSRF-Token header', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await adminOnUsersPage(desk);
      assert.equal((await admin.post('/desk/users', NEW_USER)).status, 303);
      assert.ok(await userAdded(desk));
      const viaHeader = await admin.post('/desk/users', { ...NEW_USER, email: 'second@desk.example' }, { withToken: false, headers: { 'X-CSRF-Token': admin.token! } });
      assert.equal(viaHeader.status, 303);
    });

    void it('refuses a POST without the token', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await adminOnUsersPage(desk);
      const response = await admin.post('/desk/users', NEW_USER, { withToken: false });
      assert.equal(response.status, 403);
      assert.match(await response.text(), /फ़ॉर्म पुराना हो गया है/);
      assert.equal(await userAdded(desk), false);
    });

    void it('refuses a POST with another session\'s token', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await adminOnUsersPage(desk);
      const other = desk.client();
      await other.login(desk.accounts.translator.email, desk.accounts.translator.password);
      await other.get('/desk');
      assert.notEqual(other.token, admin.token);
      assert.equal((await admin.post('/desk/users', { ...NEW_USER, csrf: other.token! })).status, 403);
      assert.equal((await admin.post('/desk/users', { ...NEW_USER, csrf: `${admin.token!}x` })).status, 403);
      assert.equal(await userAdded(desk), false);
    });

    void it('refuses a cross-origin POST even with the right token', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await adminOnUsersPage(desk);
      assert.equal((await admin.post('/desk/users', NEW_USER, { origin: 'https://evil.example' })).status, 403);
      assert.equal((await admin.post('/desk/users', NEW_USER, { origin: 'https://news.example.evil.example' })).status, 403);
      const fetchedCrossSite = await admin.post('/desk/users', NEW_USER, { origin: null, headers: { 'Sec-Fetch-Site': 'cross-site' } });
      assert.equal(fetchedCrossSite.status, 403);
      assert.equal(await userAdded(desk), false);
      // The site's public origin (behind a proxy, the request's own may differ) is accepted.
      assert.equal((await admin.post('/desk/users', NEW_USER, { origin: 'https://news.example' })).status, 303);
    });

    void it('refuses a login POST without a session, and a logout without the token', async () => {
      const desk = await openDeskFixture(await database().open());
      const stranger = desk.client();
      const login = await stranger.post('/desk/login', { email: desk.accounts.admin.email, password: desk.accounts.admin.password, csrf: 'x'.repeat(43) });
      assert.equal(login.status, 403);
      assert.equal(stranger.sessionId, null);

      const editor = desk.client();
      await editor.login(desk.accounts.editor.email, desk.accounts.editor.password);
      assert.equal((await editor.post('/desk/logout', {}, { withToken: false })).status, 403);
      assert.equal((await editor.get('/desk')).status, 200, 'still signed in');
    });
  });
}
