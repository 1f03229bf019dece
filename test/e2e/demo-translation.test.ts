/**
 * The demo's translation, end to end: without an engine it still runs, says
 * which pairs are unavailable and marks the originals; with Apertium APY
 * installed it translates Urdu into the Hindi edition and English into the
 * Spanish one, through the translation memory.
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { apyInstalled, APY_BINARY } from '../../src/translate/engines/apy-process.ts';
import { runCli } from './cli-process.ts';
import { demoOnce } from './demo-once.ts';
import { missing } from '../missing-tool.ts';

async function translationsIn(dataDir: string) {
  const store = await openStore({ dataDir, databaseUrl: null });
  try {
    return await store.listTranslations({ limit: 500 });
  } finally {
    await store.close();
  }
}

describe('demo translation', () => {
  test('without an engine: the pairs are named unavailable at start and recorded so', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wd-e2e-noengine-'));
    const run = runCli(['demo', '--once', '--no-engines'], { env: { WIREDESK_DATA_DIR: dataDir } });
    assert.equal(await run.exit, 0, run.err());
    assert.match(run.err(), /no translation engine: ur→hi, en→es unavailable/u);
    assert.match(run.out(), /translations: no engine for en→es, ur→hi/u);
    const stored = await translationsIn(dataDir);
    assert.ok(stored.length >= 3 && stored.every((t) => t.status === 'unavailable'), `${stored.length} translations`);
    assert.ok(stored.some((t) => t.targetLang === 'hi') && stored.some((t) => t.targetLang === 'es'));
  });

  const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin)`);
  test('with Apertium: Urdu into Hindi and English into Spanish, syndicated copies from the memory', { skip }, async () => {
    const run = await demoOnce();
    assert.equal(run.exitCode, 0, run.err);
    const line = /translations: (\d+) pass, (\d+) review, 0 pending \(memory: (\d+) of (\d+) sentences/u.exec(run.out);
    assert.ok(line, run.out);
    assert.ok(Number(line[3]) > 0, 'the copies of the Seoul wire story come from the memory');
    const stored = await translationsIn(run.dataDir);
    const hindi = stored.filter((t) => t.targetLang === 'hi');
    assert.equal(hindi.length, 3);
    assert.ok(hindi.every((t) => /[\u0900-\u097F]{3,}/u.test(t.text ?? '')), 'Urdu came out in Devanagari');
    assert.ok(stored.some((t) => t.targetLang === 'es' && /\b(el|la|de|en)\b/u.test(t.text ?? '')));
  });
});
