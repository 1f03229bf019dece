import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguageDetector } from '../../text/language.ts';
import { checkTargetLanguage } from './target-language.ts';

const EN = 'On Tuesday the Sundarpur town council approved the new harbour proposal.';
const HI = 'सुंदरपुर नगर परिषद ने मंगलवार को नए बंदरगाह प्रस्ताव को मंज़ूरी दी।';
const UR = 'سندرپور ٹاؤن کونسل نے منگل کو بندرگاہ کی نئی تجویز منظور کی۔';

const check = (output: string, from = 'en', to = 'hi') => checkTargetLanguage({ source: EN, output, pair: { from, to }, options: {} });

test('a Hindi output for en→hi passes, names in Latin script and all', () => {
  assert.deepEqual(check(HI), []);
  assert.deepEqual(check('Harbourline Logistics के प्रमुख ने कहा कि नया टर्मिनल अगले साल खुलेगा।'), []);
});

test('an output left in English, or given in Urdu, is in the wrong language, and the whole output is the span', () => {
  const [english] = check(EN);
  assert.equal(english?.code, 'wrong-language');
  assert.match(english.message, /Latin script/);
  assert.deepEqual(english.span, { start: 0, end: EN.length });
  assert.equal(check(UR)[0]?.code, 'wrong-language');
});

test('outputs too short to judge are left to the other checks', () => {
  assert.deepEqual(check('OK'), []);
});

test('with the detector loaded, a language sharing the target script is caught too', async () => {
  await loadLanguageDetector();
  const english = 'The council said the harbour would reopen to fishing boats next week after the repairs.';
  assert.equal(check(english, 'en', 'es')[0]?.code, 'wrong-language');
  assert.deepEqual(check('El consejo dijo que el puerto volverá a abrir a los barcos de pesca la próxima semana.', 'en', 'es'), []);
  assert.deepEqual(check(HI), [], 'Hindi is still Hindi to eld and the word check');
});
