/**
 * Licence rules in the translation step, over a real store: the same
 * article from three sources, translated from the translation memory (so the
 * quality gate passes it), published for one, held for staff review for the
 * source whose licence asks for it, and not made at all where the licence
 * forbids it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry } from '../store/test-records.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { startLibreTranslateStandIn, type StandIn } from '../translate/engines/testdata/libretranslate-stand-in.ts';
import { loadLanguageDetector } from '../text/language.ts';
import { canonicalSegment } from '../translate/translation-memory.ts';
import { silentLogger } from './pipeline-context.ts';
import { syncConfigSources } from './sync-sources.ts';
import { translatePendingArticles } from './translation-step.ts';

const T0 = new Date('2026-03-02T08:00:00Z');

/** The article's sentences and headline, with a Spanish translation the gate passes. */
const SPANISH: [string, string][] = [
  ['The harbour reopened on Monday after the storm.', 'El puerto volvió a abrir el lunes después de la tormenta.'],
  ['The ferries are running again and the fishermen have gone back to sea.', 'Los transbordadores vuelven a funcionar y los pescadores han vuelto al mar.'],
  ['Harbour reopens after the storm', 'El puerto reabre después de la tormenta'],
];

function config(engineUrl: string) {
  return parseConfig(
    `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions: [{ lang: en, path: / }, { lang: es, path: /es/ }]
sections: [{ id: world, title: World, translate: [es] }]
sources:
  - { id: free, name: Free Wire, url: https://free.example/feed.xml, section: world, licence: Reuse freely. }
  - { id: meridian, name: Meridian Wire, url: https://meridian.example/feed.xml, section: world, licence: { text: The body may not be changed., edits: headline, translation: review } }
  - { id: closed, name: Closed Wire, url: https://closed.example/feed.xml, section: world, licence: { translation: forbid } }
translation:
  engines: [{ id: mt, kind: libretranslate, url: "${engineUrl}", retries: 0 }]
  pairs: [{ from: en, to: es, engine: mt }]
`,
    { file: null, env: {} },
  );
}

for (const dialect of testDialects) {
  void describe(`translation under licence rules on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);
    let engine: StandIn;
    before(async () => {
      engine = await startLibreTranslateStandIn();
      await loadLanguageDetector();
    });
    after(() => engine.close());

    test('publish: the gate decides; review: held with the licence named; forbid: no translation is made', async () => {
      const store = await database().open();
      const cfg = config(engine.url);
      const ctx = { config: cfg, store, now: () => T0, log: silentLogger };
      await syncConfigSources(ctx);
      await store.rememberInMemory(
        { engine: 'mt', from: 'en', to: 'es' },
        SPANISH.map(([source, output]) => ({ key: canonicalSegment(source).key, source, output })),
        T0.toISOString(),
      );
      const ids: Record<string, number> = {};
      for (const source of ['free', 'meridian', 'closed']) {
        await store.saveEntries([feedEntry(source, 'a')], T0.toISOString());
        const entry = (await store.listEntries({ sourceId: source, limit: 5 }))[0]!;
        const article = cleanArticle(SPANISH[2]![0], { blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: `${SPANISH[0]![0]} ${SPANISH[1]![0]}` }] }] });
        ids[source] = await store.saveArticle(article, { entryId: entry.id, sourceId: source, section: 'world', slug: 'a' }, T0.toISOString());
      }

      const sent = engine.requests.length;
      const result = await translatePendingArticles(ctx, { engines: configuredEngines(cfg.translation), glossaries: new Map() });
      assert.equal(engine.requests.length, sent, 'every segment came from the memory');
      assert.deepEqual([result.pass, result.review], [1, 1]);

      const [free] = await store.translationsOf(ids['free']!);
      assert.equal(free?.status, 'pass', 'the gate passes the translation');
      assert.deepEqual(free?.issues, []);
      const [meridian] = await store.translationsOf(ids['meridian']!);
      assert.equal(meridian?.status, 'review');
      assert.deepEqual(meridian?.issues.map((i) => [i.code, i.message]), [['licence-review', 'the licence of Meridian Wire asks for staff review of every machine translation']]);
      assert.equal(meridian?.text, free?.text, 'the same translation, held');
      assert.deepEqual(await store.translationsOf(ids['closed']!), [], 'no translation of a forbidding source, not even a placeholder');

      const again = await translatePendingArticles(ctx, { engines: configuredEngines(cfg.translation), glossaries: new Map() });
      assert.deepEqual([again.pass, again.review], [0, 0], 'nothing is asked again');
    });
  });
}
