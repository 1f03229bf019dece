import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishMessage, type QaDetail, type QaDetailKind } from '../translate/qa.ts';
import { enIssueMessage, hiIssueMessage } from './qa-issue-strings.ts';

/** One finding of every kind: the record's type makes a new kind fail to compile until it is here. */
const SAMPLES: { [K in QaDetailKind]: Extract<QaDetail, { kind: K }> } = {
  'script-mismatch': { kind: 'script-mismatch', found: 'Latin', expected: 'Devanagari', target: 'hi' },
  'language-mismatch': { kind: 'language-mismatch', detected: 'en', target: 'es' },
  'untranslated-run': { kind: 'untranslated-run', words: 3, script: 'Latin', text: 'the harbour gates' },
  'engine-marker': { kind: 'engine-marker', marker: '*Kingsbridge' },
  'uninflected-lemma': { kind: 'uninflected-lemma', lemma: 'साल' },
  'number-missing': { kind: 'number-missing', number: '12' },
  'placeholder-missing': { kind: 'placeholder-missing', placeholder: '⟦1⟧' },
  'placeholder-repeated': { kind: 'placeholder-repeated', placeholder: '⟦2⟧' },
  'placeholder-foreign': { kind: 'placeholder-foreign', placeholder: '⟦9⟧' },
  'placeholder-bracket': { kind: 'placeholder-bracket', bracket: '⟦' },
  'protected-term-lost': { kind: 'protected-term-lost', placeholder: '⟦1⟧', term: '9:30', times: 2 },
  'markup-missing': { kind: 'markup-missing', placeholder: '⟦3⟧', markup: 'link', part: 'start' },
  'stray-full-stop': { kind: 'stray-full-stop', excerpt: 'प्रस्ताव . द्वारा' },
  'space-before-mark': { kind: 'space-before-mark', mark: 'comma', excerpt: 'गया , और' },
  'doubled-punctuation': { kind: 'doubled-punctuation', marks: ',,' },
  'danda-splits-sentence': { kind: 'danda-splits-sentence', excerpt: 'बैठक । में' },
  'length-ratio': { kind: 'length-ratio', ratio: 0.41, side: 'shorter', from: 'en', to: 'hi', min: 0.66, max: 1.47 },
  repetition: { kind: 'repetition', unit: 'के लिए', text: 'के लिए के लिए के लिए' },
  empty: { kind: 'empty' },
  truncated: { kind: 'truncated', tail: 'बैठक में तय हुआ कि' },
  'glossary-term': { kind: 'glossary-term', term: 'council', target: 'परिषद' },
  'source-changed': { kind: 'source-changed', approvedAt: '2026-03-01T09:30:00.000Z' },
  'licence-review': { kind: 'licence-review', source: 'Meridian Wire' },
};

/** Values taken from the texts, which every language quotes as they are. */
const QUOTED = new Set(['text', 'marker', 'lemma', 'number', 'placeholder', 'bracket', 'term', 'excerpt', 'marks', 'unit', 'tail', 'source', 'words', 'times']);

const time = (iso: string) => `<${iso.slice(0, 10)}>`;
/** English words of the gate's sentences that no Hindi sentence should carry. */
const ENGLISH_WORDS = /\b(?:output|source|missing|placeholder|script|repeated|stops|should|licence|glossary|words?)\b/iu;

test('every finding reads as a Hindi sentence on the Hindi desk, naming its values', () => {
  for (const detail of Object.values(SAMPLES)) {
    const hindi = hiIssueMessage(detail, time);
    assert.match(hindi, /\p{Script=Devanagari}/u, detail.kind);
    assert.doesNotMatch(hindi, ENGLISH_WORDS, `${detail.kind}: ${hindi}`);
    for (const [key, value] of Object.entries(detail)) {
      if (QUOTED.has(key)) assert.ok(hindi.includes(String(value)), `${detail.kind}: ${hindi} names ${value}`);
    }
  }
  assert.equal(hiIssueMessage(SAMPLES['number-missing'], time), 'मूल की संख्या 12 अनुवाद में नहीं है');
  assert.equal(hiIssueMessage(SAMPLES['glossary-term'], time), 'शब्दावली के अनुसार “council” का अनुवाद “परिषद” होना चाहिए');
  assert.match(hiIssueMessage(SAMPLES['script-mismatch'], time), /लैटिन \(रोमन\) लिपि में है, जबकि हिन्दी देवनागरी में/u);
  assert.match(hiIssueMessage(SAMPLES['length-ratio'], time), /0\.41 गुना .* अंग्रेज़ी से हिन्दी .* 0\.66–1\.47 गुना .* छोटा है$/u);
});

test('the English desk gives the gate\'s own sentence; a stored date is shown in the desk\'s form in either language', () => {
  for (const detail of Object.values(SAMPLES)) {
    if (detail.kind !== 'source-changed') assert.equal(enIssueMessage(detail, time), englishMessage(detail));
  }
  assert.equal(enIssueMessage(SAMPLES['number-missing'], time), 'number 12 of the source is missing from the output');
  assert.match(enIssueMessage(SAMPLES['source-changed'], time), /approved its translation on <2026-03-01>$/u);
  assert.match(hiIssueMessage(SAMPLES['source-changed'], time), /<2026-03-01> को/u);
});
