/**
 * Reviewers' post-edits, from the desk's approve to the next pass, through a
 * real Apertium APY on loopback and a real store (SQLite, and PostgreSQL when
 * configured): an approved edit of a sentence is what the next article with
 * that sentence gets, ahead of the engine's remembered output; and when the
 * source of an approved translation changes, the translation is marked stale,
 * translated again with the reviewer's sentences kept, held for review, and
 * the desk shows what changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../config/load-config.ts';
import type { Article, Block } from '../extract/article.ts';
import { editArticle } from '../desk/article-edits.ts';
import { openDeskFixture, signedIn, type DeskClient, type DeskFixture } from '../desk/testdata/desk-fixture.ts';
import type { Store } from '../store/store.ts';
import { testDialects, useFreshDatabase } from '../store/test-databases.ts';
import { cleanArticle, feedEntry, sourceDefinition } from '../store/test-records.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from '../translate/engines/apy-process.ts';
import { configuredEngines } from '../translate/engines/configured-engines.ts';
import { silentLogger, type PipelineContext } from './pipeline-context.ts';
import { translatePendingArticles } from './translation-step.ts';
import { missing } from '../../test/missing-tool.ts';

const T0 = '2026-03-02T08:00:00.000Z';

function config(apyUrl: string) {
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
  - { id: copy, name: Copy desk, url: https://copy.example/feed.xml, section: world }
translation:
  engines: [{ id: apertium, kind: apertium, url: "${apyUrl}", timeoutMs: 30000 }]
  pairs: [{ from: en, to: es, engine: apertium }]
`,
    { file: null, env: {} },
  );
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ kind: 'text', text }] });

/** The sentence a reviewer post-edits, and what they make of it. */
const S = 'Residents welcomed the new park.';
const S_HUMAN = 'Los vecinos celebraron el nuevo parque.';
const OPENING = 'The council opened the Kingsbridge park on Monday.';
const OPENING_HUMAN = 'El ayuntamiento abrió el parque de Kingsbridge el lunes.';
const MAYOR = 'The mayor thanked the volunteers.';
const HEADLINE_HUMAN = 'Abre el parque de Kingsbridge';

async function addArticle(store: Store, sourceId: string, guid: string, article: Article): Promise<number> {
  await store.upsertSource(sourceDefinition(sourceId), 'config', T0);
  await store.saveEntries([feedEntry(sourceId, guid)], T0);
  const entry = (await store.listEntries({ sourceId, limit: 50 })).find((e) => e.guid === guid)!;
  return store.saveArticle(article, { entryId: entry.id, sourceId, section: 'world', slug: guid }, T0);
}

async function spanish(store: Store, articleId: number) {
  const found = (await store.translationsOf(articleId)).find((t) => t.targetLang === 'es');
  assert.ok(found, `article ${articleId} has a Spanish translation`);
  return found;
}

/** The post-editing form as shown, with the given segments (by number) replaced, posted to approve. */
async function approveWith(client: DeskClient, translationId: number, replaced: Record<number, string>, fields: Record<string, string> = {}): Promise<Response> {
  const page = await (await client.get(`/desk/review/${translationId}`)).text();
  const form: Record<string, string> = {};
  for (const match of page.matchAll(/<textarea name="(segment-\d+)"[^>]*>([^<]*)<\/textarea>/g)) form[match[1]!] = unescape(match[2]!);
  form['headline'] = unescape(/name="headline" value="([^"]*)"/.exec(page)![1]!);
  for (const [n, text] of Object.entries(replaced)) form[`segment-${n}`] = text;
  return client.post(`/desk/review/${translationId}/approve`, { ...form, ...fields });
}

function unescape(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa)`);

describe('reviewers\' post-edits in the translation memory, with Apertium APY', { skip }, () => {
  let apy: ApyServer;
  before(async () => {
    apy = await startApy();
  });
  after(() => apy?.stop());

  for (const dialect of testDialects) {
    describe(`on ${dialect.name}`, () => {
      const database = useFreshDatabase(dialect);

      async function desk(): Promise<{ ctx: PipelineContext; desk: DeskFixture; pass: () => ReturnType<typeof translatePendingArticles> }> {
        const cfg = config(apy.url);
        const store = await database().open();
        const fixture = await openDeskFixture(store, { config: cfg });
        const ctx: PipelineContext = { config: cfg, store, log: silentLogger, now: () => fixture.clock.now };
        const services = { engines: configuredEngines(cfg.translation), glossaries: new Map() };
        return { ctx, desk: fixture, pass: () => translatePendingArticles(ctx, services) };
      }

      test('a sentence a reviewer post-edited comes back in the next article that has it, ahead of the engine\'s remembered output', async () => {
        const { ctx, desk: fixture, pass } = await desk();
        const a = await addArticle(ctx.store, 'wire', 'a', cleanArticle('Park opens in Kingsbridge', { blocks: [paragraph(`${OPENING} ${S}`), paragraph(MAYOR)] }));
        await pass();
        const held = await spanish(ctx.store, a);
        assert.equal(held.status, 'review', 'Apertium does not know Kingsbridge: the gate holds it');
        assert.match(held.text!, /\*Kingsbridge/u);
        const machineS = /Los residentes[^.]*\./u.exec(held.text!)?.[0];
        assert.ok(machineS, `the engine's own version of S: ${held.text}`);

        const translator = await signedIn(fixture, 'translator');
        const approved = await approveWith(translator, held.id, { 0: `${OPENING_HUMAN} ${S_HUMAN}` }, { headline: HEADLINE_HUMAN });
        assert.equal(approved.status, 303);
        assert.deepEqual((await ctx.store.memoryStats()).human, { segments: 3, hits: 0 }, 'two sentences and the headline');

        // Article B has S in another paragraph, beside a sentence the engine has not seen and one it has.
        const b = await addArticle(ctx.store, 'copy', 'b', cleanArticle('Crowds visit the park', { blocks: [paragraph(`Crowds gathered on Sunday. ${S}`), paragraph(MAYOR)] }));
        const result = await pass();
        const copy = await spanish(ctx.store, b);
        assert.ok(copy.text!.includes(S_HUMAN), `B has the reviewer's version of S: ${copy.text}`);
        assert.ok(!copy.text!.includes(machineS), 'and not the engine\'s, although the memory still holds it');
        assert.equal(result.memory.human, 1);
        assert.equal(result.memory.hits, 1, 'the mayor\'s sentence, from the engine\'s remembered output');
        assert.deepEqual(copy.segmentOrigins?.segments, [{ engine: 1, 'human-memory': 1 }, { memory: 1 }]);
        assert.equal((await ctx.store.memoryStats()).human.hits, 1);
      });

      test('a changed source marks the approved translation stale; the next pass translates it again with the reviewer\'s sentences and holds it, and the desk shows what changed', async () => {
        const { ctx, desk: fixture, pass } = await desk();
        const a = await addArticle(ctx.store, 'wire', 'a', cleanArticle('Park opens in Kingsbridge', { blocks: [paragraph(`${OPENING} ${S}`), paragraph(MAYOR)] }));
        await pass();
        const translator = await signedIn(fixture, 'translator');
        assert.equal((await approveWith(translator, (await spanish(ctx.store, a)).id, { 0: `${OPENING_HUMAN} ${S_HUMAN}` }, { headline: HEADLINE_HUMAN })).status, 303);
        const approved = await spanish(ctx.store, a);
        assert.ok(approved.approvedAt);

        // An editor corrects the second paragraph; the first is as the reviewer saw it.
        fixture.clock.advance(60_000);
        const article = (await ctx.store.getArticle(a))!;
        const newMayor = 'The mayor thanked the <script>alert(1)</script> volunteers.';
        await editArticle(ctx.store, a, { paragraphs: [`${OPENING} ${S}`, newMayor] }, { actor: fixture.accounts.editor.email, expectedRevision: article.revision, now: fixture.clock.now, sections: ['world'] });
        const stale = await spanish(ctx.store, a);
        assert.equal(stale.staleSince, fixture.clock.now.toISOString());
        assert.ok(await ctx.store.publishedTranslation(a, 'es'), 'readers keep the approved translation until the pass');

        const queueBefore = await (await translator.get('/desk/review')).text();
        assert.doesNotMatch(queueBefore, /मूल बदला/u, 'approved, it is not in the queue');
        await pass();
        const again = await spanish(ctx.store, a);
        assert.equal(again.status, 'review');
        assert.equal(again.approvedAt, null);
        assert.ok(again.issues.some((i) => i.code === 'source-changed'), 'held: staff had approved the version before');
        assert.ok(again.text!.startsWith(`${OPENING_HUMAN} ${S_HUMAN}`), `the reviewer's sentences survive: ${again.text}`);
        assert.equal(again.staleSince, stale.staleSince);
        assert.deepEqual(again.segmentOrigins?.segments[0], { 'human-memory': 2 });

        const queue = await (await translator.get('/desk/review')).text();
        assert.match(queue, new RegExp(`<a href="/desk/review/${again.id}">[^<]*</a> <span class="badge source-changed">मूल बदला</span>`, 'u'));
        const page = await (await translator.get(`/desk/review/${again.id}`)).text();
        assert.match(page, /मूल लेख [^<]* को बदला/u);
        assert.match(page, /पिछले अनुवाद का अनुमोदन/u);
        assert.match(page, /<li class="removed"><span class="diff-kind">हटाया<\/span> <del>The mayor thanked the volunteers\.<\/del><\/li>/u);
        assert.match(page, /<li class="added"><span class="diff-kind">जोड़ा<\/span> <ins>The mayor thanked the &lt;script&gt;alert\(1\)&lt;\/script&gt; volunteers\.<\/ins><\/li>/u);
        assert.match(page, /1 अनुच्छेद नहीं बदले/u);
        assert.doesNotMatch(page, /<script>/u);
        assert.match(page, /<span class="origin origin-human-memory">स्मृति \(मानव\)<\/span>/u);

        assert.equal((await approveWith(translator, again.id, {}, { reason: 'names checked' })).status, 303);
        const current = await spanish(ctx.store, a);
        assert.deepEqual([current.staleSince, current.staleFrom], [null, null]);
        assert.deepEqual(fixture.errors, []);
      });

      test('a rebuild that leaves the headline and body as they were keeps the translation and its approval, with no engine call', async () => {
        const { ctx, desk: fixture, pass } = await desk();
        const article = cleanArticle('Park opens in Kingsbridge', { blocks: [paragraph(`${OPENING} ${S}`)] });
        const a = await addArticle(ctx.store, 'wire', 'a', article);
        await pass();
        const translator = await signedIn(fixture, 'translator');
        assert.equal((await approveWith(translator, (await spanish(ctx.store, a)).id, { 0: `${OPENING_HUMAN} ${S_HUMAN}` }, { headline: HEADLINE_HUMAN })).status, 303);
        const entry = (await ctx.store.listEntries({ sourceId: 'wire', limit: 5 }))[0]!;
        await ctx.store.saveArticle({ ...article, byline: 'A new byline' }, { entryId: entry.id, sourceId: 'wire', section: 'world', slug: 'a' }, '2026-03-02T09:00:00.000Z');
        const result = await pass();
        assert.deepEqual([result.pass, result.review, result.memory], [0, 0, { hits: 0, misses: 0, human: 0 }]);
        const kept = await spanish(ctx.store, a);
        assert.ok(kept.approvedAt, 'still approved');
        assert.equal(kept.articleVersion, '2026-03-02T09:00:00.000Z');
        assert.ok(await ctx.store.publishedTranslation(a, 'es'));
      });
    });
  }
});
