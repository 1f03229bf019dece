import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uiLanguage, uiStrings } from './ui-strings.ts';

test('the Hindi, English and Spanish editions get chrome in their own language; others fall back to English', () => {
  assert.equal(uiStrings('hi').backToTop, 'ऊपर जाएँ');
  assert.equal(uiStrings('es').backToTop, 'Volver arriba');
  assert.equal(uiStrings('es').storyCounts(1, 2, 1), '1 artículo de 2 fuentes (1 independiente)');
  assert.equal(uiLanguage('es'), 'es');
  assert.equal(uiStrings('ta').backToTop, 'Back to top');
  assert.equal(uiLanguage('ta'), 'en', 'the chrome of an edition without strings is marked as English');
});
