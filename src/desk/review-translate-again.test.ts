/**
 * "Translate again" on the post-editing screen: through a real Apertium APY
 * on loopback when installed (the engine's new output replaces a bad
 * remembered one, in the draft and in the memory; a reviewer's segment is
 * kept), a refused connection for an engine that is down, and no engine at all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deskTranslation } from '../cli/web-app.ts';
import { parseConfig } from '../config/load-config.ts';
import type { Block } from '../extract/article.ts';
import { translatePendingArticles } from '../pipeline/translation-step.ts';
import { silentLogger } from '../pipeline/pipeline-context.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from '../translate/engines/apy-process.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { humanKey } from '../translate/human-segments.ts';
import { canonicalSegment } from '../translate/translation-memory.ts';
import { openDeskFixture, signedIn, T0 } from './testdata/desk-fixture.ts';
import { holdTranslation } from './testdata/review-fixture.ts';
import { missing } from '../../test/missing-tool.ts';

function config(engineUrl: string) {
  return parseConfig(
    `
site: { name: Desk, baseUrl: "https://news.example.org", timeZone: Asia/Kolkata }
editions:
  - { lang: hi, path: /, title: समाचार }
  - { lang: es, path: /es/, title: Noticias, headline: translate }
sections:
  - { id: world, title: World, translate: [es] }
sources:
  - { id: wire, name: Wire, url: https://wire.example/feed.xml, section: world }
translation:
  engines: [{ id: apertium, kind: apertium, url: "${engineUrl}", timeoutMs: 30000, retries: 0 }]
  pairs: [{ from: en, to: es, engine: apertium }]
`,
    { file: null, env: {} },
  );
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ kind: 'text', text }] });

async function translatedArticle(store: Store, engineUrl: string): Promise<number> {
  const cfg = config(engineUrl);
  await store.upsertSource(sourceDefinition('wire'), 'config', T0);
  await store.saveEntries([feedEntry('wire', 'park')], T0);
  const entry = (await store.listEntries({ sourceId: 'wire', limit: 5 }))[0]!;
  const blocks = [paragraph('The council opened the Kingsbridge park on Monday.'), paragraph('The mayor thanked the volunteers.'), paragraph('Residents welcomed the new park.')];
  const articleId = await store.saveArticle(cleanArticle('Park opens in Kingsbridge', { blocks }), { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'park' }, T0);
  await translatePendingArticles({ config: cfg, store, log: silentLogger, now: () => new Date(T0) }, { engines: configuredEngines(cfg.translation), glossaries: new Map() });
  return articleId;
}

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa)`);

describe('translate again with Apertium APY', { skip }, () => {
  let apy: ApyServer;
  before(async () => {
    apy = await startApy();
  });
  after(() => apy?.stop());

  for (const dialect of testDialects) {
    describe(`on ${dialect.name}`, () => {
      const database = useFreshDatabase(dialect);

      it('the engine replaces a bad remembered output in the draft and the memory, a reviewer\'s segment stays, and it is audited', async () => {
        const store = await database().open();
        const cfg = config(apy.url);
        const desk = await openDeskFixture(store, { config: cfg, translation: deskTranslation(store, { engines: configuredEngines(cfg.translation), glossaries: new Map() }, () => new Date(T0)) });
        // An older engine version left a bad output for the mayor's sentence; a reviewer translated the residents' one.
        const mayor = canonicalSegment('The mayor thanked the volunteers.');
        const scope = { engine: 'apertium', from: 'en', to: 'es' };
        await store.rememberInMemory(scope, [{ key: mayor.key, source: mayor.text, output: 'El alcalde MALO.' }], T0);
        await store.rememberHumanSegments({ from: 'en', to: 'es' }, [{ key: humanKey('Residents welcomed the new park.'), source: 'Residents welcomed the new park.', output: 'Los vecinos celebraron el nuevo parque.' }], 'translator@desk.example', T0);
        const articleId = await translatedArticle(store, apy.url);
        const [held] = await store.translationsOf(articleId);
        assert.equal(held?.status, 'review');
        assert.match(held.text!, /El alcalde MALO\./u, 'the pass took the remembered output');

        const translator = await signedIn(desk, 'translator');
        const page = await (await translator.get(`/desk/review/${held.id}`)).text();
        assert.match(page, new RegExp(`<form method="post" action="/desk/review/${held.id}/translate-again" class="inline-form"><input type="hidden" name="csrf"`));
        assert.equal((await translator.post(`/desk/review/${held.id}/translate-again`, {}, { withToken: false })).status, 403, 'the form token is required');

        const again = await translator.post(`/desk/review/${held.id}/translate-again`, {});
        assert.equal(again.status, 303);
        assert.equal(again.headers.get('location'), `/desk/review/${held.id}?sent=3&human=1`);
        const redone = (await store.translationsOf(articleId))[0]!;
        assert.equal(redone.id, held.id);
        assert.equal(redone.status, 'review', 'held for the reviewer who asked');
        assert.match(redone.text!, /El alcalde dio las gracias a los voluntarios\./u);
        assert.doesNotMatch(redone.text!, /MALO/u);
        assert.match(redone.text!, /Los vecinos celebraron el nuevo parque\./u);
        assert.equal((await store.lookupMemory(scope, [mayor.key], T0)).get(mayor.key), 'El alcalde dio las gracias a los voluntarios.', 'the memory has the new output');

        const shown = await (await translator.get(again.headers.get('location')!)).text();
        assert.match(shown, /<p class="notice" role="status">apertium ने दोबारा अनुवाद किया: 3 वाक्य इंजन से, 1 समीक्षकों के पिछले संपादनों से। जाँचकर अनुमोदन करें।<\/p>/u);
        assert.match(shown, /<span class="origin origin-human-memory">स्मृति \(मानव\)<\/span><textarea name="segment-2"/u);
        assert.match(shown, /<span class="origin origin-mt">मशीन \(apertium\)<\/span><textarea name="segment-1"/u);
        const [entry] = await store.listAudit({ actions: ['translate-again'], limit: 1 });
        assert.equal(entry?.actor, desk.accounts.translator.email);
        assert.deepEqual(entry?.after, { engine: 'apertium', sentFresh: 3, fromReviewers: 1 });
        assert.deepEqual(desk.errors, []);
      });
    });
  }
});

for (const dialect of testDialects) {
  void describe(`translate again without a working engine on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);

    void it('an engine that is down leaves the draft as it was and says so (502)', async () => {
      const store = await database().open();
      // Nothing listens on port 9 of loopback: the connection is refused.
      const cfg = config('http://127.0.0.1:9');
      const desk = await openDeskFixture(store, { config: cfg, translation: deskTranslation(store, { engines: configuredEngines(cfg.translation), glossaries: new Map() }, () => new Date(T0)) });
      const { translationId } = await holdTranslation(store, 'park');
      const before = await store.getTranslation(translationId);
      const translator = await signedIn(desk, 'translator');
      await translator.get(`/desk/review/${translationId}`);
      const failed = await translator.post(`/desk/review/${translationId}/translate-again`, {});
      assert.equal(failed.status, 502);
      assert.match(await failed.text(), /<p class="error" role="alert">इंजन ने जवाब नहीं दिया, इसलिए मसौदा नहीं बदला।/u);
      assert.deepEqual(await store.getTranslation(translationId), before);
      assert.equal(desk.errors.length, 1, 'the cause is logged for the admin');
      assert.deepEqual(await store.listAudit({ actions: ['translate-again'], limit: 1 }), []);
    });

    void it('with no engine configured the button is not offered and the route answers 409', async () => {
      const desk = await openDeskFixture(await database().open());
      const { translationId } = await holdTranslation(desk.store, 'park');
      const translator = await signedIn(desk, 'translator');
      const page = await (await translator.get(`/desk/review/${translationId}`)).text();
      assert.doesNotMatch(page, /translate-again/u);
      assert.match(page, /en→es के लिए कोई अनुवाद इंजन कॉन्फ़िगर नहीं है/u);
      const refused = await translator.post(`/desk/review/${translationId}/translate-again`, {});
      assert.equal(refused.status, 409);
      assert.match(await refused.text(), /<p class="error" role="alert">en→es के लिए कोई अनुवाद इंजन कॉन्फ़िगर नहीं है/u);
    });
  });
}
