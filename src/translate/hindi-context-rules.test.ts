/**
 * The rules over a lexicon of a few words, each with the analyses
 * apertium-hin gives it (copied from its analyser's output); the same rules
 * over the installed analyser are in hindi-lexicon-files.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyContextRules } from './hindi-context-rules.ts';
import { hindiLexicon } from './hindi-lexicon.ts';

const ANALYSES: Record<string, string[]> = {
  'मैं': ['मैं<prn><pers><p1><sg><nom>'],
  'करने': ['कर<vblex><tv><inf><obl>'],
  'गया': ['जा<vblex><iv><perf><m><sg>'],
  'में': ['में<post>'],
  'लाहौर': ['लाहौर<np><top><sg>'],
  'शहर': ['शहर<n><m><sg><nom>', 'शहर<n><m><sg><obl>', 'शहर<n><m><pl><nom>'],
  'बड़े': ['बड़ा<adj><m><sg><obl>', 'बड़ा<adj><m><pl><nom>', 'बड़ा<adj><m><pl><obl>'],
  'और': ['और<cnjcoo>'],
  'कि': ['कि<cnjsub>'],
  'कह': ['कह<vblex><tv><stem>'],
  'कहा': ['कह<vblex><tv><perf><m><sg>'],
  'रहा': ['रह<vaux><perf><m><sg>'],
  'रहे': ['रह<vaux><perf><m><pl>'],
  'था': ['हो<vbser><past><m><sg>'],
  'थे': ['हो<vbser><past><m><pl>'],
  'है': ['हो<vbser><pri><p3><sg>'],
  'ये': ['यह<prn><dem><p3><mf><sg><prx><nom>', 'यह<prn><dem><p3><mf><pl><prx><nom>'],
  'वो': ['वह<prn><dem><p3><mf><sg><dst><nom>', 'वह<prn><dem><p3><mf><pl><dst><nom>'],
  'किताब': ['किताब<n><f><sg><nom>', 'किताब<n><f><sg><obl>'],
  'किताबें': ['किताब<n><f><pl><nom>'],
  'बच्चे': ['बच्चा<n><m><sg><obl>', 'बच्चा<n><m><pl><nom>'],
  'खेल': ['खेल<n><m><sg><nom>', 'खेल<vblex><iv><stem>'],
  'अच्छी': ['अच्छा<adj><f><sg><nom>'],
  'जाऊँगा': ['जा<vblex><iv><fut><p1><m><sg>'],
  'करो': ['कर<vblex><tv><imp><p2><inf>'],
  'करें': ['कर<vblex><tv><subj><p3><pl>'],
  'करेगा': ['कर<vblex><tv><fut><p3><m><sg>'],
  'करेंगे': ['कर<vblex><tv><fut><p3><m><pl>'],
};
const lexicon = hindiLexicon(new Map(Object.entries(ANALYSES)), null, ['test']);
const fix = (text: string) => applyContextRules(text, lexicon).text;

test('मैं after a name, a noun, an oblique adjective or a number is the postposition में', () => {
  assert.equal(fix('वह लाहौर मैं रहता है।'), 'वह लाहौर में रहता है।');
  assert.equal(fix('बड़े शहर मैं'), 'बड़े शहर में');
  assert.equal(fix('सन 2010 मैं'), 'सन 2010 में');
  assert.equal(fix('Reuters मैं छपा'), 'Reuters में छपा');
  assert.equal(fix('काम करने मैं'), 'काम करने में', 'an oblique infinitive');
});

test('मैं opening a sentence or a clause, or after a conjunction, stays "I"', () => {
  assert.equal(fix('मैं लाहौर गया।'), 'मैं लाहौर गया।');
  assert.equal(fix('उसने कहा कि मैं जाऊँगा।'), 'उसने कहा कि मैं जाऊँगा।');
  assert.equal(fix('वह और मैं'), 'वह और मैं');
  assert.equal(fix('वह गया मैं नहीं'), 'वह गया मैं नहीं', 'after a finite verb');
  assert.equal(fix('उसने कहा, "मैं जाऊँगा।"'), 'उसने कहा, "मैं जाऊँगा।"');
});

test('a name the analyser does not know governs में like a noun', () => {
  assert.equal(fix('नारायणगढ़ मैं मेला'), 'नारायणगढ़ में मेला');
});

test('कह before something that is not a verb is the conjunction कि; before a verb it stays', () => {
  assert.equal(fix('उसने कहा कह किताब अच्छी है।'), 'उसने कहा कि किताब अच्छी है।');
  assert.equal(fix('वह कह रहा था।'), 'वह कह रहा था।');
  assert.equal(fix('उसने कहा कह वो आया।'), 'उसने कहा कि वह आया।');
});

test('ये and वो become यह and वह, or ये and वे where the noun after or the verb says plural', () => {
  assert.equal(fix('ये किताब अच्छी है।'), 'यह किताब अच्छी है।');
  assert.equal(fix('ये किताबें'), 'ये किताबें');
  assert.equal(fix('वो बच्चे खेल रहे थे।'), 'वे बच्चे खेल रहे थे।');
  assert.equal(fix('वो खेल रहा था।'), 'वह खेल रहा था।');
  // The clause ends at the comma: the plural after it does not count.
  assert.equal(fix('वो आया, बच्चे खेल रहे थे।'), 'वह आया, बच्चे खेल रहे थे।');
});

test('a future ending written apart is joined to its verb, in the form the analyser knows', () => {
  assert.equal(fix('वह काम करो गा।'), 'वह काम करेगा।', 'the lemma with the ending when the engine chose the wrong form');
  assert.equal(fix('वे काम करें गे'), 'वे काम करेंगे');
  assert.equal(fix('किताब गा'), 'किताब गा', 'not after a word that is no verb');
});

test('what changed is reported, and a sentence without those words is left as it was', () => {
  assert.deepEqual(applyContextRules('लाहौर मैं', lexicon).fixes, [{ from: 'मैं', to: 'में' }]);
  const text = 'लाहौर में बड़े शहर हैं।';
  assert.deepEqual(applyContextRules(text, lexicon), { text, fixes: [] });
});
