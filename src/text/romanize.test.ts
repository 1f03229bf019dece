import assert from 'node:assert/strict';
import { test } from 'node:test';
import { romanizeDevanagari } from './romanize.ts';
import { markSilentSchwas } from './schwa-deletion.ts';

test('the final inherent vowel is dropped, as Hindi speech does', () => {
  assert.equal(romanizeDevanagari('पुतिन'), 'putin');
  assert.equal(romanizeDevanagari('भारत'), 'bhārat');
  assert.equal(romanizeDevanagari('शी जिनपिंग'), 'shī jinping');
});

test('one-letter words and final conjuncts with य/र keep their vowel', () => {
  assert.equal(romanizeDevanagari('न'), 'na');
  assert.equal(romanizeDevanagari('मित्र राज्य भारतीय'), 'mitra rājya bhārtīya');
});

test('medial inherent vowels between a vowel and a full syllable are dropped', () => {
  assert.equal(romanizeDevanagari('सरकार कमला मंगलवार'), 'sarkār kamlā mangalvār');
  // Not dropped before a syllable that itself lost its vowel (namak, not namk).
  assert.equal(romanizeDevanagari('नमक'), 'namak');
});

test('the silent vowel is marked with a virama in the Devanagari itself', () => {
  assert.equal(markSilentSchwas('पुतिन'), 'पुतिन्');
  assert.equal(markSilentSchwas('कमला'), 'कम्ला');
});

test('Latin text, punctuation and digits pass through; Devanagari digits become ASCII', () => {
  assert.equal(romanizeDevanagari('G20 बैठक, २०२४।'), 'G20 baiṭhak, 2024।');
});

test('signs and letters Hindi romanisation has no spelling for leave no Devanagari behind', () => {
  assert.equal(romanizeDevanagari('\u0972प'), 'ep');
  assert.equal(romanizeDevanagari('ह\u093c\u0900'), 'ha');
  assert.doesNotMatch(romanizeDevanagari('\u097bाँव \u0952 \u0973\u0978'), /[\u0900-\u0963\u0971-\u097f]/u);
  const accented = romanizeDevanagari('उ\u0951');
  assert.equal(accented, accented.normalize('NFC'));
  const marked = romanizeDevanagari('क्\u200dष\u0301');
  assert.equal(marked, marked.normalize('NFC'));
});

test('the inherent vowel before a conjunct is said (Ohala: no V C _ CC V deletion)', () => {
  assert.equal(romanizeDevanagari('कबड्डी'), 'kabaḍḍī');
  assert.equal(romanizeDevanagari('यूनिवर्सिटी'), 'yūnivarsiṭī');
  // Before a single consonant it still goes.
  assert.equal(romanizeDevanagari('कमला'), 'kamlā');
});
