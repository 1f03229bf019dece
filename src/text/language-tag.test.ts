import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLanguageCode, leadingSubtag, primarySubtag } from './language-tag.ts';

test('a language code is a lower-case primary subtag of two or three letters', () => {
  for (const code of ['hi', 'en', 'ur', 'mai', 'und']) assert.equal(isLanguageCode(code), true, code);
  for (const code of ['', 'h', 'HI', 'en-IN', 'hind', 'auto', 'हि', 'e1']) assert.equal(isLanguageCode(code), false, code);
});

test('a well-formed tag gives its primary subtag; anything else gives null', () => {
  assert.equal(primarySubtag('hi'), 'hi');
  assert.equal(primarySubtag(' en-IN '), 'en');
  assert.equal(primarySubtag('zh-Hant-TW'), 'zh');
  assert.equal(primarySubtag('EN_us'), 'en');
  for (const tag of [null, undefined, '', 'english', 'en-US, hi', 'en_US.UTF-8', 'en-', 'en-toolongsubtag']) {
    assert.equal(primarySubtag(tag), null, String(tag));
  }
});

test('a declared value gives the primary subtag it opens with, however the rest is written', () => {
  assert.equal(leadingSubtag('en-US, hi'), 'en');
  assert.equal(leadingSubtag('en_US.UTF-8'), 'en');
  assert.equal(leadingSubtag(' HI '), 'hi');
  assert.equal(leadingSubtag('en-'), 'en');
  for (const value of [null, '', 'english', 'en.utf8', 'e']) assert.equal(leadingSubtag(value), null, String(value));
});
