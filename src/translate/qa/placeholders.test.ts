import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPlaceholders, placeholder } from './placeholders.ts';

const SOURCE = `Read ${placeholder(1)}the full report${placeholder(2)} at ${placeholder(3)}.`;
const check = (output: string) => checkPlaceholders({ source: SOURCE, output, pair: { from: 'en', to: 'hi' }, options: {} });

test('placeholders are ⟦n⟧', () => {
  assert.equal(placeholder(12), '⟦12⟧');
});

test('every placeholder back once, in any order, passes', () => {
  assert.deepEqual(check('पूरी रिपोर्ट ⟦3⟧ पर ⟦1⟧पढ़ें⟦2⟧।'), []);
});

test('a dropped placeholder is lost', () => {
  const found = check('पूरी रिपोर्ट ⟦3⟧ पर पढ़ें⟦2⟧।');
  assert.deepEqual(found.map((f) => f.message), ['placeholder ⟦1⟧ of the source is missing from the output']);
});

test('a spaced-out, half-bracketed, repeated or invented placeholder is reported where it is', () => {
  const spaced = 'पूरी रिपोर्ट ⟦ 3 ⟧ पर ⟦1⟧पढ़ें⟦2⟧।';
  const found = check(spaced);
  assert.ok(found.some((f) => f.message.includes('⟦3⟧ of the source is missing')));
  assert.deepEqual(found.filter((f) => f.span).map((f) => spaced.slice(f.span!.start, f.span!.end)), ['⟦', '⟧']);
  assert.ok(check('रिपोर्ट ⟦3⟧ ⟦3⟧ पर ⟦1⟧पढ़ें⟦2⟧।').some((f) => f.message === 'placeholder ⟦3⟧ repeated'));
  assert.ok(check('रिपोर्ट ⟦3⟧ ⟦4⟧ पर ⟦1⟧पढ़ें⟦2⟧।').some((f) => f.message === 'placeholder ⟦4⟧ not in the source'));
  assert.ok(check('रिपोर्ट ⟦3 पर ⟦1⟧पढ़ें⟦2⟧।').every((f) => f.code === 'placeholder-lost'));
});
