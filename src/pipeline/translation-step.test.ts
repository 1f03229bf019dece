/**
 * The translation step over a real store, against real engines on loopback:
 * the LibreTranslate stand-in (upper-cases what it is sent, and can fail or
 * answer empty on demand) for the failure paths, and Apertium APY, when
 * installed, for a real Urdu→Hindi translation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Article } from '../extract/article.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from '../translate/engines/apy-process.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { startLibreTranslateStandIn, type StandIn } from '../translate/engines/testdata/libretranslate-stand-in.ts';
import type { Logger, PipelineContext } from './pipeline-context.ts';
import { translateJob } from './jobs/job-handlers.ts';
import { retryDelay, translatePendingArticles } from './translation-step.ts';
import { missing } from '../../test/missing-tool.ts';

const T0 = new Date('2026-03-02T08:00:00Z');

function deskConfig(engineUrl: string, kind = 'libretranslate', pairs = '[{ from: en, to: hi, engine: mt }]') {
  return parseConfig(
    `
site: { name: Desk, baseUrl: "https://news.example.org" }
editions:
  - { lang: hi, path: /, headline: keep }
  - { lang: es, path: /es/ }
sections:
  - { id: world, title: World, translate: [hi, es] }
sources:
  - { id: wire, name: Wire, url: https://wire.example/feed.xml, section: world, notice: "Published from the wire unedited." }
  - { id: copy, name: Copy desk, url: https://copy.example/feed.xml, section: world }
translation:
  engines: [{ id: mt, kind: ${kind}, url: "${engineUrl}", retries: 0, timeoutMs: 20000 }]
  pairs: ${pairs}
`,
    { file: null, env: {} },
  );
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
}

async function addArticle(store: Store, sourceId: string, guid: string, article: Article): Promise<number> {
  await store.upsertSource(sourceDefinition(sourceId), 'config', T0.toISOString());
  await store.saveEntries([feedEntry(sourceId, guid)], T0.toISOString());
  const entry = (await store.listEntries({ sourceId, limit: 50 })).find((e) => e.guid === guid)!;
  return store.saveArticle(article, { entryId: entry.id, sourceId, section: 'world', slug: guid }, T0.toISOString());
}

const harbour = cleanArticle('Harbour reopens after storm', {
  standfirst: 'A short summary the engine must not see.',
  blocks: [
    { type: 'paragraph', content: [{ kind: 'text', text: 'The harbour reopened on Monday. The ministry said in a statement.' }] },
    { type: 'paragraph', content: [{ kind: 'text', text: 'Ferries resumed at 9:30.' }] },
  ],
});

for (const dialect of testDialects) {
  describe(`translation step on ${dialect.name}`, () => {
    const database = useFreshDatabase(dialect);
    let server: StandIn;
    before(async () => {
      server = await startLibreTranslateStandIn();
    });
    after(() => server.close());

    async function desk(now = T0, pairs?: string) {
      const config = deskConfig(server.url, 'libretranslate', pairs);
      const store = await database().open();
      const log = recordingLogger();
      const ctx: PipelineContext = { config, store, log, now: () => now, random: () => 0.5 };
      const services = { engines: configuredEngines(config.translation), glossaries: new Map() };
      return { ctx, store, log, services };
    }

    test('translates blocks and headline only, shows the headline kept by policy, and sends a syndicated copy nowhere', async () => {
      const { ctx, store, log, services } = await desk();
      const id = await addArticle(store, 'wire', 'a', harbour);
      const before = server.requests.length;
      const result = await translatePendingArticles(ctx, services);
      const sent = server.requests.slice(before).flatMap((r) => r['q'] as string[]);
      assert.deepEqual(sent, ['The harbour reopened on Monday.', 'The ministry said in a statement.', 'Ferries resumed at ⟦1⟧.', 'Harbour reopens after storm']);
      assert.ok(!sent.some((t) => /summary|wire unedited/iu.test(t)), 'standfirst or notice reached the engine');

      const [hi] = (await store.translationsOf(id)).filter((t) => t.targetLang === 'hi');
      assert.equal(hi!.headline, 'Harbour reopens after storm', 'the edition shows the kept headline');
      assert.equal(hi!.headlineLang, 'en');
      assert.equal(hi!.translatedHeadline, 'HARBOUR REOPENS AFTER STORM', 'the translated headline is kept for story clustering');
      assert.equal(hi!.text, 'THE HARBOUR REOPENED ON MONDAY. THE MINISTRY SAID IN A STATEMENT.\n\nFERRIES RESUMED AT 9:30.');
      // The stand-in's upper-cased English is not Hindi: the gate holds it for review.
      assert.equal(hi!.status, 'review');
      assert.ok(hi!.issues.some((i) => i.code === 'wrong-language'));
      assert.deepEqual(result.unavailable, ['en→es']);
      assert.equal(log.lines.filter((l) => l.includes('en→es')).length, 1);
      assert.equal((await store.translationsOf(id)).find((t) => t.targetLang === 'es')!.status, 'unavailable');

      const copyId = await addArticle(store, 'copy', 'b', harbour);
      const again = server.requests.length;
      const second = await translatePendingArticles(ctx, services);
      assert.equal(server.requests.length, again, 'the syndicated copy reached the engine');
      assert.deepEqual(second.memory, { hits: 4, misses: 0, human: 0 });
      assert.equal((await store.translationsOf(copyId)).find((t) => t.targetLang === 'hi')!.text, hi!.text);
      assert.equal((await store.memoryStats()).hitRate, 0.5);
      // Nothing left to do: the unavailable pair is not tried again, nor logged.
      const third = await translatePendingArticles(ctx, services);
      assert.deepEqual([third.review, third.unavailable], [0, []]);
    });

    test('an engine answering 500 leaves the translation pending, retried with backoff', async () => {
      const { ctx, store, services } = await desk();
      const id = await addArticle(store, 'wire', 'a', harbour);
      server.failNext(1, 500);
      const result = await translatePendingArticles(ctx, services);
      assert.equal(result.pending.length, 1);
      const [pending] = await store.listTranslations({ status: 'pending', limit: 5 });
      assert.equal(pending!.articleId, id);
      assert.equal(pending!.attempts, 1);
      assert.match(pending!.lastError!, /500|failed/u);
      assert.equal(pending!.nextAttemptAt, new Date(T0.getTime() + retryDelay(1, () => 0.5)).toISOString());
      assert.equal(result.nextAttemptAt, pending!.nextAttemptAt);
      assert.ok(await store.getArticle(id), 'the original stays');
      // A worker's translate job asks for a run of its own when the retry is due, under a key
      // that the next article's run does not displace.
      const job = await translateJob({ ...ctx, translation: services });
      assert.deepEqual(await job.next(), [{ name: 'translate', payload: {}, key: 'retry', delaySeconds: Math.ceil(retryDelay(1, () => 0.5) / 1000) }]);

      // Not yet due: nothing is sent.
      const before = server.requests.length;
      await translatePendingArticles(ctx, services);
      assert.equal(server.requests.length, before);
      const later = await desk(new Date(Date.parse(pending!.nextAttemptAt) + 1));
      const retried = await translatePendingArticles({ ...later.ctx, store }, services);
      assert.equal(retried.review, 1);
      assert.equal((await store.listTranslations({ status: 'pending', limit: 5 })).length, 0);
    });

    test('a backlog longer than a pass takes brings the next run at once, until it is drained', async () => {
      const { ctx, store, services } = await desk();
      for (const guid of ['a', 'b', 'c']) await addArticle(store, 'wire', guid, cleanArticle(`Story ${guid}`));
      const withServices = { ...ctx, translation: services };
      const first = await translateJob(withServices, 2);
      assert.equal(first.result!.review + first.result!.pass, 2);
      assert.equal(first.result!.more, true);
      assert.deepEqual(await first.next(), [{ name: 'translate', payload: {} }]);
      const second = await translateJob(withServices, 2);
      assert.equal(second.result!.review + second.result!.pass, 1);
      assert.equal(second.result!.more, false);
      assert.deepEqual(await second.next(), [], 'nothing left, nothing pending: no further run');
    });

    test('an engine answering nothing at all is a failure, not a translation', async () => {
      const { ctx, store, services } = await desk();
      await addArticle(store, 'wire', 'a', harbour);
      server.answerEmptyNext(1);
      const result = await translatePendingArticles(ctx, services);
      assert.equal(result.pending.length, 1);
      assert.match(result.pending[0]!.error, /returned nothing/u);
      assert.equal((await store.memoryStats()).segments, 0);
    });

    test('an engine that is down: one article waits on it, the rest of the pair go pending without a call', async () => {
      const { ctx, store, services } = await desk(T0, '[{ from: en, to: hi, engine: mt }]');
      const down = configuredEngines({ ...ctx.config.translation, engines: [{ ...ctx.config.translation.engines[0]!, url: 'http://127.0.0.1:9' }] });
      await addArticle(store, 'wire', 'a', harbour);
      await addArticle(store, 'wire', 'b', cleanArticle('Second story'));
      const result = await translatePendingArticles(ctx, { ...services, engines: down });
      assert.equal(result.pending.length, 2);
      assert.match(result.pending[1]!.error, /earlier in this pass/u);
    });
  });
}

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-urd-hin)`);

describe('translation step with Apertium APY', { skip }, () => {
  const database = useFreshDatabase(testDialects[0]!);
  let apy: ApyServer;
  before(async () => {
    apy = await startApy();
  });
  after(() => apy?.stop());

  test('an Urdu article comes out in Hindi, checked by the gate', async () => {
    const config = deskConfig(apy.url, 'apertium', '[{ from: ur, to: hi, engine: mt }]');
    const store = await database().open();
    const ctx: PipelineContext = { config, store, log: recordingLogger(), now: () => T0 };
    const urdu = cleanArticle('کراچی میں بارش', {
      lang: 'ur',
      blocks: [{ type: 'paragraph', content: [{ kind: 'text', text: 'کراچی میں 12 مئی کو بارش ہوئی۔ حکومت نے ایک بیان جاری کیا۔' }] }],
    });
    const id = await addArticle(store, 'wire', 'u', urdu);
    const result = await translatePendingArticles(ctx, { engines: configuredEngines(config.translation), glossaries: new Map() });
    assert.equal(result.pass + result.review, 1);
    const hi = (await store.translationsOf(id)).find((t) => t.targetLang === 'hi')!;
    assert.match(hi.text!, /कराची/u);
    assert.match(hi.text!, /12/u);
    assert.equal(hi.headline, 'کراچی میں بارش', 'the hi edition keeps the original headline');
    assert.equal(hi.headlineLang, 'ur');
  });
});
