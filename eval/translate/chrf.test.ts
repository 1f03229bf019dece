import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusChrf, sentenceChrf } from './chrf.ts';

test('identical text scores 100, text sharing no character scores 0', () => {
  assert.equal(sentenceChrf('नदी पर नया पुल', 'नदी पर नया पुल'), 100);
  assert.equal(sentenceChrf('abc def', 'ghi jkl'), 0);
});

test('whitespace does not count: the same letters differently spaced score 100', () => {
  assert.equal(sentenceChrf('नया पुल', 'नयापुल'), 100);
});

test('a worked example: hypothesis "ab", reference "abc"', () => {
  // Orders 1–2 carry grams; orders 3–6 have none in the hypothesis (precision 0) and
  // none or one in the reference. P = (1 + 1 + 0 + 0 + 0 + 0) / 6 = 1/3;
  // R = (2/3 + 1/2 + 0 + 0 + 0 + 0) / 6 = 7/36. F2 = 5PR / (4P + R).
  const p = 1 / 3;
  const r = 7 / 36;
  const expected = (100 * 5 * p * r) / (4 * p + r);
  assert.ok(Math.abs(sentenceChrf('ab', 'abc') - expected) < 1e-9);
});

test('recall weighs more than precision (β = 2): a missing half costs more than an extra half', () => {
  const reference = 'the harbour plan was approved on tuesday';
  const short = sentenceChrf('the harbour plan was', reference);
  const long = sentenceChrf(`${reference} by the council of sundarpur town`, reference);
  assert.ok(long > short, `${long} should beat ${short}`);
});

test('corpus counts are pooled, so a long sentence weighs more than a short one', () => {
  const refs = ['a long sentence about the new ferry timetable for the winter', 'ok'];
  const pooled = corpusChrf([refs[0]!, 'zz'], refs);
  assert.ok(pooled > 80, `${pooled}`);
  assert.throws(() => corpusChrf(['a'], []), /1 hypotheses for 0 references/);
});
