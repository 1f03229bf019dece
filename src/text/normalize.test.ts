import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseWhitespace, comparisonKey, normalizeText, toNfc } from './normalize.ts';

test('decomposed Devanagari becomes NFC', () => {
  // A feed that sends NFD must produce the same string as one that sends NFC.
  const decomposed = 'क़ानून'.normalize('NFD');
  assert.equal(toNfc(decomposed), 'क़ानून'.normalize('NFC'));
  assert.equal(normalizeText('  e\u0301te\u0301  '), 'été');
});

test('whitespace runs, no-break and ideographic spaces collapse to one space', () => {
  assert.equal(normalizeText('\tनई\u00a0\u00a0दिल्ली \n\n में\u3000बारिश '), 'नई दिल्ली में बारिश');
  assert.equal(collapseWhitespace(' a \n b '), ' a b ');
});

test('zero-width joiners inside Devanagari words survive', () => {
  const withZwj = 'क्\u200dष';
  assert.equal(normalizeText(withZwj), withZwj);
});

test('control characters are removed', () => {
  assert.equal(normalizeText('Seoul\u0000 \u0007talks'), 'Seoul talks');
});

test('halves of surrogate pairs become U+FFFD; whole pairs stay', () => {
  assert.equal(normalizeText('\ud800a \udc00 \udc00\ud800 \ud83d\ude00'), '\ufffda \ufffd \ufffd\ufffd \ud83d\ude00');
  assert.equal(toNfc('e\u0301\udfff'), '\u00e9\ufffd');
});

test('comparison keys ignore case, punctuation and spacing', () => {
  assert.equal(comparisonKey('Seoul — the Parliament, on Friday…'), comparisonKey('seoul the parliament on friday'));
  assert.equal(comparisonKey('सियोल: संसद ने, शुक्रवार को।'), 'सियोल संसद ने शुक्रवार को');
});

test('what toNfc gives back, toNfc leaves alone, even where composing or dropping a control makes mojibake', () => {
  // Found by the sanitizer-idempotence fuzz target (seed 7120): U+212B ANGSTROM SIGN and a soft hyphen were
  // left as they were, composed to "Å\u00ad", and a second pass read those as the UTF-8 bytes of "ŭ".
  for (const text of ['\u212b\u00ad\ud800', 'caf\u00c3\u0001\u00a9', 'plain text', 'caf\u00c3\u00a9']) {
    const once = toNfc(text);
    assert.equal(toNfc(once), once, JSON.stringify(text));
  }
  assert.equal(toNfc('caf\u00c3\u0001\u00a9'), 'café');
});
