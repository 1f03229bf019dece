import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textDirection } from './direction.ts';

test('right-to-left languages', () => {
  for (const lang of ['ur', 'ar', 'fa', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ur-PK', 'AR']) {
    assert.equal(textDirection(lang), 'rtl', lang);
  }
});

test('Hindi, English and unknown languages run left to right', () => {
  for (const lang of ['hi', 'en', 'mr', 'en-IN', 'und', '']) assert.equal(textDirection(lang), 'ltr', lang);
});
