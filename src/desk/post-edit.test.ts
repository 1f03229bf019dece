import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { markedPieces } from './review-segments.ts';
import { deskTestConfig, openDeskFixture, signedIn } from './testdata/desk-fixture.ts';
import { HELD_SOURCE, holdTranslation } from './testdata/review-fixture.ts';

void it('marked pieces cut a text at the issues\' spans, overlaps merged', () => {
  const text = 'El *Kingsbridge #parque';
  const pieces = markedPieces(text, [
    { code: 'unknown-word', message: '', span: { start: 3, end: 15 } },
    { code: 'unknown-word', message: '', span: { start: 16, end: 23 } },
    { code: 'untranslated', message: '', span: { start: 4, end: 15 } },
    { code: 'length', message: '', span: null },
  ]);
  assert.deepEqual(pieces, [
    { text: 'El ', code: null },
    { text: '*Kingsbridge', code: 'unknown-word' },
    { text: ' ', code: null },
    { text: '#parque', code: 'unknown-word' },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
});

for (const dialect of testDialects) {
  void describe(`post-editing screen on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('an Urdu original reads right to left in its cells; the Spanish target left to right', async () => {
      const desk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(desk.store, 'urdu', 'ur');
      const translator = await signedIn(desk, 'translator');
      const html = await (await translator.get(`/desk/review/${translationId}`)).text();
      assert.match(html, /<p class="source" lang="ur" dir="rtl">/);
      assert.match(html, /<td class="source" lang="ur" dir="rtl">/);
      assert.match(html, /<textarea name="segment-0" lang="es" dir="ltr"/);
    });

    void it('shows source beside editable target, origin, version, and the issues marked in place, all escaped', async () => {
      const desk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      const queue = await (await translator.get('/desk/review')).text();
      assert.match(queue, new RegExp(`<a href="/desk/review/${translationId}">El parque abre park</a>`));
      const response = await translator.get(`/desk/review/${translationId}`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, new RegExp(`<form method="post" action="/desk/review/${translationId}/approve" class="post-edit"><input type="hidden" name="csrf" value="[A-Za-z0-9_-]{43}"/>`));
      assert.match(html, /<input type="text" name="headline" value="El parque abre park" lang="es" dir="ltr"\/>/);
      for (const source of HELD_SOURCE) assert.ok(html.includes(`<td class="source" lang="en" dir="ltr">${source}</td>`), source);
      assert.equal((html.match(/<span class="origin origin-mt">मशीन \(apertium\)<\/span>/g) ?? []).length, 3);
      assert.match(html, /name="segment-0"[^>]*>El consejo abrió el \*Kingsbridge #parque el lunes.<\/textarea>/);
      assert.match(html, /<mark class="qa-unknown-word" title="unknown-word">\*Kingsbridge<\/mark> <mark class="qa-unknown-word" title="unknown-word">#parque<\/mark>/);
      assert.match(html, /name="segment-1"[^>]*>Las entradas cuestan euros.<\/textarea><p class="marked" lang="es" dir="ltr">Las entradas cuestan euros.<\/p><ul class="qa-issues"><li><span class="issue" title="number-missing">संख्या छूटी<\/span>/, 'the lost 12 is reported on its segment');
      assert.match(html, /मूल लेख का संस्करण: /);
      assert.doesNotMatch(html, /<script>/, 'a segment with markup renders inert');
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      const textareas = [...html.matchAll(/<textarea name="(segment-\d+)"/g)].map((m) => m[1]);
      assert.deepEqual(textareas, ['segment-0', 'segment-1', 'segment-2'], 'targets in order, the only fields between headline and actions');
      assert.doesNotMatch(html, /tabindex/);
      assert.deepEqual(desk.errors, []);
    });

    void it('says what the gate found in the desk\'s language: Hindi on a Hindi desk, English on an English one', async () => {
      const hindiDesk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(hindiDesk.store, 'park');
      const hindi = await (await (await signedIn(hindiDesk, 'translator')).get(`/desk/review/${translationId}`)).text();
      assert.match(hindi, /<span class="issue" title="unknown-word">अज्ञात शब्द<\/span> अनुवाद में इंजन का चिह्न रह गया: \*Kingsbridge<\/li>/);
      assert.match(hindi, /<span class="issue" title="number-missing">संख्या छूटी<\/span> मूल की संख्या 12 अनुवाद में नहीं है<\/li>/);
      assert.doesNotMatch(hindi, /engine marker|missing from the output/, 'no English sentence on the Hindi desk');
      // The same held translation, on a desk whose main edition is English.
      const englishDesk = await openDeskFixture(hindiDesk.store, { config: deskTestConfig(undefined, { lang: 'en', title: 'Sangam News' }) });
      const english = await (await (await signedIn(englishDesk, 'translator')).get(`/desk/review/${translationId}`)).text();
      assert.match(english, /<span class="issue" title="unknown-word">unknown word<\/span> engine marker left in the output: \*Kingsbridge<\/li>/);
      assert.match(english, /<span class="issue" title="number-missing">number missing<\/span> number 12 of the source is missing from the output<\/li>/);
      assert.doesNotMatch(english, /अनुवाद में नहीं है/);
      assert.deepEqual([...hindiDesk.errors, ...englishDesk.errors], []);
    });

    void it('an unknown, malformed or approved id is a 404', async () => {
      const desk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      assert.equal((await translator.get(`/desk/review/${translationId + 100}`)).status, 404);
      assert.equal((await translator.get('/desk/review/abc')).status, 404);
      assert.ok(await desk.store.approveTranslation(translationId, new Date().toISOString()));
      assert.equal((await translator.get(`/desk/review/${translationId}`)).status, 404);
    });
  });
}
