import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { humanKey } from '../translate/human-segments.ts';
import { openDeskFixture, signedIn, T0 } from './testdata/desk-fixture.ts';
import { HELD_TARGET, holdTranslation } from './testdata/review-fixture.ts';

const FIXED = 'El consejo abrió el parque de Kingsbridge el lunes.';

/** The whole document as the form posts it, with the given segments replaced. */
function document(headline: string, replaced: Record<number, string> = {}): Record<string, string> {
  return { headline, ...Object.fromEntries(HELD_TARGET.map((text, i) => [`segment-${i}`, replaced[i] ?? text])) };
}

for (const dialect of testDialects) {
  void describe(`review actions on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('approval is refused with 422 while engine markers remain, the edits kept; nothing is saved', async () => {
      const desk = await openDeskFixture(await database().open());
      const { articleId, translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      await translator.get(`/desk/review/${translationId}`);
      const refused = await translator.post(`/desk/review/${translationId}/approve`, document('El parque abre hoy', { 1: 'Las entradas cuestan 12 euros.' }));
      assert.equal(refused.status, 422);
      const html = await refused.text();
      assert.match(html, /<p class="error" role="alert">अनुमोदन नहीं हुआ: 1 खंडों में इंजन के चिह्न \(\*\) बाकी हैं<\/p>/);
      assert.match(html, /name="segment-1"[^>]*>Las entradas cuestan 12 euros.<\/textarea>/, 'the edit is kept on the page');
      assert.match(html, /name="headline" value="El parque abre hoy"/);
      assert.equal(await desk.store.publishedTranslation(articleId, 'es'), null, 'not approved');
      assert.equal((await desk.store.getTranslation(translationId))?.headline, 'El parque abre park', 'not saved');
      assert.deepEqual(await desk.store.listAudit({ actions: ['approve'], limit: 5 }), []);
    });

    void it('a fixed segment approves: the edits are what readers get, and the log has before and after', async () => {
      const desk = await openDeskFixture(await database().open());
      const { articleId, translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      await translator.get(`/desk/review/${translationId}`);
      const approved = await translator.post(`/desk/review/${translationId}/approve`, document('El parque de Kingsbridge abre', { 0: FIXED, 1: 'Las entradas\r\ncuestan 12 euros.' }));
      assert.equal(approved.status, 303);
      assert.match(approved.headers.get('location') ?? '', /^\/desk\/review\?approved=\d+$/);
      const published = await desk.store.publishedTranslation(articleId, 'es');
      assert.equal(published?.headline, 'El parque de Kingsbridge abre');
      assert.match(published?.text ?? '', /El consejo abrió el parque de Kingsbridge el lunes\./);
      assert.doesNotMatch(published?.text ?? '', /[*#@]/);
      assert.ok(published?.text?.includes('<script>alert(1)</script>'), 'text is stored as written; escaping is the renderer\'s job');
      const queue = await (await translator.get('/desk/review')).text();
      assert.doesNotMatch(queue, /El parque/, 'it has left the queue');
      const [entry] = await desk.store.listAudit({ actions: ['approve'], limit: 1 });
      assert.equal(entry?.actor, desk.accounts.translator.email);
      assert.equal(entry?.reason, null);
      assert.deepEqual(entry?.before, { headline: 'El parque abre park', segments: [{ segment: 0, text: HELD_TARGET[0] }, { segment: 1, text: HELD_TARGET[1] }] });
      assert.deepEqual(entry?.after, { headline: 'El parque de Kingsbridge abre', segments: [{ segment: 0, text: FIXED }, { segment: 1, text: 'Las entradas\ncuestan 12 euros.' }], markersLeft: 0, humanSegments: 3 });
      // The two segments and the headline are remembered as the reviewer wrote them, for the next article with the same text.
      const remembered = await desk.store.lookupHumanSegments({ from: 'en', to: 'es' }, [humanKey('The council opened the Kingsbridge park on Monday.'), humanKey('Tickets cost 12 euros.'), humanKey('Park opens park'), humanKey('Residents welcomed it.')], T0);
      assert.deepEqual([...remembered.values()].sort(), [FIXED, 'El parque de Kingsbridge abre', 'Las entradas\ncuestan 12 euros.']);
      assert.equal((await desk.store.memoryStats()).human.segments, 3);
      assert.deepEqual(desk.errors, []);
    });

    void it('with a reason, approval goes through despite markers, and the reason is recorded', async () => {
      const desk = await openDeskFixture(await database().open());
      const { articleId, translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      await translator.get(`/desk/review/${translationId}`);
      const approved = await translator.post(`/desk/review/${translationId}/approve`, { ...document('El parque abre park'), reason: 'Kingsbridge is a proper name here' });
      assert.equal(approved.status, 303);
      assert.ok(await desk.store.publishedTranslation(articleId, 'es'));
      const [entry] = await desk.store.listAudit({ actions: ['approve'], limit: 1 });
      assert.equal(entry?.reason, 'Kingsbridge is a proper name here');
      assert.equal((entry?.after as { markersLeft: number }).markersLeft, 1);
      assert.equal((await desk.store.memoryStats()).human.segments, 0, 'nothing was changed, and markers are not a human translation');
    });

    void it('an approval without the form token is refused and changes nothing', async () => {
      const desk = await openDeskFixture(await database().open());
      const { articleId, translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      const forged = await translator.post(`/desk/review/${translationId}/approve`, { ...document('x', { 0: FIXED }), reason: 'r' }, { withToken: false });
      assert.equal(forged.status, 403);
      assert.equal(await desk.store.publishedTranslation(articleId, 'es'), null);
    });
  });
}

for (const dialect of testDialects) {
  void describe(`rejecting on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('a rejected translation leaves the queue and the edition; the original stays; it is not translated again', async () => {
      const desk = await openDeskFixture(await database().open());
      const { articleId, translationId } = await holdTranslation(desk.store, 'park');
      const listed = async () => (await desk.store.editionTranslationSummaries({ targetLang: 'es', limit: 10 })).map((a) => a.id);
      assert.deepEqual(await listed(), [articleId], 'held, the Spanish edition lists the original');
      const translator = await signedIn(desk, 'translator');
      const page = await (await translator.get(`/desk/review/${translationId}`)).text();
      assert.match(page, new RegExp(`<form method="post" action="/desk/review/${translationId}/reject"`));
      // The reason is optional, and the label says so, as the kill and restore forms say theirs is required or optional.
      assert.match(page, /\/reject"[^]*?<label>कारण \(वैकल्पिक, दर्ज होता है\)<input type="text" name="reason"/u);
      const rejected = await translator.post(`/desk/review/${translationId}/reject`, { reason: 'wrong story for this edition' });
      assert.equal(rejected.status, 303);
      assert.deepEqual(await listed(), [], 'gone from the Spanish edition');
      assert.equal((await desk.store.getArticle(articleId))?.headline, 'Park opens park', 'the original is untouched');
      assert.equal(await desk.store.publishedTranslation(articleId, 'es'), null);
      const work = await desk.store.articlesNeedingTranslation({ targetLang: 'es', sourceIds: ['wire'], sections: [], servedFrom: ['en'], now: new Date().toISOString(), limit: 10 });
      assert.deepEqual(work, [], 'not queued for the engine again');
      assert.doesNotMatch(await (await translator.get('/desk/review')).text(), /El parque/);
      const [entry] = await desk.store.listAudit({ actions: ['reject'], limit: 1 });
      assert.equal(entry?.reason, 'wrong story for this edition');
      assert.deepEqual(entry?.after, { status: 'rejected' });
      assert.equal((await translator.post(`/desk/review/${translationId}/reject`, {})).status, 404, 'once only');
    });
  });
}
