import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handleLeftovers } from './engine-leftovers.ts';

test('Urdu words Apertium left marked in Hindi output are written in Devanagari, without the marker', () => {
  const { text, transliterated } = handleLeftovers('*پائلٹ को *اسکواڈرن लीडर के नाम से पहचाना गया۔', { from: 'ur', to: 'hi' });
  assert.equal(text, 'पाइलट को स्कवाडरन लीडर के नाम से पहचाना गया।');
  assert.deepEqual(transliterated, ['پائلٹ', 'اسکواڈرن']);
});

test('other pairs keep their markers for the quality gate', () => {
  const out = 'El ministro *Zorblaxian habló.';
  assert.deepEqual(handleLeftovers(out, { from: 'en', to: 'es' }), { text: out, transliterated: [], uninflected: [] });
});

test('a sentence-final hyphen (a typed Urdu full stop) becomes a danda, and stray harakat go', () => {
  const { text } = handleLeftovers('विमान रनवे पर पदेनً उतरा-', { from: 'ur', to: 'hi' });
  assert.equal(text, 'विमान रनवे पर पदेन उतरा।');
});

test('zero-width joiners after whole Devanagari words go; after a virama they stay', () => {
  const { text } = handleLeftovers('पाकिस्तान\u200c और क्\u200cष', { from: 'en', to: 'hi' });
  assert.equal(text, 'पाकिस्तान और क्\u200cष');
});
