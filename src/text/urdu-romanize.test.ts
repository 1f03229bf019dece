import assert from 'node:assert/strict';
import { test } from 'node:test';
import { romanizeUrduWord } from './urdu-romanize.ts';

test('Urdu letters become the consonants Hindi would write, with the long vowels shown', () => {
  assert.equal(romanizeUrduWord('سرکار'), 'srkar');
  assert.equal(romanizeUrduWord('پاکستان'), 'pakstan');
  // ث س ص are one sound, and ذ ز ض ظ another.
  assert.equal(romanizeUrduWord('ثابت'), romanizeUrduWord('صابت'));
  assert.equal(romanizeUrduWord('ظلم'), 'zlm');
});

test('و and ی are consonants at the start and before a long a, vowels elsewhere', () => {
  assert.equal(romanizeUrduWord('وزیر'), 'vzir');
  assert.equal(romanizeUrduWord('سوال'), 'sval');
  assert.equal(romanizeUrduWord('پولیس'), 'polis');
  assert.equal(romanizeUrduWord('یورپ'), 'yorp');
});

test('short-vowel marks change nothing; a prothetic alef before s + stop is dropped', () => {
  assert.equal(romanizeUrduWord('سَرکار'), romanizeUrduWord('سرکار'));
  assert.equal(romanizeUrduWord('اسکول'), 'skol');
  assert.equal(romanizeUrduWord('اسلام'), 'aslam');
});
