import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urduToDevanagari } from './urdu-devanagari.ts';

test('consonants, long vowels and the inherent a', () => {
  assert.equal(urduToDevanagari('بارسا'), 'बारसा');
  assert.equal(urduToDevanagari('سوال'), 'सवाल');
  // Short vowels and clusters Urdu does not write are not guessed: kitāb reads कताब, Pākistān पाकसतान.
  assert.equal(urduToDevanagari('کتاب'), 'कताब');
  assert.equal(urduToDevanagari('پاکستان'), 'पाकसतान');
});

test('aspirates (ھ), nukta letters, and a final ہ read as ā', () => {
  assert.equal(urduToDevanagari('بھارت'), 'भारत');
  assert.equal(urduToDevanagari('خان'), 'ख़ान');
  assert.equal(urduToDevanagari('آلہ'), 'आला');
  assert.equal(urduToDevanagari('وہ'), 'वह');
});

test('nasals: noon ghunna as chandrabindu or anusvara, ن before a consonant as anusvara', () => {
  assert.equal(urduToDevanagari('ہاں'), 'हाँ');
  assert.equal(urduToDevanagari('جنگ'), 'जंग');
  assert.equal(urduToDevanagari('سائنسدانوں'), 'साइंसदानों');
});

test('the hamza seat gives a vowel letter of its own; initial alef and ayn carry the vowel', () => {
  assert.equal(urduToDevanagari('نئی'), 'नई');
  assert.equal(urduToDevanagari('گئے'), 'गए');
  assert.equal(urduToDevanagari('عورت'), 'औरत');
  assert.equal(urduToDevanagari('ایک'), 'एक');
  // English s-clusters take a helping alef in Urdu, not in Hindi.
  assert.equal(urduToDevanagari('اسٹیشن'), 'स्टीशन');
});

test('only Arabic-script words change; punctuation, digits and other scripts stay', () => {
  assert.equal(urduToDevanagari('JAS 39C طیارہ, हवाई'), 'JAS 39C तियारा, हवाई');
});
