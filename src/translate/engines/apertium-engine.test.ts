/**
 * The Apertium adapter against a real APY on a loopback port, started once
 * for the file (it takes a few seconds). Skipped, saying why, when the Debian
 * packages are not installed: apt-get install apertium-apy apertium-eng-spa
 * apertium-urd-hin.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apertiumEngine } from './apertium-engine.ts';
import { apyInstalled, APY_BINARY, startApy, type ApyServer } from './apy-process.ts';
import { EngineError } from './engine.ts';
import { missing } from '../../../test/missing-tool.ts';

const skip = apyInstalled() ? false : missing('apertium-apy', `${APY_BINARY} is not installed (apt-get install apertium-apy apertium-eng-spa apertium-urd-hin)`);

describe('Apertium APY adapter', { skip }, () => {
  let apy: ApyServer;
  before(async () => {
    apy = await startApy();
  });
  after(() => apy?.stop());
  const engine = () => apertiumEngine({ id: 'apertium', url: apy.url, timeoutMs: 30_000 });

  test('pairs come back in BCP 47 codes; variants such as eng_US are left out', async () => {
    const pairs = (await engine().listPairs()).map((p) => `${p.from}>${p.to}`);
    for (const expected of ['en>es', 'es>en', 'ur>hi', 'hi>ur']) assert.ok(pairs.includes(expected), `${expected} in ${pairs.join(' ')}`);
    assert.ok(pairs.every((p) => /^[a-z]{2}>[a-z]{2}$/u.test(p)));
  });

  test('English to Spanish: one output per text, empty texts stay empty, unknown words stay marked', async () => {
    const out = await engine().translate(['The house is big.', '', 'The Zorblaxian minister spoke.'], { from: 'en', to: 'es' });
    assert.equal(out.length, 3);
    assert.match(out[0]!, /casa/iu);
    assert.equal(out[1], '');
    assert.match(out[2]!, /\*Zorblaxian/u);
  });

  test('Urdu to Hindi comes back in Devanagari, with placeholders kept (digits inside may be marked)', async () => {
    const [out] = await engine().translate(['پاکستان کے وزیر اعظم نے ⟦1⟧ کہا۔'], { from: 'ur', to: 'hi' });
    assert.match(out!, /पाकिस्तान/u);
    assert.match(out!, /⟦\*?1⟧/u);
  });

  test('a text too long for a URL goes as a POST form and is translated whole', async () => {
    const sentence = 'The house is big and the garden is small. ';
    const [out] = await engine().translate([sentence.repeat(150)], { from: 'en', to: 'es' });
    assert.equal(out!.match(/casa/giu)?.length, 150);
  });

  test('a pair the server does not have is an error that is not retried', async () => {
    const error = await engine().translate(['hello'], { from: 'en', to: 'hi' }).catch((e: unknown) => e);
    assert.ok(error instanceof EngineError);
    assert.equal(error.retryable, false);
    assert.match(error.message, /^apertium: \/translate: HTTP 400/);
    const unmapped = await engine().translate(['x'], { from: 'xx', to: 'es' }).catch((e: unknown) => e);
    assert.match(String(unmapped), /no Apertium language code for xx→es/);
  });

  test('health reports a running server with its latency', async () => {
    const health = await engine().health();
    assert.equal(health.reachable, true);
    assert.ok(health.latencyMs !== null && health.latencyMs >= 0);
  });
});
