import assert from 'node:assert/strict';
import { cpuMsSince } from '../../test/cpu-time.ts';
import { test } from 'node:test';
import { MAX_TOKENS, wordShingles, wordTokens } from './tokens.ts';

test('Devanagari vowel signs, viramas and nuktas stay inside their word', () => {
  assert.deepEqual(wordTokens('स्टैनफ़ोर्ड में कैंसर, मलेरिया।'), ['स्टैनफ़ोर्ड', 'में', 'कैंसर', 'मलेरिया']);
});

test('tokens are case-folded and composed (NFC) whatever form the input came in', () => {
  const decomposed = 'Cafe\u0301 क\u093c';
  assert.deepEqual(wordTokens(decomposed), ['café', 'क़']);
  assert.deepEqual(wordTokens('PUTIN met Xi in 2024.'), ['putin', 'met', 'xi', 'in', '2024']);
});

test('punctuation, dandas and spaces separate words and are not words', () => {
  assert.deepEqual(wordTokens(' — «» ।। ... '), []);
  assert.deepEqual(wordTokens(''), []);
});

test('a million-word text yields at most MAX_TOKENS tokens, quickly', () => {
  const huge = 'alpha beta gamma delta '.repeat(250_000);
  const started = process.cpuUsage();
  const tokens = wordTokens(huge);
  assert.equal(tokens.length, MAX_TOKENS);
  assert.ok(cpuMsSince(started) < 2000, 'tokenising a million words must stay bounded');
  assert.equal(wordTokens(huge, { maxTokens: 3 }).length, 3);
});

test('shingles are overlapping runs of words; a short text is one shingle', () => {
  assert.deepEqual(wordShingles(['a', 'b', 'c', 'd'], 3), ['a b c', 'b c d']);
  assert.deepEqual(wordShingles(['a', 'b'], 3), ['a b']);
  assert.deepEqual(wordShingles([], 3), []);
  assert.throws(() => wordShingles(['a'], 0), /shingle size/);
});
