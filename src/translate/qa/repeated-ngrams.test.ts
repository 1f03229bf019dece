import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRepeatedNgrams } from './repeated-ngrams.ts';

const SOURCE = 'The ferry service will resume slowly from next week.';
const check = (output: string, source = SOURCE) => checkRepeatedNgrams({ source, output, pair: { from: 'en', to: 'hi' }, options: {} });

test('Hindi reduplication is grammar, not a loop', () => {
  assert.deepEqual(check('अगले हफ़्ते से फ़ेरी सेवा धीरे धीरे अलग अलग घाटों पर शुरू होगी।'), []);
});

test('a word three times in a row is a loop, reported over the whole run', () => {
  const output = 'फ़ेरी सेवा सेवा सेवा अगले हफ़्ते शुरू होगी।';
  const [found] = check(output);
  assert.equal(found?.code, 'repetition');
  assert.equal(output.slice(found.span!.start, found.span!.end), 'सेवा सेवा सेवा');
});

test('a phrase twice in a row is a loop, and so is a phrase recurring three times', () => {
  const output = 'फ़ेरी सेवा के लिए के लिए अगले हफ़्ते शुरू होगी।';
  assert.equal(output.slice(check(output)[0]!.span!.start, check(output)[0]!.span!.end), 'के लिए के लिए');
  const scattered = 'घाट पर फ़ेरी सेवा शुरू, फिर घाट पर फ़ेरी सेवा बंद, और घाट पर फ़ेरी सेवा फिर शुरू।';
  assert.equal(check(scattered).length, 1);
});

test('a phrase that returns once across a bracket is two clauses; a source that repeats itself may be followed', () => {
  assert.deepEqual(check('सेवा बंद रहेगी (जब तक मरम्मत होती है) होती है तब तक।'), []);
  assert.deepEqual(check('“बचाओ बचाओ बचाओ” वे चिल्लाए।', 'They shouted “help, help, help”.'), []);
});
