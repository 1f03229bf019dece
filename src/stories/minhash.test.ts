import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { wordShingles, wordTokens } from '../text/tokens.ts';
import { estimatedJaccard, LONG_SHINGLE_WORDS, MIN_SIGNATURE_TOKENS, SIGNATURE_SIZE, signatureOf } from './minhash.ts';
import { prose } from './testdata/synthetic-prose.ts';

function trueJaccard(a: string, b: string): number {
  const sa = new Set(wordShingles(wordTokens(a), LONG_SHINGLE_WORDS));
  const sb = new Set(wordShingles(wordTokens(b), LONG_SHINGLE_WORDS));
  const shared = [...sa].filter((s) => sb.has(s)).length;
  return shared / (sa.size + sb.size - shared);
}

test('the estimate follows the true Jaccard similarity of the shingle sets', () => {
  const base = prose(400, 1);
  const words = base.split(' ');
  for (const changed of [0, 10, 40, 120]) {
    const edited = words.map((w, i) => (i % Math.floor(400 / Math.max(changed, 1)) === 0 && changed > 0 ? `x${i}` : w)).join(' ');
    const estimate = estimatedJaccard(signatureOf(base)!, signatureOf(edited)!);
    const truth = trueJaccard(base, edited);
    assert.ok(Math.abs(estimate - truth) < 0.15, `changed ${changed}: estimate ${estimate} vs true ${truth}`);
  }
  const unrelated = estimatedJaccard(signatureOf(base)!, signatureOf(prose(400, 2))!);
  assert.ok(unrelated < 0.05, `unrelated texts estimated at ${unrelated}`);
});

test('signatures are deterministic and of the documented size', () => {
  const a = signatureOf(prose(100, 3))!;
  const b = signatureOf(prose(100, 3))!;
  assert.equal(a.length, SIGNATURE_SIZE);
  assert.deepEqual([...a], [...b]);
  assert.equal(estimatedJaccard(a, b), 1);
});

test('texts too short to tell copies from coincidences have no signature', () => {
  assert.equal(signatureOf(''), null);
  assert.equal(signatureOf('Live updates'), null);
  assert.equal(signatureOf(prose(MIN_SIGNATURE_TOKENS - 1, 4)), null);
  assert.ok(signatureOf(prose(MIN_SIGNATURE_TOKENS, 4)));
});

/**
 * Processor time for signing a million words: some 50 ms, since only the
 * start is read (MAX_SIGNATURE_TOKENS); reading all of it costs some 900 ms.
 */
const HUGE_TEXT_CPU_MS = 400;

test('a million-word text is signed in bounded time from its start', () => {
  const start = prose(3000, 5);
  const huge = `${start} ${'filler words again '.repeat(333_334)}`;
  const began = process.cpuUsage();
  const signature = signatureOf(huge)!;
  const spent = cpuMsSince(began);
  assert.ok(spent < HUGE_TEXT_CPU_MS, `signing a million words took ${Math.round(spent)} ms of processor time`);
  assert.ok(estimatedJaccard(signature, signatureOf(start)!) > 0.9, 'the signature reads the start of the text');
});

test('text in a script with no romanisation (Tamil) is still signed and compared', () => {
  const tamil = 'சென்னை நகரில் இன்று கனமழை பெய்தது பல சாலைகளில் வெள்ளம் தேங்கியது போக்குவரத்து பாதிக்கப்பட்டது';
  const a = signatureOf(tamil)!;
  assert.equal(estimatedJaccard(a, signatureOf(`${tamil} `)!), 1);
});
