import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hindiLexicon } from './hindi-lexicon.ts';
import { hindiShape, hindiSpelling, spellingIndex, urduPattern } from './hindi-spelling.ts';
import { urduToDevanagari } from '../text/urdu-devanagari.ts';

/** Words of hunspell-hi's list, and a few analyses of apertium-hin's, as the lexicon would hold them. */
const WORDS = ['जवान', 'कई', 'प्वाइंट', 'डालर', 'टैक्स', 'अटल', 'मेला', 'मैला', 'कैंसर', 'मिनट', 'मंदिर', 'अय्यर', 'मेट्रो', 'ऑफ़', 'उफ़', 'इलाज', 'औरत', 'स्कूल', 'हफ़्ता', 'फ़ौरन', 'मलेरिया'];
const ANALYSES = new Map([
  ['मिला', ['मिल<vblex><iv><perf><m><sg>']],
  ['मेला', ['मेला<n><m><sg><nom>']],
]);
const index = spellingIndex(hindiLexicon(ANALYSES, WORDS, ['test']));
const spell = (urdu: string) => hindiSpelling(urdu, urduToDevanagari(urdu), index);

test('an Urdu loanword takes the Hindi dictionary spelling: vowel length, short vowels, virama', () => {
  assert.equal(urduToDevanagari('کینسر'), 'कींसर', 'the letter-by-letter reading guesses ī for ی');
  assert.equal(spell('کینسر'), 'कैंसर');
  assert.equal(spell('منٹ'), 'मिनट');
  assert.equal(spell('مندر'), 'मंदिर');
  assert.equal(spell('میٹرو'), 'मेट्रो');
  assert.equal(spell('ملیریا'), 'मलेरिया');
  assert.equal(spell('ہفتہ'), 'हफ़्ता', 'a final ہ is the vowel ā');
});

test('among words that fit, a noun beats a verb form the Urdu analyser would have known (میلہ → मेला, not मिला)', () => {
  assert.equal(spell('میلہ'), 'मेला');
});

test("word-initial vowels: آ is ā or the English o, ع carries the vowel after it, an s-cluster's alef is silent", () => {
  assert.equal(spell('آف'), 'ऑफ़', 'not उफ़: آ is never a short vowel');
  assert.equal(spell('علاج'), 'इलाज');
  assert.equal(spell('عورت'), 'औरत');
  assert.equal(spell('اسکول'), 'स्कूल');
  assert.equal(spell('فوراً'), 'फ़ौरन', 'tanwin is -an');
});

test('a plural Urdu adds to a loanword takes the Hindi ending on the dictionary stem', () => {
  assert.equal(spell('پوائنٹس'), 'प्वाइंट्स');
  assert.equal(spell('ڈالرز'), 'डालर्स');
  assert.equal(spell('ٹیکسوں'), 'टैक्सों');
  assert.equal(spell('اٹلس'), null, 'a final س after another letter is a name\'s s (Atlas), not a plural of अटल');
});

test('the hamza seat ئ writes a vowel: جوائن ("join") does not fit जवान ("young"); with ی after it, one vowel (کئی → कई)', () => {
  assert.equal(spell('جوائن'), null);
  assert.equal(spell('کئی'), 'कई');
});

test('a name, or a dictionary word too far from the reading, is not taken', () => {
  assert.equal(spell('سٹینفورڈ'), null);
  assert.equal(spell('ایر'), null, 'अय्यर fits the consonants of "air" but is three edits from एर');
  assert.equal(spell('ناشر'), null);
});

test('the shapes: nukta, nasals and doubled consonants fold; long vowels keep their class', () => {
  assert.equal(hindiShape('ज़्यादा'), hindiShape('ज्यादा'));
  assert.equal(hindiShape('हिंदी'), hindiShape('हिन्दी'));
  assert.equal(hindiShape('मुहम्मद'), hindiShape('मुहमद'));
  assert.notEqual(hindiShape('मेला'), hindiShape('माला'));
  assert.ok(urduPattern('میلہ')!.re.test(hindiShape('मेला')));
  assert.equal(urduPattern('abc'), null, 'letters of another script give no pattern');
});
