import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUntranslatedRuns } from './untranslated-run.ts';

const check = (output: string, from = 'en', protectedTerms: string[] = []) =>
  checkUntranslatedRuns({ source: 'irrelevant', output, pair: { from, to: 'hi' }, options: { protectedTerms } });

test('ordinary English words left in a Hindi output are reported, with their span', () => {
  const output = 'परिषद ने the new harbour policy को मंज़ूरी दी।';
  const [found] = check(output);
  assert.equal(found?.code, 'untranslated');
  assert.equal(output.slice(found.span!.start, found.span!.end), 'the new harbour policy');
});

test('names and acronyms in Latin script are not untranslated text', () => {
  assert.deepEqual(check('NASA के Artemis II मिशन में Harbourline Logistics भी शामिल है।'), []);
  assert.deepEqual(check('उन्होंने कहा कि यह app सबके लिए मुफ़्त है।'), [], 'one common word is a kept term');
});

test('protected terms may keep lower-case words', () => {
  const output = 'Board of the Port Trust ने बैठक बुलाई।';
  assert.equal(check(output).length, 1);
  assert.deepEqual(check(output, 'en', ['Board of the Port Trust']), []);
});

test('Urdu words left in a Hindi output from ur→hi are reported', () => {
  const [found] = check('परिषद ने بندرگاہ کی نئی तजवीज़ को मंज़ूरी दी।', 'ur');
  assert.equal(found?.code, 'untranslated');
  assert.match(found.message, /Arabic script/);
});

test('pairs written in one script are not judged by script', () => {
  assert.deepEqual(checkUntranslatedRuns({ source: 'x', output: 'the new harbour policy', pair: { from: 'en', to: 'es' }, options: {} }), []);
});
