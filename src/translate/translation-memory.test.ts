/**
 * The memory in front of real engines on loopback, stored in a real SQLite
 * database: the LibreTranslate stand-in (it records what reached it, so the
 * tests can see what the memory kept back) and, when installed, Apertium APY.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { apertiumEngine } from './engines/apertium-engine.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from './engines/apy-process.ts';
import { libreTranslateEngine } from './engines/libretranslate-engine.ts';
import { startLibreTranslateStandIn, type StandIn } from './engines/testdata/libretranslate-stand-in.ts';
import { translateTexts, type EngineCall } from './text-translation.ts';
import { canonicalSegment, memoisedCall, restoreOutput, type TranslationMemory } from './translation-memory.ts';
import { missing } from '../../test/missing-tool.ts';

const NOW = () => '2026-03-02T08:00:00.000Z';

async function freshStore(): Promise<{ store: Store; remove: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wiredesk-tm-'));
  const store = await openStore({ dataDir, databaseUrl: null });
  return { store, remove: async () => (await store.close(), await rm(dataDir, { recursive: true, force: true })) };
}

/** The memory kept in the store, as the pipeline hands it to the translate stage (pipeline/article-translator.ts). */
function storedMemory(store: Store): TranslationMemory {
  return { lookup: (...args) => store.lookupMemory(...args), remember: (...args) => store.rememberInMemory(...args) };
}

test('a remembered output gets the placeholder numbers of the segment that asks for it', () => {
  const segment = canonicalSegment('Rates rose ⟦8⟧ per cent on ⟦9⟧.');
  assert.equal(segment.text, 'Rates rose ⟦1⟧ per cent on ⟦2⟧.');
  assert.equal(restoreOutput('दरें ⟦2⟧ को ⟦1⟧ प्रतिशत बढ़ीं।', segment), 'दरें ⟦9⟧ को ⟦8⟧ प्रतिशत बढ़ीं।');
});

describe('memory in front of the LibreTranslate stand-in', () => {
  let server: StandIn;
  let db: { store: Store; remove: () => Promise<void> };
  before(async () => {
    server = await startLibreTranslateStandIn();
    db = await freshStore();
  });
  after(async () => {
    await server.close();
    await db.remove();
  });

  test('a syndicated copy and a recurring phrase are sent once', async () => {
    const engine = libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 5000 });
    const pair = { from: 'en', to: 'hi' };
    const raw: EngineCall = (texts) => engine.translate(texts, pair);
    const { call, counts } = memoisedCall(raw, storedMemory(db.store), { engine: 'libre', ...pair }, NOW);
    const story = 'The council met on 3 May. The ministry said in a statement.';
    const first = await translateTexts([story], call, { pair, glossary: null });
    const sentBefore = server.requests.length;
    const copy = await translateTexts([story], call, { pair, glossary: null });
    assert.equal(server.requests.length, sentBefore, 'the copy reached the engine');
    assert.equal(copy[0]!.text, first[0]!.text);
    assert.match(copy[0]!.text, /3 MAY/u);

    await translateTexts(['Floods closed 14 roads. The ministry said in a statement.'], call, { pair, glossary: null });
    assert.deepEqual(server.requests.at(-1)!['q'], ['Floods closed ⟦1⟧ roads.']);
    assert.deepEqual(counts, { hits: 3, misses: 3, human: 0 });
    const stats = await db.store.memoryStats();
    assert.equal(stats.segments, 3);
    assert.equal(stats.hits, 3);
  });

  test('an empty output is not remembered: the next pass asks the engine again', async () => {
    const pair = { from: 'en', to: 'es' };
    const engine = libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 5000 });
    const raw: EngineCall = (texts) => engine.translate(texts, pair);
    const { call } = memoisedCall(raw, storedMemory(db.store), { engine: 'libre', ...pair }, NOW);
    server.answerEmptyNext(1);
    assert.deepEqual(await call(['Hello there.']), ['']);
    assert.deepEqual(await call(['Hello there.']), ['HELLO THERE.']);
    assert.deepEqual(await call(['Hello there.']), [{ text: 'HELLO THERE.', remembered: true }], 'the memory says the output is its own');
    assert.deepEqual(server.requests.slice(-2).map((r) => r['q']), [['Hello there.'], ['Hello there.']]);
  });
});

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-urd-hin)`);

describe('memory in front of Apertium APY', { skip }, () => {
  let apy: ApyServer;
  let db: { store: Store; remove: () => Promise<void> };
  before(async () => {
    apy = await startApy();
    db = await freshStore();
  });
  after(async () => {
    await apy?.stop();
    await db?.remove();
  });

  test('Urdu copy of a story: translated once, the second copy comes whole from the memory', async () => {
    const pair = { from: 'ur', to: 'hi' };
    const engine = apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 30_000 });
    let sent = 0;
    const raw: EngineCall = (texts) => ((sent += texts.length), engine.translate(texts, pair));
    const { call, counts } = memoisedCall(raw, storedMemory(db.store), { engine: 'apertium', ...pair }, NOW);
    const story = ['پاکستان کے وزیر اعظم نے 12 مئی کو بات کی۔ حکومت نے ایک بیان جاری کیا۔'];
    const first = await translateTexts(story, call, { pair, glossary: null });
    assert.equal(sent, 2);
    const second = await translateTexts(story, call, { pair, glossary: null });
    assert.equal(sent, 2);
    assert.equal(second[0]!.text, first[0]!.text);
    assert.match(second[0]!.text, /पाकिस्तान/u);
    assert.deepEqual(counts, { hits: 2, misses: 2, human: 0 });
  });
});
