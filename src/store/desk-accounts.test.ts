import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from './store.ts';
import { testDialects, useFreshDatabase } from './test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from './test-records.ts';
import type { TranslationRecord } from './store.ts';

const T0 = '2026-03-02T08:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';
const HASH = '$scrypt$ln=10,r=8,p=1$c2FsdA$a2V5';

async function addUser(store: Store, email: string, role: 'translator' | 'editor' | 'admin' = 'editor'): Promise<number> {
  const id = await store.createUser({ email, role, passwordHash: HASH }, T0);
  assert.ok(id !== null);
  return id;
}

function translation(articleId: number, targetLang: string, status: 'review' | 'pass'): TranslationRecord {
  return {
    articleId,
    targetLang,
    articleVersion: T0,
    engine: 'apertium',
    headline: 'शीर्षक',
    headlineLang: null,
    translatedHeadline: 'शीर्षक',
    headlinePolicy: 'translate',
    blocks: [],
    text: '',
    status,
    issues: [],
    attempts: 1,
    nextAttemptAt: null,
    lastError: null,
  };
}

function session(idHash: string, userId: number | null) {
  return { idHash, userId, csrfToken: `csrf-${idHash}`, address: '192.0.2.7' };
}

for (const dialect of testDialects) {
  void describe(`desk accounts on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('creates a user once per email and finds it by email and id', async () => {
      const store = await database().open();
      const id = await addUser(store, 'asha@desk.example', 'translator');
      assert.equal(await store.createUser({ email: 'asha@desk.example', role: 'admin', passwordHash: HASH }, T1), null);
      const found = await store.getUserByEmail('asha@desk.example');
      assert.deepEqual(found, {
        id,
        email: 'asha@desk.example',
        role: 'translator',
        passwordHash: HASH,
        createdAt: T0,
        updatedAt: T0,
        disabledAt: null,
        lastLoginAt: null,
        totpEnabled: false,
      });
      assert.deepEqual(await store.getUser(id), found);
      assert.equal(await store.getUserByEmail('nobody@desk.example'), null);
    });

    void it('lists users by email and changes a password', async () => {
      const store = await database().open();
      const zed = await addUser(store, 'zed@desk.example');
      await addUser(store, 'amir@desk.example');
      assert.deepEqual((await store.listUsers()).map((u) => u.email), ['amir@desk.example', 'zed@desk.example']);
      assert.equal(await store.setUserPassword(zed, '$scrypt$new', T1), true);
      assert.equal((await store.getUser(zed))?.passwordHash, '$scrypt$new');
      assert.equal((await store.getUser(zed))?.updatedAt, T1);
      assert.equal(await store.setUserPassword(9999, '$scrypt$new', T1), false);
    });

    void it('a new password ends the user\'s sessions when asked to', async () => {
      const store = await database().open();
      const id = await addUser(store, 'asha@desk.example');
      await store.startSession(session('kept', id), T0, null);
      await store.setUserPassword(id, '$scrypt$rehashed', T1);
      assert.ok(await store.getSession('kept'), 'a rehash at login keeps the sessions');
      await store.setUserPassword(id, '$scrypt$changed', T2, { endSessions: true });
      assert.equal(await store.getSession('kept'), null);
    });

    void it('turns two-factor sign-in on and off, accepting each TOTP step once and only forwards', async () => {
      const store = await database().open();
      const id = await addUser(store, 'asha@desk.example');
      const other = await addUser(store, 'ravi@desk.example');
      assert.equal(await store.claimTotpStep(id, 100), false, 'no step is accepted while it is off');
      assert.equal(await store.setUserTotp(id, { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', acceptedStep: 100 }, T1), true);
      assert.equal(await store.getUserTotpSecret(id), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
      assert.equal((await store.getUser(id))?.totpEnabled, true);
      assert.equal(await store.getUserTotpSecret(other), null);

      assert.equal(await store.claimTotpStep(id, 100), false, 'the confirming code cannot sign in');
      assert.equal(await store.claimTotpStep(id, 101), true);
      assert.equal(await store.claimTotpStep(id, 101), false, 'a code is good once');
      assert.equal(await store.claimTotpStep(id, 100), false, 'nor an earlier one after a later one');
      const both = await Promise.all([store.claimTotpStep(id, 103), store.claimTotpStep(id, 103)]);
      assert.deepEqual(both.sort(), [false, true], 'two requests with one code: one wins');

      await store.startSession(session('open', id), T1, null);
      assert.equal((await store.getSession('open'))?.user?.totpEnabled, true);
      await store.startSession(session('form', null), T1, null);
      assert.equal((await store.getSession('form'))?.pending, null);
      await store.setSessionPending('form', { userId: id, at: '2026-03-02T14:30:00+05:30' });
      assert.deepEqual((await store.getSession('form'))?.pending, { userId: id, at: T0.replace('08:00', '09:00') });
      assert.equal((await store.getSession('form'))?.user, null, 'waiting for the code is not signed in');
      await store.setSessionPending('form', null);
      assert.equal((await store.getSession('form'))?.pending, null);
      assert.equal(await store.setUserTotp(id, null, T2), true);
      assert.equal(await store.getSession('open'), null, 'turning it off ends the sessions');
      assert.equal(await store.getUserTotpSecret(id), null);
      assert.equal((await store.getUser(id))?.totpEnabled, false);
      assert.equal(await store.setUserTotp(9999, null, T2), false);
    });

    void it('keeps a session with its user, touches it, and deletes it', async () => {
      const store = await database().open();
      const id = await addUser(store, 'asha@desk.example');
      await store.startSession(session('aa', id), T0, null);
      const found = await store.getSession('aa');
      assert.equal(found?.user?.email, 'asha@desk.example');
      assert.equal(found?.csrfToken, 'csrf-aa');
      assert.equal(found?.createdAt, T0);
      await store.touchSession('aa', T1);
      assert.equal((await store.getSession('aa'))?.lastSeenAt, T1);
      assert.equal(await store.deleteSession('aa'), true);
      assert.equal(await store.getSession('aa'), null);
      assert.equal(await store.deleteSession('aa'), false);
    });

    void it('replaces the login form session when a user signs in', async () => {
      const store = await database().open();
      const id = await addUser(store, 'asha@desk.example');
      await store.startSession(session('before', null), T0, null);
      assert.equal((await store.getSession('before'))?.user, null);
      await store.startSession(session('after', id), T1, 'before');
      assert.equal(await store.getSession('before'), null);
      assert.equal((await store.getSession('after'))?.userId, id);
    });

    void it('disabling a user ends every session of theirs and no one else\'s', async () => {
      const store = await database().open();
      const asha = await addUser(store, 'asha@desk.example');
      const ravi = await addUser(store, 'ravi@desk.example');
      await store.startSession(session('laptop', asha), T0, null);
      await store.startSession(session('phone', asha), T0, null);
      await store.startSession(session('ravi', ravi), T0, null);
      assert.equal(await store.disableUser(asha, T1), 'disabled');
      assert.equal(await store.disableUser(asha, T2), 'unchanged');
      assert.equal(await store.disableUser(9999, T2), 'unchanged');
      assert.equal((await store.getUser(asha))?.disabledAt, T1);
      assert.equal(await store.getSession('laptop'), null);
      assert.equal(await store.getSession('phone'), null);
      assert.ok(await store.getSession('ravi'));
    });

    void it('never disables the last active admin, even when two admins disable each other at once', async () => {
      const store = await database().open();
      const asha = await addUser(store, 'asha@desk.example', 'admin');
      const ravi = await addUser(store, 'ravi@desk.example', 'admin');
      const mira = await addUser(store, 'mira@desk.example', 'editor');
      await store.startSession(session('ravi', ravi), T0, null);
      const outcomes = await Promise.all([store.disableUser(asha, T1), store.disableUser(ravi, T1)]);
      assert.deepEqual([...outcomes].sort(), ['disabled', 'last-admin']);
      const left = outcomes[0] === 'disabled' ? ravi : asha;
      assert.equal((await store.getUser(left))?.disabledAt, null, 'one admin is left active');
      assert.equal(await store.disableUser(left, T2), 'last-admin');
      assert.equal((await store.getUser(left))?.disabledAt, null);
      if (left === ravi) assert.ok(await store.getSession('ravi'), 'a refused disable ends no session');
      assert.equal(await store.disableUser(mira, T2), 'disabled', 'other roles are not counted');
    });

    void it('lists who is signed in and purges sessions past either limit', async () => {
      const store = await database().open();
      const asha = await addUser(store, 'asha@desk.example');
      const ravi = await addUser(store, 'ravi@desk.example', 'admin');
      const old = await addUser(store, 'old@desk.example');
      await store.startSession(session('asha-1', asha), T0, null);
      await store.startSession(session('asha-2', asha), T1, null);
      await store.startSession(session('ravi', ravi), T1, null);
      await store.startSession(session('old', old), T0, null);
      await store.startSession(session('anon', null), T2, null);
      await store.touchSession('asha-1', T2);
      // Idle limit: seen before T1 has ended ('old'); absolute: created before T0 has ended (none).
      const cutoffs = { idleBefore: T1, createdBefore: T0 };
      const signedIn = await store.signedInUsers(cutoffs);
      assert.deepEqual(signedIn.map((u) => [u.email, u.lastSeenAt]), [['asha@desk.example', T2], ['ravi@desk.example', T1]]);
      assert.equal(signedIn[1]?.role, 'admin');
      assert.equal(await store.deleteExpiredSessions(cutoffs), 1);
      assert.equal(await store.getSession('old'), null);
      // Absolute limit: created before T1 has ended, however recently seen.
      assert.equal(await store.deleteExpiredSessions({ idleBefore: T0, createdBefore: T1 }), 1);
      assert.equal(await store.getSession('asha-1'), null);
      assert.ok(await store.getSession('asha-2'));
    });

    void it('counts failed logins per key within a window, and forgets them', async () => {
      const store = await database().open();
      await store.recordLoginFailure(['account:a@x.example', 'address:192.0.2.1'], T0);
      await store.recordLoginFailure(['account:a@x.example', 'address:192.0.2.1'], T1);
      await store.recordLoginFailure(['account:b@x.example', 'address:192.0.2.1'], T2);
      const keys = ['account:a@x.example', 'address:192.0.2.1', 'account:c@x.example'];
      const all = await store.countLoginFailures(keys, T0);
      assert.deepEqual(all.get('account:a@x.example'), { count: 2, lastAt: T1 });
      assert.deepEqual(all.get('address:192.0.2.1'), { count: 3, lastAt: T2 });
      assert.deepEqual(all.get('account:c@x.example'), { count: 0, lastAt: null });
      assert.equal((await store.countLoginFailures(keys, T1)).get('account:a@x.example')?.count, 1);
      await store.clearLoginFailures('account:a@x.example');
      assert.equal((await store.countLoginFailures(keys, T0)).get('account:a@x.example')?.count, 0);
      assert.equal(await store.pruneLoginFailures(T2), 2);
      assert.equal((await store.countLoginFailures(keys, T0)).get('address:192.0.2.1')?.count, 1);
    });

    void it('counts translations held for review and not approved, per language, with the oldest', async () => {
      const store = await database().open();
      assert.deepEqual(await store.reviewQueueCounts(), []);
      await store.upsertSource(sourceDefinition('wire'), 'config', T0);
      const guids = ['a', 'b', 'c', 'd'];
      await store.saveEntries(guids.map((g) => feedEntry('wire', g)), T0);
      const entries = await store.entriesNeedingArticles(10);
      const ids: number[] = [];
      for (const entry of entries) {
        ids.push(await store.saveArticle(cleanArticle(`Report ${entry.guid}`), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: entry.guid }, T0));
      }
      const held = (articleId: number, targetLang: string, status: 'review' | 'pass', at: string) =>
        store.saveTranslation(translation(articleId, targetLang, status), at);
      await held(ids[0]!, 'hi', 'review', T2);
      await held(ids[1]!, 'hi', 'review', T1);
      await held(ids[2]!, 'hi', 'pass', T0);
      await held(ids[0]!, 'es', 'review', T1);
      const approved = await held(ids[3]!, 'es', 'review', T0);
      await store.approveTranslation(approved, T2);
      assert.deepEqual(await store.reviewQueueCounts(), [
        { lang: 'es', count: 1, oldestAt: T1 },
        { lang: 'hi', count: 2, oldestAt: T1 },
      ]);
    });
  });
}
