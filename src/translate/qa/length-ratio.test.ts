import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CALIBRATED_LENGTH_RATIOS, checkLengthRatio } from './length-ratio.ts';

const SOURCE = 'On Tuesday the Sundarpur town council approved the new harbour proposal.';
const GOOD = 'सुंदरपुर नगर परिषद ने मंगलवार को नए बंदरगाह प्रस्ताव को मंज़ूरी दी।';
const check = (output: string, source = SOURCE, to = 'hi', lengthRatio?: { min: number; max: number }) =>
  checkLengthRatio({ source, output, pair: { from: 'en', to }, options: lengthRatio ? { lengthRatio } : {} });

test('every calibrated range is a sane interval around 1', () => {
  for (const [pair, range] of Object.entries(CALIBRATED_LENGTH_RATIOS)) {
    assert.ok(range.min > 0.4 && range.min < 1 && range.max > 1 && range.max < 2, pair);
  }
});

test('a translation of ordinary length passes', () => {
  assert.deepEqual(check(GOOD), []);
});

test('an output cut to a third, or run on to twice the length, is reported', () => {
  const [short] = check('परिषद ने मंज़ूरी दी।');
  assert.equal(short?.code, 'length-ratio');
  assert.match(short.message, /shorter/);
  assert.match(check(`${GOOD} ${GOOD} और इसके बाद बैठक बहुत देर तक चलती रही।`)[0]?.message ?? '', /longer/);
});

test('short sources and uncalibrated pairs are not judged; a caller can give a range', () => {
  assert.deepEqual(check('परिषद।', 'Council approves.'), []);
  assert.deepEqual(check('x', SOURCE, 'ja'), []);
  assert.equal(check('परिषद ने मंज़ूरी दी।', SOURCE, 'ja', { min: 0.5, max: 2 }).length, 1);
});
