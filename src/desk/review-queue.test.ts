import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import type { TranslationRecord } from '../store/store.ts';
import { holdTranslation } from './testdata/review-fixture.ts';
import { T0, openDeskFixture, type DeskFixture, signedIn } from './testdata/desk-fixture.ts';

const HOUR = 3_600_000;

/** Held translations from two sources, with and without QA issues, one of them approved since. */
async function holdTranslations(desk: DeskFixture): Promise<void> {
  const { store } = desk;
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  await store.upsertSource(sourceDefinition('meridian'), 'config', T0);
  await store.saveEntries(['a', 'b', 'c'].map((guid) => feedEntry('wire', guid)), T0);
  await store.saveEntries([feedEntry('meridian', 'm')], T0);
  const entries = await store.entriesNeedingArticles(10);
  const held: Record<string, { hoursAgo: number; issues: TranslationRecord['issues']; headline: string }> = {
    a: { hoursAgo: 1, issues: [], headline: 'Informe nuevo' },
    b: { hoursAgo: 5, issues: [{ code: 'unknown-word', message: 'engine marker', span: { start: 0, end: 11 } }], headline: '*Kingsbridge <b>viejo</b>' },
    c: { hoursAgo: 3, issues: [], headline: 'Informe aprobado' },
    m: { hoursAgo: 2, issues: [{ code: 'lost-number', message: '12 missing', span: null }], headline: 'Informe del meridiano' },
  };
  for (const entry of entries) {
    const hold = held[entry.guid]!;
    const id = await store.saveArticle(cleanArticle(`Report ${entry.guid}`), { entryId: entry.id, sourceId: entry.sourceId, section: 'world', slug: entry.guid }, T0);
    const record: TranslationRecord = {
      articleId: id,
      targetLang: 'es',
      articleVersion: T0,
      engine: 'apertium',
      headline: hold.headline,
      headlineLang: null,
      translatedHeadline: null,
      headlinePolicy: 'translate',
      blocks: [],
      text: '',
      status: 'review',
      issues: hold.issues,
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
    };
    const tid = await store.saveTranslation(record, new Date(Date.parse(T0) - hold.hoursAgo * HOUR).toISOString());
    if (entry.guid === 'c') assert.ok(await store.approveTranslation(tid, T0));
  }
}

function headlines(html: string): string[] {
  return [...html.matchAll(/<th scope="row" lang="es" dir="ltr"><a href="\/desk\/review\/\d+">([^<]*)<\/a>/g)].map((m) => m[1]!);
}

for (const dialect of testDialects) {
  void describe(`review queue on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('lists held translations per edition, oldest first, with source, engine and issue codes, escaped', async () => {
      const desk = await openDeskFixture(await database().open());
      await holdTranslations(desk);
      const translator = await signedIn(desk, 'translator');
      const response = await translator.get('/desk/review');
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.deepEqual(headlines(html), ['*Kingsbridge &lt;b&gt;viejo&lt;/b&gt;', 'Informe del meridiano', 'Informe nuevo'], 'oldest first; the approved one is gone');
      assert.match(html, /<h2 id="edition-es" lang="es">Sangam Noticias \(3\)<\/h2>/);
      assert.match(html, /<td>Source wire<\/td><td>[^<]+<\/td><td>apertium<\/td><td><span class="issue" title="unknown-word">अज्ञात शब्द<\/span><\/td>/, 'codes in words, the code kept as the title');
      assert.match(html, /<td>Source meridian<\/td><td>[^<]+<\/td><td>apertium<\/td><td><span class="issue" title="lost-number">lost-number<\/span><\/td>/, 'a code the desk has no words for is shown as it is');
      assert.match(html, /<option value="meridian">Source meridian<\/option>/, 'sources by name in the filter too');
      assert.doesNotMatch(html, /<b>viejo/, 'headlines are escaped');
      assert.deepEqual(desk.errors, []);
    });

    void it('filters by edition, source and issue code', async () => {
      const desk = await openDeskFixture(await database().open());
      await holdTranslations(desk);
      const translator = await signedIn(desk, 'translator');
      const bySource = await (await translator.get('/desk/review?source=meridian')).text();
      assert.deepEqual(headlines(bySource), ['Informe del meridiano']);
      assert.match(bySource, /<option value="meridian" selected="">Source meridian<\/option>/);
      const byIssue = await (await translator.get('/desk/review?issue=unknown-word')).text();
      assert.deepEqual(headlines(byIssue), ['*Kingsbridge &lt;b&gt;viejo&lt;/b&gt;']);
      const otherEdition = await (await translator.get('/desk/review?edition=hi')).text();
      assert.deepEqual(headlines(otherEdition), []);
      assert.match(otherEdition, /समीक्षा के लिए ऐसा कोई अनुवाद बाकी नहीं है।/);
      const junk = await translator.get('/desk/review?source=%3Cscript%3E');
      assert.equal(junk.status, 200, 'a malformed filter is dropped, not refused');
      assert.equal(headlines(await junk.text()).length, 3);
    });

    void it('shows who last acted on an item that came back to the queue, and nobody for one never touched', async () => {
      const desk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(desk.store, 'back');
      await holdTranslation(desk.store, 'fresh');
      const translator = await signedIn(desk, 'translator');
      await translator.get(`/desk/review/${translationId}`);
      assert.equal((await translator.post(`/desk/review/${translationId}/approve`, { reason: 'markers are names' })).status, 303);
      // The article changed: the pipeline translates it again and the gate holds it.
      desk.clock.advance(2 * HOUR);
      const approved = (await desk.store.getTranslation(translationId))!;
      await desk.store.saveTranslation({ ...approved, status: 'review' }, desk.clock.now.toISOString());
      const html = await (await translator.get('/desk/review')).text();
      assert.match(html, /<th scope="col">आख़िरी कार्रवाई किसकी<\/th>/);
      assert.match(html, new RegExp(`<a href="/desk/review/${translationId}">[^<]+</a>.*?<td class="last-action">translator@desk.example \\(अनुमोदन, 2 घंटे पहले\\)</td>`, 's'));
      assert.equal((html.match(/<td class="last-action"><\/td>/g) ?? []).length, 1, 'the untouched item names nobody');
    });
  });
}
