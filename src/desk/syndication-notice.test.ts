import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeNotice, type NoticeInput } from './syndication-notice.ts';

const base: NoticeInput = { lang: 'hi', siteName: 'Samachar Desk', sourceName: 'Harbour Wire', licence: null, sourceNotice: null, sourceLang: 'en', edits: 'none' };

test('each edit extent reads differently, in Hindi and in English', () => {
  for (const lang of ['hi', 'en', 'es']) {
    const texts = (['none', 'headline', 'more'] as const).map((edits) => composeNotice({ ...base, lang, edits }).text);
    assert.equal(new Set(texts).size, 3, lang);
    for (const text of texts) assert.match(text, /Harbour Wire/u);
  }
  assert.match(composeNotice(base).text, /कोई बदलाव नहीं/u);
  assert.match(composeNotice({ ...base, edits: 'headline' }).text, /^सिर्फ़ शीर्षक/u);
  assert.match(composeNotice({ ...base, lang: 'en', edits: 'headline' }).text, /^Apart from its headline/u);
});

test('the licence and the source notice in the page language are added; a notice in another language is not', () => {
  const hi = composeNotice({ ...base, licence: 'CC BY 4.0', sourceNotice: { hi: 'हार्बर वायर की अनुमति से।', en: 'By permission of Harbour Wire.' } });
  assert.equal(hi.text, 'यह ख़बर Harbour Wire की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; Samachar Desk की टीम ने इसमें कोई बदलाव नहीं किया है। उपयोग की शर्तें: CC BY 4.0। हार्बर वायर की अनुमति से।');
  const es = composeNotice({ ...base, lang: 'es', sourceNotice: { en: 'By permission of Harbour Wire.' } });
  assert.doesNotMatch(es.text, /permission/u);
  assert.equal(es.lang, 'es');
  assert.match(composeNotice({ ...base, lang: 'en', licence: 'Reuse with credit.' }).text, /Used under: Reuse with credit\.$/u);
  assert.doesNotMatch(composeNotice({ ...base, sourceNotice: 'Distributed under licence.' }).text, /licence/u);
  assert.match(composeNotice({ ...base, lang: 'en', sourceNotice: 'Distributed under licence.' }).text, /Distributed under licence\.$/u);
});

test('an edition language without templates gets the English notice, marked as English', () => {
  const notice = composeNotice({ ...base, lang: 'ta' });
  assert.equal(notice.lang, 'en');
  assert.match(notice.text, /^This story comes from the Harbour Wire/u);
});
