/**
 * The admin's sources and settings pages over a real store: what they show
 * (and keep inert), what each action changes, what the audit log records,
 * and what is refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema, type Config } from '../config/schema.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { feedEntry, sourceDefinition } from '../store/test-records.ts';
import { T0, openDeskFixture, signedIn, type DeskFixture } from './testdata/desk-fixture.ts';

const HOSTILE_BODY = '<script>alert("owned")</script><img src=x onerror=alert(2)>';

/** A source defined in the file, failing with a hostile body, and one added from the command line, with entries. */
async function twoSources(desk: DeskFixture): Promise<void> {
  const { store } = desk;
  await store.upsertSource(sourceDefinition('wire', { name: 'Meridian <b>Wire</b>' }), 'config', T0);
  await store.recordFetchFailure('wire', {
    at: T0,
    status: 502,
    error: 'ingest: https://desk:hunter2@wire.example/feed.xml answered 502 <i>Bad Gateway</i>',
    errorKind: 'status',
    bodyStart: HOSTILE_BODY.slice(0, 40),
    nextFetchAt: '2026-03-02T08:15:00.000Z',
  });
  await store.upsertSource(sourceDefinition('harbour', { url: 'https://harbour.example/rss?token=s3cret&lang=en' }), 'cli', T0);
  await store.saveEntries(['a', 'b', 'c'].map((guid) => feedEntry('harbour', guid)), T0);
}

function settingsConfig(): Config {
  const parsed = configSchema.parse({
    site: { name: 'संगम समाचार', baseUrl: 'https://news.example/', timeZone: 'Asia/Kolkata' },
    editions: [
      { lang: 'hi', path: '/', title: 'संगम समाचार' },
      { lang: 'es', path: '/es/', title: 'Sangam Noticias' },
    ],
    sections: [{ id: 'world', title: { hi: 'दुनिया', en: 'World' } }],
    translation: {
      engines: [{ id: 'libre', kind: 'libretranslate', url: 'https://mt:mt-pass@mt.example/', apiKey: 'libre-key-9876' }],
      pairs: [{ from: 'en', to: 'es', engine: 'libre' }],
    },
    metrics: { token: 'metrics-token-abcdef123456' },
  });
  return { ...parsed, file: '/srv/desk/wiredesk.yaml', dataDir: '/srv/desk/data', databaseUrl: 'postgres://wd:db-pass-31@db.internal/news' };
}

for (const dialect of testDialects) {
  void describe(`sources and settings pages on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('shows every source with its health, entries and state; what the server sent renders inert', async () => {
      const desk = await openDeskFixture(await database().open());
      await twoSources(desk);
      const admin = await signedIn(desk, 'admin');
      const response = await admin.get('/desk/sources');
      assert.equal(response.status, 200);
      const html = await response.text();
      const wire = /<tr id="source-wire"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
      assert.match(wire, /Meridian &lt;b&gt;Wire&lt;\/b&gt;/);
      assert.match(wire, /<td class="num">502<\/td>/);
      assert.match(wire, /HTTP त्रुटि \(status\)<br\/>/);
      assert.match(wire, /<code dir="ltr">&lt;script&gt;alert\(&quot;owned&quot;\)&lt;\/script&gt;&lt;img src=<\/code>/);
      assert.match(wire, /answered 502 &lt;i&gt;Bad Gateway&lt;\/i&gt;/);
      assert.doesNotMatch(html, /hunter2|s3cret/, 'no credentials of a feed address');
      assert.doesNotMatch(html, /<script|<img|<b>|<i>/, 'nothing from a source is markup');
      assert.doesNotMatch(wire, /\/remove"/, 'a source from the file cannot be removed here');
      const harbour = /<tr id="source-harbour"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
      assert.match(harbour, /<td class="num">3<\/td>/, 'its three entries');
      assert.match(harbour, /action="\/desk\/sources\/harbour\/remove"/);
      assert.match(html, /wiredesk sources add URL/, 'the command that does the same');
    });

    void it('pause, resume and fetch now change the source and are audited with before and after', async () => {
      const desk = await openDeskFixture(await database().open());
      await twoSources(desk);
      const admin = await signedIn(desk, 'admin');
      assert.match(await (await admin.get('/desk')).text(), /href="\/desk\/sources#source-wire"/, 'failing, it is in trouble on the home page');
      await admin.get('/desk/sources');

      const paused = await admin.post('/desk/sources/wire/pause', { reason: 'paywall page instead of a feed' });
      assert.equal(paused.status, 303);
      assert.equal(paused.headers.get('location'), '/desk/sources?done=pause&source=wire');
      assert.equal((await desk.store.getSource('wire'))?.pausedAt, T0);
      const page = await (await admin.get(paused.headers.get('location')!)).text();
      assert.match(page, /wire रोका गया/);
      assert.match(page, /<tr id="source-wire" class="paused">/);
      assert.match(page, /action="\/desk\/sources\/wire\/resume"/);
      assert.equal((await admin.post('/desk/sources/wire/pause', {})).status, 409, 'paused already');
      assert.doesNotMatch(await (await admin.get('/desk')).text(), /source-wire/, 'paused on purpose, it is in no trouble');
      await admin.get('/desk/sources');
      assert.equal((await admin.post('/desk/sources/wire/fetch-now', {})).status, 409, 'a paused source is not fetched now');

      desk.clock.advance(60_000);
      assert.equal((await admin.post('/desk/sources/wire/resume', {})).status, 303);
      assert.equal((await desk.store.getSource('wire'))?.pausedAt, null);
      desk.clock.advance(60_000);
      assert.equal((await admin.post('/desk/sources/wire/fetch-now', {})).status, 303);
      assert.equal((await desk.store.getSource('wire'))?.nextFetchAt, desk.clock.now.toISOString());
      assert.equal((await admin.post('/desk/sources/nowhere/pause', {})).status, 404);

      const entries = await desk.store.listAudit({ actions: ['source-change'], limit: 10 });
      assert.equal(entries.length, 3);
      const [fetchNow, resume, pause] = entries;
      for (const entry of entries) {
        assert.equal(entry.actor, desk.accounts.admin.email);
        assert.equal(entry.actorUserId, desk.accounts.admin.id);
        assert.equal(entry.objectType, 'source');
        assert.equal(entry.objectId, 'wire');
        assert.equal(entry.address, '192.0.2.10');
      }
      const field = (value: unknown, name: string) => (value as Record<string, unknown> | null)?.[name];
      assert.equal(pause?.reason, 'paywall page instead of a feed');
      assert.deepEqual([field(pause?.before, 'pausedAt'), field(pause?.after, 'pausedAt')], [null, T0]);
      assert.deepEqual([field(resume?.before, 'pausedAt'), field(resume?.after, 'pausedAt')], [T0, null]);
      assert.deepEqual([field(fetchNow?.before, 'nextFetchAt'), field(fetchNow?.after, 'nextFetchAt')], ['2026-03-02T08:15:00.000Z', desk.clock.now.toISOString()]);
      assert.equal(field(pause?.after, 'url'), 'https://wire.example/feed.xml');
    });

    void it('adds an http(s) feed as the desk\'s own source, refusing bad fields, a taken id and a feed that is a source already', async () => {
      const desk = await openDeskFixture(await database().open());
      await twoSources(desk);
      const admin = await signedIn(desk, 'admin');
      await admin.get('/desk/sources');

      const bad = await admin.post('/desk/sources', { id: 'Bad Id', url: '/etc/passwd', section: 'nowhere', language: 'klingon' });
      assert.equal(bad.status, 422);
      const badPage = await bad.text();
      assert.match(badPage, /नहीं जोड़ा गया/);
      assert.match(badPage, /value="\/etc\/passwd"/, 'the form keeps what was typed');
      assert.equal((await admin.post('/desk/sources', { id: 'wire', url: 'https://other.example/feed.xml', section: 'world' })).status, 409);
      const same = await admin.post('/desk/sources', { id: 'harbour-again', url: 'https://HARBOUR.example:443/rss?token=s3cret&lang=en#top', section: 'world' });
      assert.equal(same.status, 409);
      assert.match(await same.text(), /पहले से स्रोत harbour है/);
      assert.equal((await desk.store.listSources()).length, 2);

      const added = await admin.post('/desk/sources', { id: 'coast', name: 'Coast Courier', url: 'https://coast.example/feed.json', section: 'world', language: 'hi', mode: 'link', format: 'jsonfeed', reason: 'new partner' });
      assert.equal(added.status, 303);
      const source = await desk.store.getSource('coast');
      assert.deepEqual(
        [source?.origin, source?.name, source?.url, source?.language, source?.mode, source?.format, source?.pausedAt],
        ['desk', 'Coast Courier', 'https://coast.example/feed.json', 'hi', 'link', 'jsonfeed', null],
      );
      const [entry] = await desk.store.listAudit({ actions: ['source-change'], limit: 1 });
      assert.equal(entry?.before, null);
      assert.equal((entry?.after as { id?: string } | null)?.id, 'coast');
      assert.equal(entry?.reason, 'new partner');
    });

    void it('removes a source the database owns only when its id is typed again; the file\'s sources are refused', async () => {
      const desk = await openDeskFixture(await database().open());
      await twoSources(desk);
      const admin = await signedIn(desk, 'admin');
      await admin.get('/desk/sources');

      const unconfirmed = await admin.post('/desk/sources/harbour/remove', { confirm: 'harbor' });
      assert.equal(unconfirmed.status, 422);
      assert.match(await unconfirmed.text(), /पुष्टि के लिए खाने में harbour लिखें/);
      assert.ok(await desk.store.getSource('harbour'));
      const fromFile = await admin.post('/desk/sources/wire/remove', { confirm: 'wire' });
      assert.equal(fromFile.status, 409);
      assert.match(await fromFile.text(), /कॉन्फ़िगरेशन फ़ाइल में दर्ज है/);

      const removed = await admin.post('/desk/sources/harbour/remove', { confirm: 'harbour' });
      assert.equal(removed.status, 303);
      assert.equal(await desk.store.getSource('harbour'), null);
      assert.deepEqual(await desk.store.counts(), { sources: 1, entries: 0, articles: 0 });
      const [entry] = await desk.store.listAudit({ actions: ['source-change'], limit: 1 });
      assert.equal(entry?.after, null);
      assert.equal((entry?.before as { id?: string; origin?: string } | null)?.origin, 'cli');
      assert.equal((entry?.before as { url?: string } | null)?.url, 'https://harbour.example/rss?token=%5Bredacted%5D&lang=en', 'no key of the feed in the log');
      assert.equal((await desk.store.listAudit({ actions: ['source-change'], limit: 10 })).length, 1, 'refusals are not logged as changes');
    });

    void it('a source action without the form\'s token, or from another site, is refused and changes nothing', async () => {
      const desk = await openDeskFixture(await database().open());
      await twoSources(desk);
      const admin = await signedIn(desk, 'admin');
      await admin.get('/desk/sources');
      assert.equal((await admin.post('/desk/sources/wire/pause', {}, { withToken: false })).status, 403);
      assert.equal((await admin.post('/desk/sources/wire/pause', {}, { origin: 'https://evil.example' })).status, 403);
      assert.equal((await admin.post('/desk/sources/harbour/remove', { confirm: 'harbour', csrf: 'x'.repeat(43) })).status, 403);
      assert.equal((await desk.store.getSource('wire'))?.pausedAt, null);
      assert.ok(await desk.store.getSource('harbour'));
      assert.deepEqual(await desk.store.listAudit({ actions: ['source-change'], limit: 10 }), []);
    });

    void it('admins find sources and settings in the bar; editors do not', async () => {
      const desk = await openDeskFixture(await database().open());
      const admin = await (await signedIn(desk, 'admin')).get('/desk');
      const adminHtml = await admin.text();
      assert.match(adminHtml, /<a href="\/desk\/sources">स्रोत<\/a>/);
      assert.match(adminHtml, /<a href="\/desk\/settings">सेटिंग्स<\/a>/);
      assert.match(adminHtml, /<a href="\/desk\/sources">सभी स्रोत और उनकी कार्रवाइयाँ<\/a>/, 'and on the home page, by the sources in trouble');
      const editorHtml = await (await (await signedIn(desk, 'editor')).get('/desk')).text();
      assert.doesNotMatch(editorHtml, /\/desk\/sources|\/desk\/settings/);
    });

    void it('the settings page shows the configuration in effect with every secret hidden', async () => {
      const desk = await openDeskFixture(await database().open(), { config: settingsConfig() });
      await desk.store.upsertSource(sourceDefinition('meridian', { name: 'Meridian Wire', licence: 'the body may not be changed', licenceRules: { edits: 'headline', translation: 'review' } }), 'config', T0);
      const response = await (await signedIn(desk, 'admin')).get('/desk/settings');
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /https:\/\/news\.example\//);
      assert.match(html, /Asia\/Kolkata/);
      assert.match(html, /Sangam Noticias/);
      assert.match(html, /PostgreSQL \(पता छिपा है\)/);
      assert.match(html, /<td dir="ltr">https:\/\/mt\.example\/<\/td>/);
      assert.match(html, /en → es/);
      assert.match(html, /Meridian Wire[\s\S]*?<td dir="ltr">headline<\/td><td dir="ltr">review<\/td><td>the body may not be changed<\/td>/);
      assert.match(html, /&quot;apiKey&quot;: &quot;\[redacted\]&quot;/);
      for (const secret of ['mt-pass', 'libre-key-9876', 'metrics-token-abcdef123456', 'db-pass-31', 'db.internal']) assert.doesNotMatch(html, new RegExp(secret), secret);
      assert.doesNotMatch(html, /<form method="post" action="\/desk\/settings/, 'read-only');
    });
  });
}
