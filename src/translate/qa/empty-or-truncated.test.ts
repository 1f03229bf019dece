import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEmptyOrTruncated } from './empty-or-truncated.ts';

const SOURCE = 'The ferry service will resume from next week.';
const check = (output: string, source = SOURCE, to = 'hi') => checkEmptyOrTruncated({ source, output, pair: { from: 'en', to }, options: {} });

test('a complete sentence passes, also inside closing quotes', () => {
  assert.deepEqual(check('फ़ेरी सेवा अगले हफ़्ते से फिर शुरू होगी।'), []);
  assert.deepEqual(check('उन्होंने कहा, “फ़ेरी सेवा अगले हफ़्ते से फिर शुरू होगी.”'), []);
});

test('an output with nothing readable is empty', () => {
  for (const output of ['', '   ', '।', '""']) assert.deepEqual(check(output).map((f) => f.code), ['empty']);
  assert.deepEqual(check('', ''), [], 'nothing in, nothing expected');
});

test('an output that stops mid-sentence is truncated, with the tail as the span', () => {
  const output = 'फ़ेरी सेवा अगले हफ़्ते से फिर शुरू होने के लिए';
  const [found] = check(output);
  assert.equal(found?.code, 'truncated');
  assert.equal(found.span?.end, output.length);
  assert.equal(check('फ़ेरी सेवा अगले हफ़्ते से,')[0]?.code, 'truncated');
});

test('a Hindi sentence ending on its verb is complete without the danda; a source without a stop expects none', () => {
  assert.deepEqual(check('फ़ेरी सेवा अगले हफ़्ते से फिर शुरू हो रही है'), []);
  assert.deepEqual(check('The ferry service will resume from next week', 'Ferry service resumes', 'en'), []);
  assert.equal(check('The ferry service will resume from', SOURCE, 'en').length, 1);
});
