import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { addUser } from './accounts.ts';
import { cliActor, recordAudit, userActor } from './audit.ts';
import { T0, TEST_PASSWORD_PARAMS, openDeskFixture, type DeskFixture, signedIn } from './testdata/desk-fixture.ts';

const HOUR = 3_600_000;

/** Two English articles held for review in Spanish, one in Hindi, one approved; returns nothing, the home page counts them. */
async function holdTranslations(desk: DeskFixture): Promise<void> {
  const { store } = desk;
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  await store.saveEntries(['a', 'b', 'c'].map((guid) => feedEntry('wire', guid)), T0);
  const entries = await store.entriesNeedingArticles(10);
  for (const [i, entry] of entries.entries()) {
    const id = await store.saveArticle(cleanArticle(`Report ${entry.guid}`), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: entry.guid }, T0);
    const record = {
      articleId: id,
      articleVersion: T0,
      engine: 'apertium',
      headline: `Informe ${entry.guid}`,
      headlineLang: null,
      translatedHeadline: null,
      headlinePolicy: 'translate' as const,
      blocks: [],
      text: '',
      status: 'review' as const,
      issues: [],
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
    };
    await store.saveTranslation({ ...record, targetLang: 'es' }, new Date(Date.parse(T0) - (i + 1) * HOUR).toISOString());
    if (i === 0) await store.saveTranslation({ ...record, targetLang: 'hi' }, T0);
  }
}

for (const dialect of testDialects) {
  void describe(`desk pages on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('an admin adds a user; weak, duplicate and malformed ones are refused with the reason', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await signedIn(desk, 'admin');
      await admin.get('/desk/users');
      const added = await admin.post('/desk/users', { email: ' Meera@Desk.Example ', role: 'editor', password: 'monsoon over the harbour' });
      assert.equal(added.status, 303);
      const page = await (await admin.get(added.headers.get('location')!)).text();
      assert.match(page, /खाता meera@desk.example जोड़ दिया गया/);
      assert.match(page, /<th scope="row">meera@desk.example<\/th><td>संपादक<\/td><td>सक्रिय<\/td>/);

      const weak = await admin.post('/desk/users', { email: 'ravi@desk.example', role: 'editor', password: 'short' });
      assert.equal(weak.status, 422);
      const weakPage = await weak.text();
      assert.match(weakPage, /पासवर्ड स्वीकार नहीं: कम से कम 12 अक्षर चाहिए \(इसमें 5 हैं\)/);
      assert.match(weakPage, /name="email" value="ravi@desk.example"/, 'the form keeps what was typed');
      assert.doesNotMatch(weakPage, /value="short"/, 'but never the password');
      assert.equal((await admin.post('/desk/users', { email: 'meera@desk.example', role: 'editor', password: 'another harbour song' })).status, 409);
      assert.equal((await admin.post('/desk/users', { email: 'not-an-address', role: 'editor', password: 'another harbour song' })).status, 422);
      assert.equal((await admin.post('/desk/users', { email: 'kavya@desk.example', role: 'owner', password: 'another harbour song' })).status, 422);

      const [entry] = await desk.store.listAudit({ actions: ['user-add'], limit: 1 });
      assert.equal(entry?.actor, desk.accounts.admin.email);
      assert.equal(entry?.actorUserId, desk.accounts.admin.id);
      assert.deepEqual(entry?.after, { email: 'meera@desk.example', role: 'editor' });
      assert.equal(entry?.address, '192.0.2.10');
      assert.equal((await desk.store.listAudit({ actions: ['user-add'], limit: 10 })).filter((e) => e.actor === desk.accounts.admin.email).length, 1);
    });

    void it('an admin disables a user, with before and after in the log, but not their own account', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await signedIn(desk, 'admin');
      await admin.get('/desk/users');
      const done = await admin.post(`/desk/users/${desk.accounts.editor.id}/disable`, {});
      assert.equal(done.headers.get('location'), `/desk/users?disabled=${desk.accounts.editor.id}`);
      const page = await (await admin.get(done.headers.get('location')!)).text();
      assert.match(page, /खाता editor@desk.example बंद कर दिया गया/);
      assert.match(page, /<tr class="disabled"><th scope="row">editor@desk.example/);
      const [entry] = await desk.store.listAudit({ actions: ['user-disable'], limit: 1 });
      assert.deepEqual([entry?.before, entry?.after, entry?.objectId], [{ email: 'editor@desk.example', disabled: false }, { email: 'editor@desk.example', disabled: true }, String(desk.accounts.editor.id)]);

      assert.equal((await admin.post(`/desk/users/${desk.accounts.editor.id}/disable`, {})).status, 409);
      const self = await admin.post(`/desk/users/${desk.accounts.admin.id}/disable`, {});
      assert.equal(self.status, 409);
      assert.match(await self.text(), /अपना ही खाता बंद नहीं कर सकते/);
      assert.equal((await admin.post('/desk/users/9999/disable', {})).status, 404);
      assert.equal((await desk.store.getUser(desk.accounts.admin.id))?.disabledAt, null);
    });

    void it('two admins disabling each other at once: one is refused as the last admin, and an admin is left', async () => {
      const desk = await openDeskFixture(await database().open());
      const added = await addUser({ store: desk.store, now: () => desk.clock.now, passwordParams: TEST_PASSWORD_PARAMS }, { email: 'ravi@desk.example', role: 'admin', password: 'ravi harbour lanterns' }, { actor: cliActor('test') });
      assert.ok(added.ok);
      const asha = await signedIn(desk, 'admin');
      const ravi = desk.client();
      assert.equal((await ravi.login('ravi@desk.example', 'ravi harbour lanterns')).status, 303);
      await asha.get('/desk/users');
      await ravi.get('/desk/users');
      const [byAsha, byRavi] = await Promise.all([asha.post(`/desk/users/${added.user.id}/disable`, {}), ravi.post(`/desk/users/${desk.accounts.admin.id}/disable`, {})]);
      const statuses = [byAsha.status, byRavi.status].sort();
      // The loser is refused by the store, or, when the winner committed first, finds its own session ended.
      assert.ok(statuses[0] === 303 && (statuses[1] === 409 || statuses[1] === 303), `statuses ${statuses.join(', ')}`);
      const refused = [byAsha, byRavi].find((r) => r.status === 409);
      if (refused) assert.match(await refused.text(), /यह आख़िरी सक्रिय एडमिन खाता है/);
      const active = (await desk.store.listUsers()).filter((u) => u.role === 'admin' && u.disabledAt === null);
      assert.equal(active.length, 1);
      assert.equal((await desk.store.listAudit({ actions: ['user-disable'], limit: 10 })).length, 1);
    });

    void it('logs sign-in and sign-out with the address', async () => {
      const desk = await openDeskFixture(await database().open());
      const editor = await signedIn(desk, 'editor', '198.51.100.23');
      assert.equal((await editor.post('/desk/logout', {})).status, 303);
      const entries = await desk.store.listAudit({ actor: desk.accounts.editor.email, limit: 10 });
      assert.deepEqual(entries.map((e) => [e.action, e.actorUserId, e.address]), [
        ['logout', desk.accounts.editor.id, '198.51.100.23'],
        ['login', desk.accounts.editor.id, '198.51.100.23'],
      ]);
      assert.equal((await desk.store.getUser(desk.accounts.editor.id))?.lastLoginAt, T0);
    });

    void it('the audit page filters by actor and action and exports JSON lines', async () => {
      const desk = await openDeskFixture(await database().open());
      await signedIn(desk, 'editor');
      const admin = await signedIn(desk, 'admin');
      const filtered = await (await admin.get('/desk/audit?actor=EDITOR@desk.example&action=login')).text();
      assert.equal((filtered.match(/<tr class="login">/g) ?? []).length, 1);
      assert.match(filtered, /<td>editor@desk.example<\/td><td>साइन इन<\/td>/);
      assert.doesNotMatch(filtered, /<td>admin@desk.example<\/td>/);

      const exported = await admin.get('/desk/audit?action=login&format=jsonl');
      assert.equal(exported.status, 200);
      assert.match(exported.headers.get('content-type') ?? '', /^application\/jsonl/);
      assert.equal(exported.headers.get('cache-control'), 'no-store');
      const lines = (await exported.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.deepEqual(lines.map((l) => l['actor']), ['admin@desk.example', 'editor@desk.example']);
      assert.deepEqual(Object.keys(lines[0]!), ['id', 'at', 'actorUserId', 'actor', 'action', 'objectType', 'objectId', 'before', 'after', 'reason', 'address']);
      const all = (await (await admin.get('/desk/audit?format=jsonl')).text()).trimEnd().split('\n');
      assert.equal(all.length, 5, 'three accounts added by the fixture and two sign-ins');
    });

    void it('the home page shows the queue per edition, sources in trouble, kills and corrections, and who is signed in', async () => {
      const desk = await openDeskFixture(await database().open());
      await holdTranslations(desk);
      await desk.store.upsertSource(sourceDefinition('coast', { name: 'Coast Herald' }), 'config', T0);
      await desk.store.recordFetchFailure('coast', { at: T0, status: 503, error: 'HTTP 503 from coast.example', errorKind: 'status', nextFetchAt: null });
      await recordAudit(desk.store, userActor({ id: desk.accounts.editor.id, email: desk.accounts.editor.email }), { action: 'kill', object: { type: 'article', id: 7 }, reason: 'legal complaint' }, desk.clock.now);
      await recordAudit(desk.store, userActor({ id: desk.accounts.editor.id, email: desk.accounts.editor.email }), { action: 'edit', object: { type: 'article', id: 8 } }, desk.clock.now);
      desk.clock.advance(30 * 60_000);
      await signedIn(desk, 'editor');
      const translator = await signedIn(desk, 'translator');
      const html = await (await translator.get('/desk')).text();

      assert.match(html, /<th scope="row" lang="es">Sangam Noticias<\/th><td class="num"><a href="\/desk\/review\?edition=es">3<\/a><\/td><td>3 घंटे पहले<\/td>/);
      assert.match(html, /<a href="\/desk\/review\?edition=hi">1<\/a><\/td><td>30 मिनट पहले<\/td>/);
      assert.match(html, /<tr class="failing"><th scope="row">Coast Herald <span class="id">coast<\/span><\/th><td>लगातार 1 बार फ़ेच विफल: HTTP 503 from coast.example<\/td><td>कभी नहीं<\/td>/);
      assert.doesNotMatch(html, /Source wire/, 'a source that works is not in trouble');
      assert.match(html, /<tr class="kill"><td>[^<]+<\/td><td>हटाया \(किल\)<\/td><td>article 7<\/td><td>editor@desk.example<\/td><td>legal complaint<\/td>/);
      assert.doesNotMatch(html, /articles\/8/, 'edits are not kills or corrections');
      assert.match(html, /<td>translator@desk.example<\/td><td>अनुवादक<\/td>/);
      assert.match(html, /<td>editor@desk.example<\/td><td>संपादक<\/td>/);
      assert.doesNotMatch(html, /<td>admin@desk.example<\/td>/, 'the admin has not signed in');
      // A translator's bar shows only what the role opens.
      assert.match(html, /href="\/desk\/review"/);
      assert.doesNotMatch(html, /href="\/desk\/users"|href="\/desk\/audit"|href="\/desk\/articles/, 'a translator is offered neither accounts, the log nor articles');
      const editorHome = await (await (await signedIn(desk, 'editor')).get('/desk')).text();
      assert.match(editorHome, /<a href="\/desk\/articles\?status=killed">सभी हटाए गए लेख<\/a>/);
      assert.match(editorHome, /<li><a href="\/desk\/articles">लेख<\/a><\/li>/);
      assert.match(editorHome, /<td><a href="\/desk\/articles\/7">#7<\/a><\/td>/, 'editors follow a kill to its article');
    });
  });
}
