/**
 * The desk's article pages over HTTP (app.request, a real store on SQLite and
 * PostgreSQL): the list, editing with its revision check and licence rules,
 * revisions and their changes, kill, restore and correct, each audited.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSiteApp } from '../site/site-app.tsx';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { ARTICLE_PARAGRAPHS, storeArticle } from './testdata/article-fixture.ts';
import { openDeskFixture, signedIn, type DeskFixture } from './testdata/desk-fixture.ts';

const HARBOUR_LICENCE = 'Harbour Wire agreement HW-7: headlines may be rewritten, the body may not be changed.';

/** The form of the article page as the page sends it (token aside), with `changes` over it. */
function editForm(revision: number, changes: Record<string, string> = {}): Record<string, string> {
  return {
    revision: String(revision),
    headline: 'Ships return to the harbour (a)',
    standfirst: 'After the storm, the port fills again.',
    dateline: 'KINGSBRIDGE',
    section: 'world',
    'paragraph-0': ARTICLE_PARAGRAPHS[0]!,
    'paragraph-1': ARTICLE_PARAGRAPHS[1]!,
    'paragraph-2': '',
    ...changes,
  };
}

function siteOf(desk: DeskFixture) {
  return createSiteApp({ config: desk.config, store: desk.store, mediaDir: '/nonexistent', now: () => desk.clock.now, logError: () => {} });
}

for (const dialect of testDialects) {
  void describe(`the desk's article pages on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('lists articles newest first, found by headline and filtered by state, language and source, a page at a time', async () => {
      const desk = await openDeskFixture(await database().open());
      const ferry = await storeArticle(desk.store, 'ferry', { headline: 'Ferry <b>fares</b> rise', published: '2026-03-01T09:00:00Z' });
      const bridge = await storeArticle(desk.store, 'bridge', { headline: 'Bridge opens', published: '2026-03-01T08:00:00Z' });
      const hindi = await storeArticle(desk.store, 'naav', { source: 'sangam', sourceName: 'संगम वायर', headline: 'नौका सेवा फिर शुरू', lang: 'hi', published: '2026-03-01T07:00:00Z' });
      const editor = await signedIn(desk, 'editor');
      await editor.post(`/desk/articles/${bridge}/kill`, { revision: '0', reason: 'wrong bridge' });

      const all = await (await editor.get('/desk/articles')).text();
      const order = [...all.matchAll(/<a href="\/desk\/articles\/(\d+)">/g)].map((m) => Number(m[1]));
      assert.deepEqual(order, [ferry, bridge, hindi]);
      assert.match(all, /Ferry &lt;b&gt;fares&lt;\/b&gt; rise/, 'headlines are escaped');
      assert.match(all, /<a href="\/desk\/articles" aria-current="page">लेख<\/a>/, 'the bar links the list');

      const ids = async (query: string) => [...(await (await editor.get(`/desk/articles?${query}`)).text()).matchAll(/<a href="\/desk\/articles\/(\d+)">/g)].map((m) => Number(m[1]));
      assert.deepEqual(await ids('q=FERRY'), [ferry]);
      assert.deepEqual(await ids('status=killed'), [bridge]);
      assert.deepEqual(await ids('status=published'), [ferry, hindi]);
      assert.deepEqual(await ids('lang=hi'), [hindi]);
      assert.deepEqual(await ids('source=sangam'), [hindi]);
      assert.deepEqual(await ids('q=%25'), [], 'a % is looked for, not a wildcard');
      assert.deepEqual(await ids('status=bogus&page=x'), [ferry, bridge, hindi], 'a malformed filter is dropped');
      assert.match(await (await editor.get('/desk/articles?q=nothing-like-this')).text(), /कोई लेख मेल नहीं खाता।/);

      for (let i = 0; i < 50; i++) await storeArticle(desk.store, `filler-${i}`, { published: '2026-02-01T00:00:00Z' });
      const first = await (await editor.get('/desk/articles')).text();
      assert.match(first, /<a href="\/desk\/articles\?page=2">पुराने →<\/a>/);
      const second = await (await editor.get('/desk/articles?page=2')).text();
      assert.equal([...second.matchAll(/<a href="\/desk\/articles\/\d+">/g)].length, 3);
      assert.match(second, /<a href="\/desk\/articles">← नए<\/a>/);
      assert.deepEqual(desk.errors, []);
    });

    void it('saves an edit as a revision, audited with before and after, and shows the revision\'s changes word by word, escaped', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a');
      const editor = await signedIn(desk, 'editor', '198.51.100.7');
      const page = await (await editor.get(`/desk/articles/${id}`)).text();
      assert.match(page, /<input type="hidden" name="revision" value="0"\/>/);
      assert.match(page, /<textarea name="paragraph-0"[^>]*>Eleven ships docked at the harbour on Friday.<\/textarea>/);
      assert.match(page, /<textarea name="paragraph-2"[^>]*><\/textarea>/, 'a blank field adds a paragraph');
      assert.match(page, /फ़ीड से पहली बार छपने के बाद कोई बदलाव नहीं हुआ।/);

      desk.clock.advance(60_000);
      const saved = await editor.post(`/desk/articles/${id}`, editForm(0, { headline: 'Twelve ships return', 'paragraph-0': 'Twelve ships docked at the harbour on Friday <script>alert(1)</script>.', 'paragraph-2': 'A third paragraph.' }));
      assert.equal(saved.status, 303);
      assert.equal(saved.headers.get('location'), `/desk/articles/${id}?saved=1`);
      const after = await (await editor.get(saved.headers.get('location')!)).text();
      assert.match(after, /संशोधन 1 के रूप में सहेजा गया।/);
      assert.match(after, /<input type="hidden" name="revision" value="1"\/>/);
      assert.match(after, /<tr class="edit"><td class="num"><a href="\/desk\/articles\/\d+\/revisions\/1"[^>]*>1<\/a><\/td><td>[^<]+<\/td><td>editor@desk.example<\/td><td>संपादन<\/td><td>शीर्षक, मुख्य पाठ<\/td>/);
      const stored = await desk.store.getArticle(id);
      assert.equal(stored?.headline, 'Twelve ships return');
      assert.equal(stored?.text.split('\n\n').length, 3);

      const [entry] = await desk.store.listAudit({ actions: ['edit'], limit: 1 });
      assert.deepEqual([entry?.actor, entry?.actorUserId, entry?.objectType, entry?.objectId, entry?.address], ['editor@desk.example', desk.accounts.editor.id, 'article', String(id), '198.51.100.7']);
      assert.deepEqual((entry?.before as Record<string, unknown>)['headline'], 'Ships return to the harbour (a)');
      assert.deepEqual((entry?.after as Record<string, unknown>)['headline'], 'Twelve ships return');

      const diff = await (await editor.get(`/desk/articles/${id}/revisions/1`)).text();
      assert.match(diff, /<del>Ships return to the harbour \(a\)<\/del><ins>Twelve ships return<\/ins>/);
      assert.match(diff, /<li class="changed"><del>Eleven<\/del><ins>Twelve<\/ins> ships docked at the harbour on <del>Friday.<\/del><ins>Friday &lt;script&gt;alert\(1\)&lt;\/script&gt;.<\/ins><\/li>/);
      assert.match(diff, /<li class="same">The port reopens to ferries on Monday.<\/li><li class="added"><ins>A third paragraph.<\/ins><\/li>/);
      assert.doesNotMatch(diff, /<script>/);
      assert.equal((await editor.get(`/desk/articles/${id}/revisions/2`)).status, 404);

      const again = await editor.post(`/desk/articles/${id}`, editForm(1, { headline: 'Twelve ships return', 'paragraph-0': 'Twelve ships docked at the harbour on Friday <script>alert(1)</script>.', 'paragraph-2': 'A third paragraph.' }));
      assert.equal(again.headers.get('location'), `/desk/articles/${id}?unchanged`, 'no change, no revision');
      assert.deepEqual(desk.errors, []);
    });

    void it('two editors save the same article: the second gets 409 naming the first, the current text, and their own text kept', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a');
      const asha = await signedIn(desk, 'editor');
      const ravi = await signedIn(desk, 'admin');
      await asha.get(`/desk/articles/${id}`);
      await ravi.get(`/desk/articles/${id}`);
      assert.equal((await asha.post(`/desk/articles/${id}`, editForm(0, { headline: 'Asha\'s headline' }))).status, 303);
      const late = await ravi.post(`/desk/articles/${id}`, editForm(0, { headline: 'Ravi\'s headline', 'paragraph-1': 'Ravi rewrote this.' }));
      assert.equal(late.status, 409);
      const html = await late.text();
      assert.match(html, /सहेजा नहीं गया: आपके खोलने के बाद editor@desk.example ने यह लेख बदल दिया \(संपादन, [^)]+\)। अब यह संशोधन 1 पर है; आपने संशोधन 0 खोला था।/);
      assert.match(html, /<input type="text" name="headline" value="Asha&#39;s headline"/, 'the form holds the current text');
      assert.match(html, /<input type="hidden" name="revision" value="1"\/>/);
      assert.match(html, /<summary>आपका बिना सहेजा पाठ<\/summary><dl><dt>शीर्षक<\/dt><dd>Ravi&#39;s headline<\/dd>/);
      assert.match(html, /<dd>Ravi rewrote this.<\/dd>/);
      assert.equal((await desk.store.getArticle(id))?.headline, 'Asha\'s headline', 'nothing of the second save was written');
      assert.equal((await desk.store.listAudit({ actions: ['edit'], limit: 5 })).length, 1);
      // The kill form also carries its revision.
      assert.equal((await ravi.post(`/desk/articles/${id}/kill`, { revision: '0', reason: 'late' })).status, 409);
      assert.equal((await desk.store.getArticle(id))?.killed, null);
    });

    void it('a licence that forbids body edits: the body is locked on the page, and a posted body change answers 422 saying why', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a', { licence: HARBOUR_LICENCE, licenceRules: { edits: 'headline', translation: 'review' } });
      const editor = await signedIn(desk, 'editor');
      const page = await (await editor.get(`/desk/articles/${id}`)).text();
      assert.match(page, /Harbour Wire का लाइसेंस \(&quot;Harbour Wire agreement HW-7: headlines may be rewritten, the body may not be changed.&quot;\) सिर्फ़ शीर्षक बदलने की अनुमति देता है/);
      assert.match(page, /<textarea name="paragraph-0" rows="2" readonly=""/);
      assert.doesNotMatch(page, /name="paragraph-2"/, 'no new paragraph under a locked body');

      const refused = await editor.post(`/desk/articles/${id}`, editForm(0, { headline: 'New headline', 'paragraph-1': 'The port stays closed.' }));
      assert.equal(refused.status, 422);
      const html = await refused.text();
      assert.match(html, /सहेजा नहीं गया: Harbour Wire का लाइसेंस \(&quot;Harbour Wire agreement HW-7[^&]*&quot;\) सिर्फ़ शीर्षक बदलने की अनुमति देता है; मुख्य पाठ नहीं बदला जा सकता।/);
      assert.match(html, /value="New headline"/, 'the form keeps what was typed');
      assert.equal((await desk.store.getArticle(id))?.revision, 0);
      assert.equal((await editor.post(`/desk/articles/${id}`, editForm(0, { headline: 'New headline' }))).status, 303, 'the headline alone may change');
    });

    void it('kill needs a reason, takes the article off the site at once, and restore brings it back; both audited', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a');
      const site = siteOf(desk);
      const publicPath = `/world/${id}-a`;
      assert.equal((await site.request(publicPath)).status, 200);
      const editor = await signedIn(desk, 'editor');
      await editor.get(`/desk/articles/${id}`);

      const noReason = await editor.post(`/desk/articles/${id}/kill`, { revision: '0', reason: '   ' });
      assert.equal(noReason.status, 422);
      assert.match(await noReason.text(), /किल नहीं हुआ: हटाने का कारण लिखें।/);
      const killed = await editor.post(`/desk/articles/${id}/kill`, { revision: '0', reason: 'Legal complaint from the port authority' });
      assert.equal(killed.headers.get('location'), `/desk/articles/${id}?killed`);
      assert.equal((await site.request(publicPath)).status, 410);
      const page = await (await editor.get(killed.headers.get('location')!)).text();
      assert.match(page, /editor@desk.example ने [^<]+ को हटाया: Legal complaint from the port authority/);
      assert.match(page, /action="\/desk\/articles\/\d+\/restore"/);
      assert.doesNotMatch(page, /action="\/desk\/articles\/\d+\/kill"/);
      assert.doesNotMatch(page, />सार्वजनिक पृष्ठ</, 'no public link while it is gone');
      assert.equal((await editor.post(`/desk/articles/${id}/kill`, { revision: '1', reason: 'again' })).status, 409);

      const restored = await editor.post(`/desk/articles/${id}/restore`, { revision: '1', reason: 'Complaint withdrawn' });
      assert.equal(restored.headers.get('location'), `/desk/articles/${id}?restored`);
      assert.equal((await site.request(publicPath)).status, 200);
      const notKilled = await editor.post(`/desk/articles/${id}/restore`, { revision: '2' });
      assert.equal(notKilled.status, 409);
      assert.match(await notKilled.text(), /यह हटाया नहीं गया है; बहाल करने को कुछ नहीं है।/);

      const audit = await desk.store.listAudit({ actions: ['kill', 'restore'], limit: 5 });
      assert.deepEqual(audit.map((e) => [e.action, e.actor, e.reason, e.after]), [
        ['restore', 'editor@desk.example', 'Complaint withdrawn', { status: 'published', revision: 2 }],
        ['kill', 'editor@desk.example', 'Legal complaint from the port authority', { status: 'killed', revision: 1 }],
      ]);
      const home = await (await editor.get('/desk')).text();
      assert.match(home, new RegExp(`<a href="/desk/articles/${id}">#${id}</a>`), 'the desk home lists the kill and links the article');
    });

    void it('a correction needs a note; it keeps the earlier text in its revision and puts the dated note on the public page', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a');
      const editor = await signedIn(desk, 'editor');
      await editor.get(`/desk/articles/${id}`);
      const noNote = await editor.post(`/desk/articles/${id}/correct`, editForm(0, { 'paragraph-0': 'Twelve ships docked at the harbour on Friday.' }));
      assert.equal(noNote.status, 422);
      const kept = await noNote.text();
      assert.match(kept, /सहेजा नहीं गया: सुधार के लिए यह लिखना ज़रूरी है कि क्या सुधारा गया।/);
      assert.match(kept, /<textarea name="paragraph-0"[^>]*>Twelve ships docked/, 'the edit is kept for another try');

      const corrected = await editor.post(`/desk/articles/${id}/correct`, editForm(0, { 'paragraph-0': 'Twelve ships docked at the harbour on Friday.', note: 'An earlier version gave eleven ships.' }));
      assert.equal(corrected.headers.get('location'), `/desk/articles/${id}?corrected=1`);
      const page = await (await editor.get(corrected.headers.get('location')!)).text();
      assert.match(page, /सुधार संशोधन 1 के रूप में सहेजा गया/);
      assert.match(page, /<time datetime="[^"]+">[^<]+<\/time> · editor@desk.example: An earlier version gave eleven ships./);
      const [revision] = await desk.store.editorialRevisions(id);
      assert.equal(revision?.action, 'correct');
      assert.match(JSON.stringify(revision?.changes[0]?.before), /Eleven ships docked/, 'the earlier text is kept');
      const [entry] = await desk.store.listAudit({ actions: ['correct'], limit: 1 });
      assert.equal(entry?.reason, 'An earlier version gave eleven ships.');

      const publicPage = await (await siteOf(desk).request(`/world/${id}-a`)).text();
      assert.match(publicPage, /<aside class="corrections"[^>]*>.*An earlier version gave eleven ships./s);
      assert.match(publicPage, /Twelve ships docked/);
    });

    void it('an article in a section no longer configured keeps it when another field is saved', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a', { section: 'sport' });
      const editor = await signedIn(desk, 'editor');
      const page = await (await editor.get(`/desk/articles/${id}`)).text();
      assert.match(page, /<select name="section"><option value="sport" selected="">sport<\/option><option value="world">दुनिया<\/option><\/select>/);
      assert.equal((await editor.post(`/desk/articles/${id}`, editForm(0, { section: 'sport', headline: 'Renamed' }))).status, 303);
      const stored = await desk.store.getArticle(id);
      assert.deepEqual([stored?.headline, stored?.section], ['Renamed', 'sport']);
    });

    void it('a form without its revision is refused with 400 and saves nothing', async () => {
      const desk = await openDeskFixture(await database().open());
      const id = await storeArticle(desk.store, 'a');
      const editor = await signedIn(desk, 'editor');
      await editor.get(`/desk/articles/${id}`);
      const noRevision = editForm(0, { headline: 'Sneaky' });
      delete noRevision['revision'];
      const refused = await editor.post(`/desk/articles/${id}`, noRevision);
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /पृष्ठ दोबारा लोड करके बदलाव फिर करें/);
      assert.equal((await desk.store.getArticle(id))?.headline, 'Ships return to the harbour (a)');
      assert.equal((await editor.get('/desk/articles/999999')).status, 404);
    });
  });
}
