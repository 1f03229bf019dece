import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPunctuation } from './punctuation.ts';

const ONE_SENTENCE = 'The harbour plan was approved by the council on Tuesday.';
const check = (output: string, source = ONE_SENTENCE) =>
  checkPunctuation({ source, output, pair: { from: 'en', to: 'hi' }, options: {} });
const marked = (output: string, source?: string) =>
  check(output, source).map((found) => output.slice(found.span!.start, found.span!.end));

test('a clean Hindi sentence passes, with a danda or a full stop', () => {
  assert.deepEqual(check('बंदरगाह योजना को मंगलवार को परिषद ने मंज़ूरी दी।'), []);
  assert.deepEqual(check('बंदरगाह योजना को मंगलवार को परिषद ने मंज़ूरी दी.'), []);
});

test('a stray full stop between words, as an engine leaves it, is reported at the stop', () => {
  const output = 'बंदरगाह योजना का प्रस्ताव . द्वारा परिषद ने अनुमोदित किया गया था।';
  const found = check(output);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.code, 'punctuation');
  assert.match(found[0].message, /stray full stop/);
  assert.deepEqual(marked(output), ['.']);
});

test('a space before a comma or a full stop is reported', () => {
  assert.deepEqual(marked('परिषद ने , मंगलवार को योजना मंज़ूरी की।'), [' ,']);
  assert.deepEqual(marked('परिषद ने मंगलवार को योजना मंज़ूरी की .'), [' .']);
  assert.deepEqual(marked('The council approved it ,then left.'), [' ,']);
});

test('a space before a final danda is the Hindi typing convention, not damage', () => {
  assert.deepEqual(check('परिषद ने मंगलवार को योजना मंज़ूरी की ।'), []);
});

test('a danda between words is damage only where the source has no sentence break', () => {
  const output = 'परिषद ने योजना । मंगलवार को मंज़ूरी दी।';
  assert.deepEqual(marked(output), ['।']);
  assert.deepEqual(check('परिषद ने बैठक की । योजना मंज़ूरी हुई।', 'The council met. The plan passed.'), []);
});

test('doubled marks are reported; an ellipsis and decimals are not', () => {
  assert.deepEqual(marked('परिषद ने,, योजना मंज़ूरी की।।'), [',,', '।।']);
  assert.deepEqual(marked('परिषद ने योजना मंज़ूरी की, . फिर बैठक खत्म हुई'), [', .']);
  assert.deepEqual(marked('परिषद ने योजना मंज़ूरी की. . फिर बैठक खत्म हुई'), ['. .']);
  assert.deepEqual(check('परिषद चुप रही... फिर 2.5 प्रतिशत शुल्क, यानी .5 अंक, मंज़ूर हुआ।'), []);
});
