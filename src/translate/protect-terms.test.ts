import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaryOf } from './glossary.ts';
import { protectTerms, restoreTerms } from './protect-terms.ts';

const EN_HI = { from: 'en', to: 'hi' };
const UR_HI = { from: 'ur', to: 'hi' };

test('URLs, e-mail addresses, dates, times and numbers are protected and come back unchanged', () => {
  const text = 'On 2026-03-14 at 10:15, 1,250 people wrote to desk@harbour.example.in about https://harbour.example.org/plan?id=7.';
  const p = protectTerms(text, EN_HI, null, 1);
  assert.equal(p.text, 'On ⟦1⟧ at ⟦2⟧, ⟦3⟧ people wrote to ⟦4⟧ about ⟦5⟧.');
  assert.deepEqual(p.spans.map((s) => s.kind), ['date', 'time', 'number', 'email', 'url']);
  assert.equal(p.nextNumber, 6);
  const restored = restoreTerms('⟦1⟧ को ⟦2⟧ बजे ⟦3⟧ लोगों ने ⟦5⟧ के बारे में ⟦4⟧ पर लिखा.', p.spans);
  assert.deepEqual(restored.issues, []);
  assert.equal(restored.text, '2026-03-14 को 10:15 बजे 1,250 लोगों ने https://harbour.example.org/plan?id=7 के बारे में desk@harbour.example.in पर लिखा.');
});

test('from Urdu, Latin names are protected, Urdu digits come back as ASCII, and a number touching a name is one span', () => {
  const p = protectTerms('صبح ۹:۳۰ بجے (0230 UTC) 39C طیارہ', UR_HI, null, 3);
  assert.equal(p.text, 'صبح ⟦3⟧ بجے (⟦4⟧ ⟦5⟧) ⟦6⟧ طیارہ');
  assert.deepEqual(p.spans.map((s) => s.replacement), ['9:30', '0230', 'UTC', '39C']);
  assert.deepEqual(protectTerms('A1GP ٹیم', UR_HI, null, 1).spans.map((s) => s.source), ['A1GP']);
  // Latin words in an English source are the text itself, not names to keep.
  assert.equal(protectTerms('The UTC clock', EN_HI, null, 1).text, 'The UTC clock');
});

test('glossary terms win over the other kinds and come back in their target form', () => {
  const glossary = glossaryOf([{ source: 'Kim Jong Un', target: 'किम जोंग उन' }, { source: 'G20', target: 'जी-20' }]);
  const p = protectTerms('Kim Jong Un did not attend the G20 summit.', EN_HI, glossary, 1);
  assert.equal(p.text, '⟦1⟧ did not attend the ⟦2⟧ summit.');
  assert.equal(restoreTerms('⟦1⟧ ⟦2⟧ शिखर सम्मेलन में नहीं गए.', p.spans).text, 'किम जोंग उन जी-20 शिखर सम्मेलन में नहीं गए.');
});

test('placeholders as engines return them (marked, spaced) are restored; lost or doubled ones are reported', () => {
  const p = protectTerms('At 9:30 the 12 boats left.', EN_HI, null, 1);
  assert.equal(restoreTerms('⟦*1⟧ बजे ⟦ 2 ⟧ नावें गईं.', p.spans).text, '9:30 बजे 12 नावें गईं.');
  const { text, issues } = restoreTerms('⟦1⟧ बजे ⟦1⟧ नावें गईं.', p.spans);
  assert.equal(text, '9:30 बजे 9:30 नावें गईं.');
  assert.deepEqual(issues.map((i) => i.message), [
    'placeholder ⟦1⟧ for "9:30" came back 2 times',
    'placeholder ⟦2⟧ for "12" is missing from the output',
  ]);
});
