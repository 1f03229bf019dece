import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTranslation, placeholder, qaStatus } from './qa.ts';

const PAIR = { from: 'en', to: 'hi' };
const SOURCE = `On Tuesday the Sundarpur council approved the ${placeholder(1)} harbour plan, worth 1,250 crore rupees.`;
const GOOD = `मंगलवार को सुंदरपुर परिषद ने 1,250 करोड़ रुपये की ${placeholder(1)} बंदरगाह योजना को मंज़ूरी दी।`;

test('a good translation passes', () => {
  const issues = checkTranslation(SOURCE, GOOD, PAIR);
  assert.deepEqual(issues, []);
  assert.equal(qaStatus(issues), 'pass');
});

test('a broken one is held for review with an issue per defect', () => {
  const broken = 'मंगलवार को *Sundarpur परिषद ने 1,205 करोड़ रुपये की बंदरगाह योजना . द्वारा मंज़ूरी दी।';
  const issues = checkTranslation(SOURCE, broken, PAIR);
  assert.equal(qaStatus(issues), 'review');
  assert.deepEqual(issues.map((found) => found.code).sort(), ['number-missing', 'placeholder-lost', 'punctuation', 'unknown-word']);
});

test('each issue says what it found as data, for the desk to word in its language, and in English', () => {
  const broken = 'मंगलवार को *Sundarpur परिषद ने 1,205 करोड़ रुपये की बंदरगाह योजना . द्वारा मंज़ूरी दी।';
  const issues = checkTranslation(SOURCE, broken, PAIR);
  assert.deepEqual(
    issues.map(({ detail, message }) => ({ detail, message })),
    [
      { detail: { kind: 'engine-marker', marker: '*Sundarpur' }, message: 'engine marker left in the output: *Sundarpur' },
      { detail: { kind: 'number-missing', number: '1,250 crore' }, message: 'number 1,250 crore of the source is missing from the output' },
      { detail: { kind: 'placeholder-missing', placeholder: '⟦1⟧' }, message: 'placeholder ⟦1⟧ of the source is missing from the output' },
      { detail: { kind: 'stray-full-stop', excerpt: 'दरगाह योजना . द्वारा मंज़ू' }, message: 'stray full stop between words: "…दरगाह योजना . द्वारा मंज़ू…"' },
    ],
  );
  assert.deepEqual(JSON.parse(JSON.stringify(issues)) as unknown, issues, 'the detail survives storage as JSON');
});

test('an empty output is one issue, not one per number and placeholder', () => {
  assert.deepEqual(checkTranslation(SOURCE, ' ', PAIR).map((found) => found.code), ['empty']);
});
