/**
 * The demo's figure for reviewers' edits in the translation memory. After
 * `wiredesk demo --once` has ingested and translated the bundled sites through
 * Apertium, a translator post-edits Meridian Wire's Seoul shipping story on
 * the desk (removing the engine's markers, as a reviewer first does) and
 * approves it; the Northline Post's copy of that story, translated again from
 * the desk, then takes those sentences from the reviewer's version. The test
 * reports how many (`node --test` prints it as a diagnostic).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deskTranslation } from '../../src/cli/web-app.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { openDeskFixture, signedIn } from '../../src/desk/testdata/desk-fixture.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store, StoredTranslation } from '../../src/store/store.ts';
import { apyInstalled, APY_BINARY, startApy } from '../../src/translate/engines/apy-process.ts';
import { configuredEngines } from '../../src/translate/engines/configured-engines.ts';
import { sentencesFrom } from '../../src/translate/segment-origins.ts';
import { demoOnce } from './demo-once.ts';
import { missing } from '../missing-tool.ts';

/** Apertium's marks before a word it did not know (`*`), could not generate (`#`) or left ambiguous (`@`). */
const MARKER = /[*#@](?=[\p{L}\p{N}])/gu;

async function spanishOf(store: Store, sourceId: string, headline: RegExp): Promise<StoredTranslation> {
  for (const translation of await store.listTranslations({ targetLang: 'es', limit: 500 })) {
    const article = await store.getArticle(translation.articleId);
    if (article?.sourceId === sourceId && headline.test(article.headline)) return translation;
  }
  throw new Error(`no Spanish translation of ${sourceId}'s ${headline}`);
}

function unescape(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin)`);

test('demo figure: a post-edited wire story gives its syndicated copy the reviewer\'s sentences', { skip }, async (t) => {
  const { dataDir, exitCode, err } = await demoOnce();
  assert.equal(exitCode, 0, err);

  const apy = await startApy();
  const store = await openStore({ dataDir, databaseUrl: null });
  try {
    const yaml = `
site: { name: Demo, baseUrl: "http://localhost:8080" }
editions: [{ lang: hi, path: / }, { lang: es, path: /es/ }]
sections: [{ id: world, title: World }]
translation: { engines: [{ id: apertium, kind: apertium, url: "${apy.url}" }], pairs: [{ from: en, to: es, engine: apertium }] }
`;
    const { translation } = parseConfig(yaml, { file: null, env: {} });
    const desk = await openDeskFixture(store, { translation: deskTranslation(store, { engines: configuredEngines(translation), glossaries: new Map() }, () => new Date()) });
    const translator = await signedIn(desk, 'translator');

    const wire = await spanishOf(store, 'meridian-wire', /shipping emissions/u);
    const page = await (await translator.get(`/desk/review/${wire.id}`)).text();
    const form: Record<string, string> = {};
    let fixed = 0;
    for (const match of page.matchAll(/<textarea name="(segment-\d+)"[^>]*>([^<]*)<\/textarea>/gu)) {
      const text = unescape(match[2]!);
      const edited = text.replace(MARKER, '');
      if (edited !== text) fixed++;
      form[match[1]!] = edited;
    }
    form['headline'] = unescape(/name="headline" value="([^"]*)"/u.exec(page)![1]!).replace(MARKER, '');
    assert.ok(fixed > 0, 'Apertium left markers in the wire story');
    assert.equal((await translator.post(`/desk/review/${wire.id}/approve`, form)).status, 303);
    const human = (await store.memoryStats()).human.segments;

    const copy = await spanishOf(store, 'northline-post', /Seoul pact/u);
    assert.equal(copy.segmentOrigins && sentencesFrom(copy.segmentOrigins, 'human-memory'), 0, 'before: none of its sentences came from reviewers');
    await translator.get(`/desk/review/${copy.id}`);
    const again = await translator.post(`/desk/review/${copy.id}/translate-again`, {});
    assert.equal(again.status, 303);
    const [, sent, fromReviewers] = /sent=(\d+)&human=(\d+)$/u.exec(again.headers.get('location') ?? '')!.map(Number);
    const redone = (await store.getTranslation(copy.id))!;
    assert.equal(sentencesFrom(redone.segmentOrigins!, 'human-memory'), fromReviewers);
    assert.ok(fromReviewers! > 0, 'the copy took sentences from the reviewer\'s version');
    t.diagnostic(
      `demo figure: post-editing ${fixed} of the wire story's segments stored ${human} human segments; ` +
        `translating the Northline Post copy again took ${fromReviewers} of its ${sent! + fromReviewers!} sentences from them`,
    );
    assert.deepEqual(desk.errors, []);
  } finally {
    await store.close();
    await apy.stop();
  }
});
