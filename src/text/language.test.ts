import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { detectLanguage, isLanguageDetectorLoaded, loadLanguageDetector } from './language.ts';
import { devanagariLanguageByWords } from './devanagari-words.ts';

before(async () => {
  await loadLanguageDetector();
});

test('loading twice is harmless', async () => {
  await Promise.all([loadLanguageDetector(), loadLanguageDetector()]);
  assert.equal(isLanguageDetectorLoaded(), true);
});

test('Hindi news sentences are Hindi, including those eld alone calls Marathi', () => {
  // eld's own answer for this sentence is "mr"; the grammatical words settle it.
  assert.equal(detectLanguage('सियोल: दक्षिण कोरिया की संसद ने शुक्रवार को एक प्रस्ताव को मंजूरी दी।'), 'hi');
  assert.equal(detectLanguage('मंत्री ने बंदरगाह पर बातचीत की पेशकश की'), 'hi');
  assert.equal(
    detectLanguage('नई दिल्ली: केंद्र सरकार ने बुधवार को स्कूलों के लिए नए दिशानिर्देश जारी किए।'),
    'hi',
  );
});

test('Marathi stays Marathi and Nepali is recognised although eld has no Nepali model', () => {
  assert.equal(detectLanguage('पुण्यात आज जोरदार पाऊस झाला असून अनेक भागांत पाणी साचले आहे.'), 'mr');
  assert.equal(detectLanguage('काठमाडौं: नेपालको संसदले आज नयाँ विधेयक पारित गरेको छ र सरकारले पनि समर्थन गरेको छ।'), 'ne');
});

test('English, Urdu and other scripts', () => {
  assert.equal(detectLanguage('The parliament in Seoul approved the motion on Friday.'), 'en');
  assert.equal(detectLanguage('اسلام آباد: پاکستان کی حکومت نے آج نئی پالیسی کا اعلان کیا۔'), 'ur');
});

test('too short to tell gives null', () => {
  assert.equal(detectLanguage('Hello'), null);
  assert.equal(detectLanguage('पुतिन'), null);
  assert.equal(detectLanguage('  12345 !!! '), null);
});

test('Devanagari word counts decide only when one language clearly leads', () => {
  assert.equal(devanagariLanguageByWords('यह फैसला सरकार ने किया है'), 'hi');
  assert.equal(devanagariLanguageByWords('हा निर्णय सरकारने घेतला आहे'), 'mr');
  assert.equal(devanagariLanguageByWords('दिल्ली मुंबई'), null);
});
